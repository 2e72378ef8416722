package vn.dondoc.onboarding.control;

import java.util.Optional;

/**
 * The first ADMIN of a tenant made through the API (D-045). Without a password the server makes
 * one and answers it once; the administrator then manages the tenant's users.
 */
public record FirstAdmin(String username, String displayName, Optional<String> password, Optional<String> email) {

    /** The shortest password an upload may give its administrator. */
    public static final int MIN_PASSWORD = 12;
}
