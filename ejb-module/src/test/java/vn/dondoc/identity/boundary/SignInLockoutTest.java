package vn.dondoc.identity.boundary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import jakarta.persistence.EntityManager;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import vn.dondoc.audit.entity.AuditRecord;
import vn.dondoc.identity.control.IssuedToken;
import vn.dondoc.identity.control.KeyRing;
import vn.dondoc.identity.control.TokenService;
import vn.dondoc.platform.boundary.BusinessException;
import vn.dondoc.platform.boundary.TooManyAttempts;
import vn.dondoc.platform.boundary.Unauthenticated;
import vn.dondoc.platform.security.Role;
import vn.dondoc.testing.JpaExtension;
import vn.dondoc.testing.MovableClock;
import vn.dondoc.testing.Users;

/**
 * Failed sign-ins on the real database with a clock the test moves: a user is slowed, then locked
 * for 15 minutes, and a username that exists is treated exactly like one that does not.
 */
class SignInLockoutTest {

    @RegisterExtension
    static final JpaExtension jpa = new JpaExtension();

    private static final Instant NOW = Instant.parse("2026-11-30T02:00:00Z");
    /** {@link Users#add} stores "x" as the hash; the passwords below match when they equal it. */
    private static final String RIGHT = "x";

    @TempDir
    Path keysDir;

    private final MovableClock clock = new MovableClock(NOW);
    private String tenant;
    private String address;
    private TokenService tokens;

    @BeforeEach
    void aTenantWithOneUser() {
        tenant = jpa.newTenant();
        jpa.bundleDirectory(tenant, "vinh-phuc");
        jpa.inTenant(tenant, em -> Users.add(em, tenant, "chuyen-vien", Role.AGENCY_OFFICER, "so-tu-phap"));
        // an address of its own, so that no other test's failures count against this one's
        address = "198.51.100." + UUID.randomUUID();
        KeyRing.generate(keysDir, "k1");
        tokens = new TokenService(
                KeyRing.read(keysDir, Optional.empty()), "dondoc", "dondoc-api", Duration.ofMinutes(15), clock);
    }

    @Test
    void theThirdAndFourthFailuresSlowTheUserAndTheFifthLocksItForFifteenMinutes() {
        assertThat(attempt("chuyen-vien", "sai-1")).isInstanceOf(Unauthenticated.class);
        assertThat(attempt("chuyen-vien", "sai-2")).isInstanceOf(Unauthenticated.class);
        assertThat(attempt("chuyen-vien", "sai-3")).isInstanceOf(Unauthenticated.class);

        assertThat(waitOf(attempt("chuyen-vien", RIGHT)))
                .as("the right password, right after the third")
                .isEqualTo(5);
        clock.set(clock.instant().plusSeconds(5));
        assertThat(attempt("chuyen-vien", "sai-4")).isInstanceOf(Unauthenticated.class);
        assertThat(waitOf(attempt("chuyen-vien", RIGHT))).isEqualTo(30);
        clock.set(clock.instant().plusSeconds(30));
        assertThat(attempt("chuyen-vien", "sai-5")).isInstanceOf(Unauthenticated.class);

        assertThat(waitOf(attempt("chuyen-vien", RIGHT))).isEqualTo(15 * 60);
        clock.set(clock.instant().plus(Duration.ofMinutes(15)).minusSeconds(1));
        assertThat(waitOf(attempt("chuyen-vien", RIGHT)))
                .as("one second before the lock ends")
                .isEqualTo(1);
        clock.set(clock.instant().plusSeconds(1));
        assertThat(attempt("chuyen-vien", RIGHT)).as("the lock has ended").isNull();
    }

    @Test
    void aSuccessfulSignInClearsTheUsersCount() {
        attempt("chuyen-vien", "sai-1");
        attempt("chuyen-vien", "sai-2");
        assertThat(attempt("chuyen-vien", RIGHT)).isNull();
        attempt("chuyen-vien", "sai-3");
        attempt("chuyen-vien", "sai-4");
        assertThat(attempt("chuyen-vien", RIGHT))
                .as("two failures since the success: no wait")
                .isNull();
    }

    @Test
    void failuresOlderThanTheWindowDoNotCount() {
        attempt("chuyen-vien", "sai-1");
        attempt("chuyen-vien", "sai-2");
        clock.set(clock.instant().plus(Duration.ofMinutes(15)));
        attempt("chuyen-vien", "sai-3");
        attempt("chuyen-vien", "sai-4");
        assertThat(attempt("chuyen-vien", RIGHT))
                .as("a new window: two failures")
                .isNull();
    }

