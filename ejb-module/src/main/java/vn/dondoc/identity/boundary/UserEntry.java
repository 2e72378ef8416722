package vn.dondoc.identity.boundary;

import java.util.List;

/**
 * Một người dùng as the administrator sees it: never the password nor its hash. {@code agencyCode}
 * and {@code agencyName} are {@code null} for a user of no agency, {@code email} for one without an
 * address; {@code mustChangePassword}: the user has a one-time password not yet replaced.
 */
public record UserEntry(
        String username,
        String displayName,
        String email,
        List<String> roles,
        String agencyCode,
        String agencyName,
        boolean active,
        boolean demo,
        boolean mustChangePassword) {}
