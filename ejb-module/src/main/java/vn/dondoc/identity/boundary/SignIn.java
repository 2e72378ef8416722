package vn.dondoc.identity.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.dondoc.audit.boundary.AuditExempt;
import vn.dondoc.audit.boundary.AuditTarget;
import vn.dondoc.audit.boundary.Audited;
import vn.dondoc.identity.control.IssuedToken;
import vn.dondoc.identity.control.TokenService;
import vn.dondoc.identity.entity.UserAccount;
import vn.dondoc.platform.boundary.Unauthenticated;
import vn.dondoc.platform.security.Role;
import vn.dondoc.tenancy.boundary.TenantBound;
import vn.dondoc.tenancy.boundary.TenantId;

/** Đăng nhập: exchanges a tenant, username and password for a short-lived access token. */
@Stateless
@TenantBound
@PermitAll
public class SignIn {

    static final String REFUSED = "Sai đơn vị, tên đăng nhập hoặc mật khẩu / Wrong tenant, username or password";

    @PersistenceContext
    EntityManager em;

    @Inject
    Passwords passwords;

    @Inject
    TokenService tokens;

    @Inject
    @ConfigProperty(name = "dondoc.demo", defaultValue = "false")
    boolean demoMode;

    /** Signing in is audited (a record per attempt, refused ones too); it changes no data. */
    @Audited("auth.token")
    public IssuedToken issueToken(@TenantId String tenant, @AuditTarget String username, String password) {
        Optional<UserAccount> user = account(username);
        if (user.isEmpty()) {
            passwords.spendVerificationTime(password);
            throw new Unauthenticated(REFUSED);
        }
        UserAccount account = user.get();
        if (!passwords.matches(password, account.passwordHash()) || !account.maySignIn(demoMode)) {
            throw new Unauthenticated(REFUSED);
        }
        return tokenFor(account, tenant);
    }

    /**
     * A fresh token for a web page's sign-in that is past half its life (D-035): the user is read
     * again, so a user who may no longer sign in is refused, and roles or an agency changed since
     * are in the new token.
     *
     * @throws Unauthenticated if the user is gone or may no longer sign in
     */
    @AuditExempt("the sign-in it extends was audited (auth.token); a record every few minutes of"
            + " every user at work would bury the records that matter")
    public IssuedToken renew(@TenantId String tenant, String username) {
        UserAccount account =
                account(username).filter(a -> a.maySignIn(demoMode)).orElseThrow(() -> new Unauthenticated(REFUSED));
        return tokenFor(account, tenant);
    }

    private Optional<UserAccount> account(String username) {
        return em.createNamedQuery(UserAccount.BY_USERNAME, UserAccount.class)
                .setParameter("username", username)
                .getResultStream()
                .findFirst();
    }

    private IssuedToken tokenFor(UserAccount account, String tenant) {
        String agency = account.agency() == null ? null : account.agency().code();
        return tokens.issue(
                account.username(),
                tenant,
                agency,
                account.roles().stream().map(Role::name).collect(Collectors.toSet()));
    }
}
