package vn.dondoc.identity.boundary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.persistence.EntityManager;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import vn.dondoc.identity.control.IssuedToken;
import vn.dondoc.identity.control.KeyRing;
import vn.dondoc.identity.control.TokenService;
import vn.dondoc.identity.entity.UserAccount;
import vn.dondoc.platform.boundary.Conflict;
import vn.dondoc.platform.boundary.NotFound;
import vn.dondoc.platform.boundary.Page;
import vn.dondoc.platform.boundary.Unauthenticated;
import vn.dondoc.platform.boundary.Unprocessable;
import vn.dondoc.platform.security.CallerIdentity;
import vn.dondoc.platform.security.DondocPrincipal;
import vn.dondoc.platform.security.Role;
import vn.dondoc.testing.JpaExtension;
import vn.dondoc.testing.MovableClock;
import vn.dondoc.testing.Users;

/**
 * The administrator's user management on the real database, with sign-in and the password change
 * as the product makes them: a one-time password refuses a token until it is changed, a reset does
 * the same, disabling ends the tokens, and the tenant keeps an administrator.
 */
class UsersTest {

    @RegisterExtension
    static final JpaExtension jpa = new JpaExtension();

    @TempDir
    Path keysDir;

    private final MovableClock clock = new MovableClock(Instant.parse("2026-11-30T02:00:00Z"));
    private String tenant;
    private TokenService tokens;
    private DondocPrincipal admin;

    @BeforeEach
    void aTenantWithAnAdministrator() {
        tenant = jpa.newTenant();
        jpa.bundleDirectory(tenant, "vinh-phuc");
        jpa.inTenant(tenant, em -> Users.add(em, tenant, "quan-tri", Role.ADMIN, null));
        admin = new DondocPrincipal("quan-tri", tenant, null, Set.of("ADMIN"));
        KeyRing.generate(keysDir, "k1");
        tokens = new TokenService(
                KeyRing.read(keysDir, Optional.empty()), "dondoc", "dondoc-api", Duration.ofMinutes(15), clock);
    }

    @Test
    void aNewUserGetsAOneTimePasswordThatSignsInOnlyAfterItWasChanged() throws Exception {
        UserAccess created = users(u -> u.create(NewUser.of(
                "chuyen-vien-moi", "Chuyên viên mới", null, EnumSet.of(Role.AGENCY_OFFICER), "so-tu-phap", null)));

        String oneTime = created.oneTimePassword();
        assertThat(oneTime).matches("[a-z2-9]{4}(-[a-z2-9]{4}){3}");
        assertThat(created.user().mustChangePassword()).isTrue();
        assertThat(created.user().agencyCode()).isEqualTo("so-tu-phap");
        assertThat(stored("chuyen-vien-moi").passwordHash())
                .doesNotContain(oneTime)
                .isNotEqualTo(oneTime);

        assertThatThrownBy(() -> signIn("chuyen-vien-moi", oneTime)).isInstanceOf(PasswordChangeRequired.class);
        assertThatThrownBy(() -> signIn("chuyen-vien-moi", "sai-mat-khau")).isInstanceOf(Unauthenticated.class);
        assertThatThrownBy(() -> change("chuyen-vien-moi", oneTime, "ngắn"))
                .isInstanceOf(Unprocessable.class)
                .hasMessageContaining("newPassword")
                .hasMessageContaining("12");
        assertThatThrownBy(() -> change("chuyen-vien-moi", "sai-mat-khau", "Mật khẩu đủ dài rồi"))
                .isInstanceOf(Unauthenticated.class);

        IssuedToken token = change("chuyen-vien-moi", oneTime, "Mật khẩu đủ dài rồi");

        DondocPrincipal signedIn = tokens.verify(token.accessToken());
        assertThat(signedIn.getName()).isEqualTo("chuyen-vien-moi");
        assertThat(signedIn.agencyCode()).isEqualTo("so-tu-phap");
        assertThat(signIn("chuyen-vien-moi", "Mật khẩu đủ dài rồi").accessToken())
                .isNotBlank();
        assertThatThrownBy(() -> signIn("chuyen-vien-moi", oneTime)).isInstanceOf(Unauthenticated.class);
    }

    @Test
    void aPasswordTheAdministratorGivesMustBeStrongAndStillBeChangedAtTheFirstSignIn() {
        assertThatThrownBy(() -> users(u -> u.create(
                        NewUser.of("lanh-dao", "Lãnh đạo", null, EnumSet.of(Role.LEADER), null, "lanh-dao-2026!"))))
                .isInstanceOf(Unprocessable.class)
                .hasMessageStartingWith("password: ")
                .hasMessageContaining("username");
        UserAccess created = users(u -> u.create(NewUser.of(
                "lanh-dao", "Lãnh đạo", "lanh.dao@example.vn", EnumSet.of(Role.LEADER), null, "Một câu đủ dài")));
        assertThat(created.oneTimePassword()).isNull();
        assertThat(created.user().email()).isEqualTo("lanh.dao@example.vn");
        assertThatThrownBy(() -> signIn("lanh-dao", "Một câu đủ dài")).isInstanceOf(PasswordChangeRequired.class);
        assertThatThrownBy(() -> change("lanh-dao", "Một câu đủ dài", "Một câu đủ dài"))
                .isInstanceOf(Unprocessable.class)
                .hasMessageContaining("differ");
    }

