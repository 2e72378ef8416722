package vn.dondoc.identity.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.dondoc.audit.boundary.AuditExempt;
import vn.dondoc.audit.boundary.AuditTarget;
import vn.dondoc.audit.boundary.Audited;
import vn.dondoc.identity.entity.UserAccount;
import vn.dondoc.platform.boundary.NotFound;
import vn.dondoc.platform.boundary.Unauthenticated;
import vn.dondoc.platform.security.CallerIdentity;
import vn.dondoc.platform.security.DondocPrincipal;
import vn.dondoc.platform.security.Role;
import vn.dondoc.tenancy.boundary.OperatorAction;
import vn.dondoc.tenancy.boundary.TenantBound;
import vn.dondoc.tenancy.boundary.TenantId;
import vn.dondoc.tenancy.entity.Tenant;

/**
 * Phiên đăng nhập: ending a user's tokens before they expire. Signing out and disabling a user
 * raise the user's token version; {@link TokenVersions} then refuses every token issued before,
 * on this server at once and on the others within {@code dondoc.jwt.revocation-check} (D-038).
 */
@Stateless
@TenantBound
public class Sessions {

    @PersistenceContext
    EntityManager em;

    @Inject
    CallerIdentity caller;

    @Inject
    TokenVersions versions;

    @Inject
    @ConfigProperty(name = "dondoc.demo", defaultValue = "false")
    boolean demoMode;

    /** Đăng xuất: ends every token of the caller, on every device (the API's and the pages'). */
    @PermitAll
    @Audited("auth.sign-out")
    public void signOut() {
        DondocPrincipal me =
                caller.principal().orElseThrow(() -> new Unauthenticated("Chưa đăng nhập / Nobody is signed in"));
        UserAccount account =
                account(me.getName()).orElseThrow(() -> new Unauthenticated("Chưa đăng nhập / Nobody is signed in"));
        account.endTokens();
        versions.changed(me.tenant(), me.getName(), Optional.of(account.tokenVersion()));
    }

    /**
     * Khóa người dùng: the user may no longer sign in, and their tokens end now. For the user
     * management of issue 12; no endpoint calls it yet.
     */
    @RolesAllowed(Role.Names.ADMIN)
    @Audited("user.disable")
    public void disable(@AuditTarget String username) {
        account(username)
                .orElseThrow(() -> new NotFound("Không có người dùng " + username + " / No user " + username))
                .disable();
        caller.principal().ifPresent(me -> versions.changed(me.tenant(), username, Optional.empty()));
    }

    /**
     * Ends every token of every user of the tenant, as when the platform's operators suspend it
     * (D-045): each user's token version goes up, so a token issued before is refused even after
     * the tenant resumes; tokens issued after the resumption carry the new version. Answers how
     * many users it reached.
     */
    @RolesAllowed(Role.Names.OPERATOR)
    @OperatorAction
    @AuditExempt("a step of tenant.suspend, which is audited in the tenant's trail")
    public int endEveryToken(@TenantId String tenant) {
        List<UserAccount> users =
                em.createQuery("SELECT u FROM UserAccount u", UserAccount.class).getResultList();
        for (UserAccount user : users) {
            user.endTokens();
            versions.changed(tenant, user.username(), Optional.of(user.tokenVersion()));
        }
        return users.size();
    }

    /**
     * The token version a user's tokens must carry now, or empty if the user is gone or may not
     * sign in (their tenant suspended too): every token of theirs is refused. Read for every
     * request whose version {@link TokenVersions} has not seen lately; there is no caller yet,
     * hence the tenant argument.
     */
    @PermitAll
    @AuditExempt("a read made while authenticating a request")
    public Optional<Long> currentVersion(@TenantId String tenant, String username) {
        Tenant row = em.find(Tenant.class, tenant);
        if (row != null && row.isSuspended()) {
            return Optional.empty();
        }
        return account(username).filter(a -> a.maySignIn(demoMode)).map(UserAccount::tokenVersion);
    }

    private Optional<UserAccount> account(String username) {
        return em.createNamedQuery(UserAccount.BY_USERNAME, UserAccount.class)
                .setParameter("username", username)
                .getResultStream()
                .findFirst();
    }
}
