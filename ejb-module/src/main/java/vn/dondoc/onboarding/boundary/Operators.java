package vn.dondoc.onboarding.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.Optional;
import vn.dondoc.audit.boundary.AuditTarget;
import vn.dondoc.audit.boundary.Audited;
import vn.dondoc.audit.boundary.ReadOnly;
import vn.dondoc.identity.boundary.Passwords;
import vn.dondoc.identity.entity.UserAccount;
import vn.dondoc.platform.security.Role;
import vn.dondoc.tenancy.boundary.TenantBound;
import vn.dondoc.tenancy.boundary.TenantId;
import vn.dondoc.tenancy.entity.Tenant;

/**
 * The platform tenant and its operators' accounts (D-045), made at start-up: the tenant {@code
 * platform} (no business data, never made from a bundle), the operator named by configuration, and
 * in demo mode a demo operator. An operator signs in as any user does, naming the tenant {@code
 * platform}.
 */
@Stateless
@TenantBound
public class Operators {

    @PersistenceContext
    EntityManager em;

    @Inject
    Passwords passwords;

    /**
     * Makes the platform tenant if it is missing, and the operator if it is missing. An existing
     * account is left as it is: the setting makes the first operator, it does not reset one.
     *
     * @param password the operator's password; {@code demo} accounts may sign in in demo mode only
     */
    @Audited(value = "platform.operator", anonymousActor = "system")
    public void ensure(@TenantId String platform, @AuditTarget String username, String password, boolean demo) {
        if (em.find(Tenant.class, platform) == null) {
            em.persist(new Tenant(
                    platform,
                    "Vận hành nền tảng Đôn Đốc",
                    "Đôn Đốc platform operations",
                    "ĐÔN ĐỐC",
                    ZoneId.of("Asia/Ho_Chi_Minh")));
            em.flush(); // the tenant's row first: the account points at it
        }
        Optional<UserAccount> existing = em.createNamedQuery(UserAccount.BY_USERNAME, UserAccount.class)
                .setParameter("username", username)
                .getResultStream()
                .findFirst();
        if (existing.isEmpty()) {
            em.persist(new UserAccount(
                    username,
                    demo ? "Vận hành (demo)" : "Vận hành nền tảng",
                    passwords.hash(password),
                    EnumSet.of(Role.OPERATOR),
                    null,
                    demo));
        }
    }

    /** Whether the platform tenant has this account: read before {@link #ensure}, to skip a write. */
    @ReadOnly
    public boolean has(@TenantId String platform, String username) {
        return em.find(Tenant.class, platform) != null
                && !em.createNamedQuery(UserAccount.BY_USERNAME, UserAccount.class)
                        .setParameter("username", username)
                        .getResultList()
                        .isEmpty();
    }
}