    @Test
    void whatAUserMayBeIsChecked() {
        assertThatThrownBy(() -> users(
                        u -> u.create(NewUser.of("van-hanh", "Vận hành", null, EnumSet.of(Role.OPERATOR), null, null))))
                .isInstanceOf(Unprocessable.class)
                .hasMessageStartingWith("roles: ");
        assertThatThrownBy(() -> users(u -> u.create(
                        NewUser.of("chuyen-vien", "Chuyên viên", null, EnumSet.of(Role.AGENCY_HEAD), null, null))))
                .isInstanceOf(Unprocessable.class)
                .hasMessageStartingWith("agency: ");
        assertThatThrownBy(() -> users(u -> u.create(NewUser.of(
                        "chuyen-vien", "Chuyên viên", null, EnumSet.of(Role.AGENCY_OFFICER), "khong-co-ma-nay", null))))
                .isInstanceOf(Unprocessable.class)
                .hasMessageContaining("khong-co-ma-nay");
        assertThatThrownBy(() -> users(
                        u -> u.create(NewUser.of("quan-tri", "Trùng tên", null, EnumSet.of(Role.LEADER), null, null))))
                .isInstanceOf(Conflict.class);
        List<String> usernames = jpa.fromTenant(
                tenant,
                em -> em.createNamedQuery(UserAccount.USERNAMES, String.class).getResultList());
        assertThat(usernames).as("nothing half-written").containsExactly("quan-tri");
    }

    @Test
    void aResetGivesANewOneTimePasswordAndEndsTheUsersTokens() {
        String first = users(u -> u.create(
                        NewUser.of("thu-ky", "Thư ký", null, EnumSet.of(Role.SECRETARIAT), "so-tu-phap", null)))
                .oneTimePassword();
        change("thu-ky", first, "Mật khẩu của thư ký");
        long before = stored("thu-ky").tokenVersion();

        UserEdit reset = new UserEdit();
        reset.resetPassword = true;
        UserAccess afterReset = users(u -> u.edit("thu-ky", reset));

        assertThat(afterReset.oneTimePassword()).isNotBlank().isNotEqualTo(first);
        assertThat(afterReset.user().mustChangePassword()).isTrue();
        assertThat(stored("thu-ky").tokenVersion()).isGreaterThan(before);
        assertThatThrownBy(() -> signIn("thu-ky", "Mật khẩu của thư ký")).isInstanceOf(Unauthenticated.class);
        assertThatThrownBy(() -> signIn("thu-ky", afterReset.oneTimePassword()))
                .isInstanceOf(PasswordChangeRequired.class);
    }

    @Test
    void disablingEndsTheTokensAndSignInAndEnablingLetsTheUserBackIn() {
        String password = users(u -> u.create(
                        NewUser.of("can-bo", "Cán bộ", null, EnumSet.of(Role.LEADER), null, "Mật khẩu ban đầu")))
                .oneTimePassword();
        assertThat(password).isNull();
        change("can-bo", "Mật khẩu ban đầu", "Mật khẩu của cán bộ");
        long before = stored("can-bo").tokenVersion();

        UserEdit disable = new UserEdit();
        disable.disabled = true;
        assertThat(users(u -> u.edit("can-bo", disable)).user().active()).isFalse();

        assertThat(stored("can-bo").tokenVersion()).isGreaterThan(before);
        assertThatThrownBy(() -> signIn("can-bo", "Mật khẩu của cán bộ")).isInstanceOf(Unauthenticated.class);
        assertThat(users(u -> u.list(null, null, false, 0, 10)).items())
                .extracting(UserEntry::username)
                .containsExactly("can-bo");

        UserEdit enable = new UserEdit();
        enable.disabled = false;
        users(u -> u.edit("can-bo", enable));
        assertThat(signIn("can-bo", "Mật khẩu của cán bộ").accessToken()).isNotBlank();
    }

    @Test
    void newRolesAndAgencyAreInTheNextTokenAndEndTheOldOnes() throws Exception {
        users(u -> u.create(NewUser.of(
                "doi-vai", "Đổi vai", null, EnumSet.of(Role.AGENCY_OFFICER), "so-tu-phap", "Mật khẩu ban đầu")));
        change("doi-vai", "Mật khẩu ban đầu", "Mật khẩu đổi vai trò");
        long before = stored("doi-vai").tokenVersion();

        UserEdit edit = new UserEdit();
        edit.roles = EnumSet.of(Role.AGENCY_HEAD);
        edit.agency = "so-noi-vu";
        users(u -> u.edit("doi-vai", edit));

        DondocPrincipal next =
                tokens.verify(signIn("doi-vai", "Mật khẩu đổi vai trò").accessToken());
        assertThat(next.roles()).containsExactly("AGENCY_HEAD");
        assertThat(next.agencyCode()).isEqualTo("so-noi-vu");
        assertThat(stored("doi-vai").tokenVersion()).isGreaterThan(before);

        UserEdit noAgency = new UserEdit();
        noAgency.agency = "";
        assertThatThrownBy(() -> users(u -> u.edit("doi-vai", noAgency)))
                .isInstanceOf(Unprocessable.class)
                .hasMessageStartingWith("agency: ");
    }

