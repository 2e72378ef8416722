package vn.dondoc.testing;

import java.util.Optional;
import java.util.Set;
import vn.dondoc.platform.security.CallerIdentity;
import vn.dondoc.platform.security.DondocPrincipal;

/** The signed-in caller a boundary built by hand asks for, as the authentication mechanism gives it. */
public final class Callers {

    private Callers() {}

    /** {@code user} of {@code tenant}, of {@code agency} (none: null), with one role. */
    public static CallerIdentity as(String user, String tenant, String agency, String role) {
        DondocPrincipal principal = new DondocPrincipal(user, tenant, agency, Set.of(role));
        return new CallerIdentity() {
            @Override
            public Optional<DondocPrincipal> principal() {
                return Optional.of(principal);
            }
        };
    }

    /** Nobody signed in: a timer's call. */
    public static CallerIdentity nobody() {
        return new CallerIdentity() {
            @Override
            public Optional<DondocPrincipal> principal() {
                return Optional.empty();
            }
        };
    }
}