    @Test
    void aUsernameThatDoesNotExistIsAnsweredExactlyLikeOneThatDoes() {
        List<String> real = answers("chuyen-vien");
        List<String> unknown = answers("khong-co-ai");
        assertThat(unknown).isEqualTo(real);
        assertThat(real)
                .containsExactly(
                        "401 " + SignIn.REFUSED,
                        "401 " + SignIn.REFUSED,
                        "401 " + SignIn.REFUSED,
                        "429 " + SignInAttempts.LOCKED.formatted(5, 5));
    }

    @Test
    void thirtyFailuresFromOneAddressLockItForEveryUsernameAndTheLockIsAudited() {
        for (int i = 0; i < 30; i++) {
            assertThat(attempt("doan-" + i, "sai")).isInstanceOf(Unauthenticated.class);
        }
        assertThat(waitOf(attempt("chuyen-vien", RIGHT))).isEqualTo(15 * 60);
        List<AuditRecord> records = jpa.fromTenant(
                tenant,
                em -> em.createQuery("SELECT r FROM AuditRecord r WHERE r.action = 'auth.throttle'", AuditRecord.class)
                        .getResultList());
        assertThat(records).hasSize(1);
        assertThat(records.get(0).target()).isEqualTo("doan-29");
        assertThat(records.get(0).detail()).contains(address).contains("900");
    }

    @Test
    void theUsersLockIsAuditedInItsTenant() {
        for (int i = 1; i <= 5; i++) {
            attempt("chuyen-vien", "sai-" + i);
            clock.set(clock.instant().plusSeconds(31));
        }
        List<String> details = jpa.fromTenant(
                tenant,
                em -> em.createQuery(
                                "SELECT r.detail FROM AuditRecord r WHERE r.action = 'auth.throttle' AND r.target = 'chuyen-vien'"
                                        + " ORDER BY r.id",
                                String.class)
                        .getResultList());
        assertThat(details).hasSize(3);
        assertThat(details.get(2)).contains("900 seconds");
    }

    private List<String> answers(String username) {
        return List.of(1, 2, 3, 4).stream()
                .map(i -> attempt(username, "sai-" + i))
                .map(e -> ((BusinessException) e).status() + " " + e.getMessage())
                .toList();
    }

    private static long waitOf(Throwable refusal) {
        assertThat(refusal).isInstanceOf(TooManyAttempts.class);
        return ((TooManyAttempts) refusal).retryAfterSeconds();
    }

    /** One sign-in as the product makes it; the refusal, or null when a token was issued. */
    private Throwable attempt(String username, String password) {
        Throwable refusal = catchThrowable(() -> {
            IssuedToken token =
                    jpa.fromTenant(tenant, em -> signIn(em).issueToken(tenant, username, password, address));
            assertThat(tokens.verify(token.accessToken()).getName()).isEqualTo(username);
        });
        return refusal;
    }

    private SignIn signIn(EntityManager em) {
        SignIn signIn = new SignIn();
        signIn.em = em;
        signIn.tokens = tokens;
        signIn.passwords = new Passwords() {
            @Override
            public boolean matches(String password, String hash) {
                return password.equals(hash);
            }

            @Override
            public void spendVerificationTime(String password) {
                // nothing to spend in a test
            }
        };
        signIn.attempts = new AttemptsInTheirOwnTransactions();
        return signIn;
    }

    /** As the container runs them: each call commits on its own, whatever the sign-in does after. */
    private final class AttemptsInTheirOwnTransactions extends SignInAttempts {
        @Override
        public Optional<Duration> waitFor(String tenant, String username, String address) {
            return jpa.fromTenant(tenant, em -> on(em).waitFor(tenant, username, address));
        }

        @Override
        public Duration failed(String tenant, String username, String address) {
            return jpa.fromTenant(tenant, em -> on(em).failed(tenant, username, address));
        }

        @Override
        public void succeeded(String tenant, String username) {
            jpa.inTenant(tenant, em -> on(em).succeeded(tenant, username));
        }

        private SignInAttempts on(EntityManager em) {
            SignInAttempts attempts = new SignInAttempts();
            attempts.em = em;
            attempts.clock = SignInLockoutTest.this.clock;
            attempts.realTime = SignInLockoutTest.this.clock;
            return attempts;
        }
    }
}