    @Test
    void anAdministratorKeepsTheirOwnAccountAndTheTenantKeepsAnAdministrator() {
        UserEdit disable = new UserEdit();
        disable.disabled = true;
        assertThatThrownBy(() -> users(u -> u.edit("quan-tri", disable)))
                .isInstanceOf(Conflict.class)
                .hasMessageContaining("your own");
        UserEdit demote = new UserEdit();
        demote.roles = EnumSet.of(Role.LEADER);
        assertThatThrownBy(() -> users(u -> u.edit("quan-tri", demote)))
                .isInstanceOf(Conflict.class)
                .hasMessageContaining("ADMIN");

        users(u -> u.create(NewUser.of("quan-tri-2", "Quản trị 2", null, EnumSet.of(Role.ADMIN), null, null)));
        assertThat(users(u -> u.edit("quan-tri-2", demote)).user().roles()).containsExactly("LEADER");
        assertThat(stored("quan-tri").active()).isTrue();
    }

    @Test
    void aUserOfNoTenantOfOursIsNotFoundAndListsPage() {
        UserEdit edit = new UserEdit();
        edit.displayName = "Ai đó";
        assertThatThrownBy(() -> users(u -> u.edit("khong-co-ai", edit))).isInstanceOf(NotFound.class);
        for (int i = 1; i <= 5; i++) {
            String name = "nguoi-" + i;
            users(u -> u.create(NewUser.of(name, "Người " + name, null, EnumSet.of(Role.LEADER), null, null)));
        }
        Page<UserEntry> second = users(u -> u.list(null, "LEADER", null, 1, 2));
        assertThat(second.total()).isEqualTo(5);
        assertThat(second.items()).extracting(UserEntry::username).containsExactly("nguoi-3", "nguoi-4");
        assertThat(users(u -> u.list(null, "ADMIN", true, 0, 10)).items())
                .extracting(UserEntry::username)
                .containsExactly("quan-tri");
    }

    // ---- the boundaries, built by hand as the container would make them

    private UserAccount stored(String username) {
        return jpa.fromTenant(
                tenant,
                em -> em.createNamedQuery(UserAccount.BY_USERNAME, UserAccount.class)
                        .setParameter("username", username)
                        .getSingleResult());
    }

    private <T> T users(Function<vn.dondoc.identity.boundary.Users, T> call) {
        return jpa.fromTenant(tenant, em -> {
            vn.dondoc.identity.boundary.Users users = new vn.dondoc.identity.boundary.Users();
            users.em = em;
            users.caller = caller(admin);
            users.passwords = PLAIN;
            users.versions = versions();
            users.sessions = new Sessions();
            users.sessions.em = em;
            users.sessions.caller = users.caller;
            users.sessions.versions = users.versions;
            return call.apply(users);
        });
    }

    private IssuedToken signIn(String username, String password) {
        return jpa.fromTenant(tenant, em -> signIn(em).issueToken(tenant, username, password, null));
    }

    private IssuedToken change(String username, String password, String newPassword) {
        return jpa.fromTenant(tenant, em -> signIn(em).changePassword(tenant, username, password, newPassword, null));
    }

    private SignIn signIn(EntityManager em) {
        SignIn signIn = new SignIn();
        signIn.em = em;
        signIn.tokens = tokens;
        signIn.passwords = PLAIN;
        signIn.versions = versions();
        signIn.attempts = new SignInAttempts() {
            @Override
            public Optional<Duration> waitFor(String tenant, String username, String address) {
                return Optional.empty();
            }

            @Override
            public Duration failed(String tenant, String username, String address) {
                return Duration.ZERO;
            }

            @Override
            public void succeeded(String tenant, String username) {}
        };
        return signIn;
    }

    private TokenVersions versions() {
        TokenVersions versions = new TokenVersions();
        versions.clock = clock;
        versions.checkEvery = Duration.ofSeconds(5);
        return versions;
    }

    private static CallerIdentity caller(DondocPrincipal who) {
        return new CallerIdentity() {
            @Override
            public Optional<DondocPrincipal> principal() {
                return Optional.of(who);
            }
        };
    }

    /** Hashes that are the password reversed: fast, and never the password itself. */
    private static final Passwords PLAIN = new Passwords() {
        @Override
        public String hash(String password) {
            return "h:" + new StringBuilder(password).reverse();
        }

        @Override
        public boolean matches(String password, String hash) {
            return hash.equals(hash(password));
        }

        @Override
        public void spendVerificationTime(String password) {}
    };
}
