package vn.dondoc.identity.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJBException;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.util.Optional;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.dondoc.audit.boundary.AuditExempt;
import vn.dondoc.audit.boundary.AuditTarget;
import vn.dondoc.audit.boundary.Audited;
import vn.dondoc.identity.control.IssuedToken;
import vn.dondoc.identity.control.PasswordRule;
import vn.dondoc.identity.control.TokenService;
import vn.dondoc.identity.entity.UserAccount;
import vn.dondoc.platform.boundary.TooManyAttempts;
import vn.dondoc.platform.boundary.Unauthenticated;
import vn.dondoc.platform.boundary.Unprocessable;
import vn.dondoc.platform.security.Role;
import vn.dondoc.tenancy.boundary.TenantBound;
import vn.dondoc.tenancy.boundary.TenantId;
import vn.dondoc.tenancy.entity.Tenant;

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
    SignInAttempts attempts;

    @Inject
    TokenVersions versions;

    @Inject
    @ConfigProperty(name = "dondoc.demo", defaultValue = "false")
    boolean demoMode;

    /**
     * Signing in is audited (a record per attempt, refused ones too). Failed attempts are counted
     * per account and per client address ({@link SignInAttempts}, D-038): an account or address that
     * failed too often must wait, and is answered 429 with the seconds to wait, before its password
     * is looked at. The count is kept for a username whether or not such a user exists, so neither
     * the 401 nor the 429 tells whether it does.
     *
     * @param address the client's address as the web layer trusts it; {@code null} if unknown
     */
    @Audited("auth.token")
    public IssuedToken issueToken(
            @TenantId String tenant, @AuditTarget String username, String password, String address) {
        UserAccount user = verified(tenant, username, password, address);
        if (user.mustChangePassword()) {
            // told only now that the password matched: a guesser learns nothing from it (D-046)
            throw new PasswordChangeRequired();
        }
        return tokenFor(user, tenant);
    }

    /**
     * Đổi mật khẩu: the user's own new password in place of the one they have (a one-time password
     * an administrator gave them, or their own), then a token, as signing in gives. Anyone may call
     * it, signed in or not: the current password is the proof, checked and slowed exactly as
     * signing in (a wrong one is the same 401, and counts as a failed sign-in). Every token issued
     * with the old password ends (D-038, D-046).
     *
     * @throws Unprocessable the new password breaks {@link PasswordRule} or is the current one
     */
    @Audited("auth.password")
    public IssuedToken changePassword(
            @TenantId String tenant,
            @AuditTarget String username,
            String password,
            String newPassword,
            String address) {
        UserAccount account = verified(tenant, username, password, address);
        PasswordRule.problem(account.username(), newPassword).ifPresent(problem -> {
            throw new Unprocessable("newPassword: " + problem);
        });
        if (newPassword.equals(password)) {
            throw new Unprocessable("newPassword: mật khẩu mới phải khác mật khẩu hiện tại / the new password must"
                    + " differ from the current one");
        }
        account.choosePassword(passwords.hash(newPassword));
        versions.changed(tenant, account.username(), Optional.of(account.tokenVersion()));
        return tokenFor(account, tenant);
    }

    /**
     * The user whose password this is and who may sign in; the account's and the address's
     * failures counted, and waits enforced before the password is looked at.
     */
    private UserAccount verified(String tenant, String username, String password, String address) {
        Optional<Duration> wait = attempts.waitFor(tenant, username, address);
        if (wait.isPresent()) {
            long seconds = TooManyAttempts.wholeSeconds(wait.get());
            throw new TooManyAttempts(SignInAttempts.LOCKED.formatted(seconds, seconds), wait.get());
        }
        Optional<UserAccount> user = account(username);
        boolean accepted;
        if (user.isEmpty()) {
            passwords.spendVerificationTime(password);
            accepted = false;
        } else {
            accepted = passwords.matches(password, user.get().passwordHash())
                    && user.get().maySignIn(demoMode);
        }
        if (!accepted) {
            countFailure(tenant, username, address);
            throw new Unauthenticated(REFUSED);
        }
        attempts.succeeded(tenant, username);
        refuseIfSuspended(tenant);
        return user.get();
    }

    /** Two servers counting the first failure of one key at once: one of them tries again. */
    private void countFailure(String tenant, String username, String address) {
        try {
            attempts.failed(tenant, username, address);
        } catch (EJBException firstTry) {
            attempts.failed(tenant, username, address);
        }
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
        UserAccount account = account(username)
                .filter(a -> a.maySignIn(demoMode) && !a.mustChangePassword())
                .orElseThrow(() -> new Unauthenticated(REFUSED));
        refuseIfSuspended(tenant);
        return tokenFor(account, tenant);
    }

    /**
     * A suspended tenant's users are told so once their password is right (D-045); a wrong one is
     * refused as any other, so the answer tells a stranger nothing of the tenant.
     */
    private void refuseIfSuspended(String tenant) {
        Tenant row = em.find(Tenant.class, tenant);
        if (row != null && row.isSuspended()) {
            throw new TenantSuspended(tenant);
        }
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
                account.roles().stream().map(Role::name).collect(Collectors.toSet()),
                account.tokenVersion());
    }
}
