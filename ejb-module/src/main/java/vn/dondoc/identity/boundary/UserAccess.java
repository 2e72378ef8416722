package vn.dondoc.identity.boundary;

import vn.dondoc.audit.boundary.AuditSubject;

/**
 * A user as created or changed, with the one-time password the server made for them, shown this
 * once and stored nowhere in clear ({@code null} when none was made: the administrator gave the
 * password, or none was reset).
 */
public record UserAccess(UserEntry user, String oneTimePassword) implements AuditSubject {

    /** The audit trail names the user, never the password. */
    @Override
    public String auditTarget() {
        return user.username();
    }

    @Override
    public String toString() {
        return "UserAccess[" + user.username() + "]";
    }
}
