package vn.dondoc.onboarding.boundary;

import vn.dondoc.audit.boundary.AuditSubject;

/**
 * What {@code POST /tenants} answers: the new tenant, and its first administrator with the password
 * the server made for it ({@code null} when the upload gave one). The password is shown this once
 * and stored only as a hash.
 */
public record TenantCreated(TenantView tenant, Admin admin) implements AuditSubject {

    public record Admin(String username, String displayName, String password) {}

    @Override
    public String auditTarget() {
        return tenant.id();
    }
}
