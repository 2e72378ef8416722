package vn.dondoc.identity.boundary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import vn.dondoc.identity.control.TokenService.VerifiedToken;
import vn.dondoc.identity.entity.UserAccount;
import vn.dondoc.platform.boundary.NotFound;
import vn.dondoc.platform.boundary.Unauthenticated;
import vn.dondoc.platform.security.CallerIdentity;
import vn.dondoc.platform.security.DondocPrincipal;
import vn.dondoc.platform.security.Role;
import vn.dondoc.testing.JpaExtension;
import vn.dondoc.testing.MovableClock;
import vn.dondoc.testing.Users;

/**
 * Signing out and disabling a user on the real database: the user's token version goes up, and
 * {@link TokenVersions} refuses the tokens that carry the old one, on this server at once and on
 * another within its check interval.
 */
class SessionsTest {

    @RegisterExtension
    static final JpaExtension jpa = new JpaExtension();

    private final MovableClock clock = new MovableClock(Instant.parse("2026-11-30T02:00:00Z"));
    private String tenant;
    private DondocPrincipal officer;
    private DondocPrincipal admin;

    @BeforeEach
    void aTenantWithAnOfficerAndAnAdmin() {
        tenant = jpa.newTenant();
        jpa.bundleDirectory(tenant, "vinh-phuc");
        jpa.inTenant(tenant, em -> {
            Users.add(em, tenant, "chuyen-vien", Role.AGENCY_OFFICER, "so-tu-phap");
            Users.add(em, tenant, "quan-tri", Role.ADMIN, null);
        });
        officer = new DondocPrincipal("chuyen-vien", tenant, "so-tu-phap", Set.of("AGENCY_OFFICER"));
        admin = new DondocPrincipal("quan-tri", tenant, null, Set.of("ADMIN"));
    }

    @Test
    void signingOutRaisesTheCallersTokenVersionAndEndsItsTokensAtOnceOnThisServer() {
        TokenVersions here = versions();
        TokenVersions elsewhere = versions();
        VerifiedToken before = token(officer, 0);
        assertThat(here.isCurrent(before)).isTrue();
        assertThat(elsewhere.isCurrent(before)).isTrue();

        as(officer, here, Sessions::signOut);

        assertThat(tokenVersion("chuyen-vien")).isEqualTo(1);
        assertThat(here.isCurrent(before)).as("on the server that signed out").isFalse();
        assertThat(elsewhere.isCurrent(before))
                .as("another server, within its 5 seconds")
                .isTrue();
        clock.set(clock.instant().plusSeconds(5));
        assertThat(elsewhere.isCurrent(before))
                .as("another server, 5 seconds later")
                .isFalse();
        assertThat(elsewhere.isCurrent(token(officer, 1)))
                .as("a token issued after signing out")
                .isTrue();
        assertThat(tokenVersion("quan-tri")).as("nobody else is signed out").isZero();
    }

    @Test
    void disablingAUserEndsItsTokensAndItsSignIn() {
        TokenVersions here = versions();
        VerifiedToken before = token(officer, 0);
        assertThat(here.isCurrent(before)).isTrue();

        as(admin, here, s -> s.disable("chuyen-vien"));

        assertThat(here.isCurrent(before)).isFalse();
        assertThat(here.isCurrent(token(officer, 1)))
                .as("not even a token of the new version: the user may not sign in")
                .isFalse();
        UserAccount disabled = jpa.fromTenant(tenant, em -> account(em, "chuyen-vien"));
        assertThat(disabled.active()).isFalse();
        assertThat(disabled.tokenVersion()).isEqualTo(1);
        assertThat(disabled.maySignIn(true)).isFalse();
    }

    @Test
    void disablingAUserWhoDoesNotExistIsNotFound() {
        assertThatThrownBy(() -> as(admin, versions(), s -> s.disable("khong-co-ai")))
                .isInstanceOf(NotFound.class);
    }

    @Test
    void signingOutWithoutACallerIsRefused() {
        assertThatThrownBy(() -> as(null, versions(), Sessions::signOut)).isInstanceOf(Unauthenticated.class);
    }

    @Test
    void aTokenOfAUserWhoIsGoneIsNotCurrent() {
        assertThat(versions().isCurrent(token(new DondocPrincipal("khong-co-ai", tenant, null, Set.of("LEADER")), 0)))
                .isFalse();
    }

    private VerifiedToken token(DondocPrincipal who, long version) {
        return new VerifiedToken(who, clock.instant().plus(Duration.ofMinutes(15)), version);
    }

    private long tokenVersion(String username) {
        return jpa.fromTenant(tenant, em -> account(em, username).tokenVersion());
    }

    private static UserAccount account(EntityManager em, String username) {
        return em.createNamedQuery(UserAccount.BY_USERNAME, UserAccount.class)
                .setParameter("username", username)
                .getSingleResult();
    }

    /** One server's cache, reading each user's version as the container would: its own transaction. */
    private TokenVersions versions() {
        TokenVersions versions = new TokenVersions();
        versions.clock = clock;
        versions.checkEvery = Duration.ofSeconds(5);
        versions.sessions = new Sessions() {
            @Override
            public Optional<Long> currentVersion(String tenant, String username) {
                return jpa.fromTenant(tenant, em -> sessions(em, null, versions).currentVersion(tenant, username));
            }
        };
        return versions;
    }

    private void as(DondocPrincipal caller, TokenVersions versions, Consumer<Sessions> call) {
        jpa.inTenant(tenant, em -> call.accept(sessions(em, caller, versions)));
    }

    private static Sessions sessions(EntityManager em, DondocPrincipal caller, TokenVersions versions) {
        Sessions sessions = new Sessions();
        sessions.em = em;
        sessions.versions = versions;
        sessions.demoMode = false;
        sessions.caller = new CallerIdentity() {
            @Override
            public Optional<DondocPrincipal> principal() {
                return Optional.ofNullable(caller);
            }
        };
        return sessions;
    }
}
