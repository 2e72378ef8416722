package vn.dondoc.identity.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import vn.dondoc.audit.boundary.ReadOnly;
import vn.dondoc.identity.entity.UserAccount;
import vn.dondoc.platform.boundary.NotFound;
import vn.dondoc.platform.security.CallerIdentity;
import vn.dondoc.platform.security.DondocPrincipal;
import vn.dondoc.platform.security.Role;
import vn.dondoc.tenancy.boundary.TenantBound;
import vn.dondoc.tenancy.entity.Tenant;

/**
 * Hồ sơ người dùng: who the signed-in caller is, as the web UI's header shows it. The token says
 * the username, tenant, agency and roles; the names come from the tenant's own rows.
 */
@Stateless
@TenantBound
@RolesAllowed({
    Role.Names.ADMIN,
    Role.Names.SECRETARIAT,
    Role.Names.AGENCY_OFFICER,
    Role.Names.AGENCY_HEAD,
    Role.Names.LEADER,
    Role.Names.OPERATOR // the operator's own name and roles (the pages' header), nothing of a tenant's (D-045)
})
public class Profiles {

    @PersistenceContext
    EntityManager em;

    @Inject
    CallerIdentity caller;

    @Inject
    Clock clock;

    /** The caller's profile; a user removed since the token was issued is not found. */
    @ReadOnly
    public ProfileView mine() {
        DondocPrincipal principal = caller.principal().orElseThrow();
        UserAccount user = em.createNamedQuery(UserAccount.BY_USERNAME, UserAccount.class)
                .setParameter("username", principal.getName())
                .getResultStream()
                .findFirst()
                .orElseThrow(() -> new NotFound("Không có người dùng này / No such user"));
        Tenant tenant = em.find(Tenant.class, principal.tenant());
        var agency = user.agency();
        return new ProfileView(
                user.username(),
                user.displayName(),
                tenant.id(),
                tenant.name(),
                tenant.nameEn(),
                agency == null ? null : agency.code(),
                agency == null ? null : agency.name(),
                agency == null ? null : agency.nameEn(),
                principal.roles(),
                LocalDate.now(clock.withZone(tenant.timeZone())),
                tenant.timeZone());
    }
}
