package vn.dondoc.identity.boundary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.persistence.EntityManager;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.Optional;
import java.util.function.Function;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import vn.dondoc.identity.control.InvalidToken;
import vn.dondoc.identity.control.KeyRing;
import vn.dondoc.identity.control.TokenService;
import vn.dondoc.identity.entity.UserAccount;
import vn.dondoc.platform.boundary.Unauthenticated;
import vn.dondoc.platform.security.DondocPrincipal;
import vn.dondoc.platform.security.Role;
import vn.dondoc.testing.JpaExtension;
import vn.dondoc.testing.Users;

/**
 * Renewing a web page's sign-in on the real database: the user is read again, so the new token
 * carries the roles and agency they have now, and a user who may no longer sign in gets none.
 */
class SignInRenewalTest {

    @RegisterExtension
    static final JpaExtension jpa = new JpaExtension();

    private static final Instant NOW = Instant.parse("2026-11-30T02:00:00Z");

    @TempDir
    Path keysDir;

    private String tenant;
    private TokenService tokens;

    @BeforeEach
    void aTenantWithItsDirectory() {
        tenant = jpa.newTenant();
        jpa.bundleDirectory(tenant, "vinh-phuc");
        KeyRing.generate(keysDir, "k1");
        tokens = new TokenService(
                KeyRing.read(keysDir, Optional.empty()),
                "dondoc",
                "dondoc-api",
                Duration.ofMinutes(15),
                Clock.fixed(NOW, ZoneOffset.UTC));
    }

    @Test
    void aRenewedTokenNamesTheSameUserWithTheRolesAndAgencyTheyHaveNow() throws InvalidToken {
        jpa.inTenant(tenant, em -> Users.add(em, tenant, "chuyen-vien", Role.AGENCY_OFFICER, "so-tu-phap"));

        DondocPrincipal renewed =
                tokens.verify(signIn(s -> s.renew(tenant, "chuyen-vien")).accessToken());

        assertThat(renewed.getName()).isEqualTo("chuyen-vien");
        assertThat(renewed.tenant()).isEqualTo(tenant);
        assertThat(renewed.agencyCode()).isEqualTo("so-tu-phap");
        assertThat(renewed.roles()).containsExactly("AGENCY_OFFICER");
    }

    @Test
    void aUserWhoIsGoneOrMayNoLongerSignInGetsNoRenewal() {
        jpa.inTenant(
                tenant,
                em -> em.persist(
                        new UserAccount("demo-user", "Người dùng thử", "x", EnumSet.of(Role.LEADER), null, true)));

        assertThatThrownBy(() -> signIn(s -> s.renew(tenant, "demo-user")))
                .as("a demo user outside demo mode")
                .isInstanceOf(Unauthenticated.class)
                .hasMessage(SignIn.REFUSED);
        assertThatThrownBy(() -> signIn(s -> s.renew(tenant, "nobody")))
                .isInstanceOf(Unauthenticated.class)
                .hasMessage(SignIn.REFUSED);
    }

    @Test
    void aUserOfAnotherTenantIsNotFoundInThisOne() {
        String other = jpa.newTenant();
        jpa.bundleDirectory(other, "vinh-phuc");
        jpa.inTenant(other, em -> Users.add(em, other, "lanh-dao", Role.LEADER, null));

        assertThatThrownBy(() -> signIn(s -> s.renew(tenant, "lanh-dao"))).isInstanceOf(Unauthenticated.class);
    }

    private <T> T signIn(Function<SignIn, T> call) {
        return jpa.fromTenant(tenant, (EntityManager em) -> {
            SignIn signIn = new SignIn();
            signIn.em = em;
            signIn.tokens = tokens;
            signIn.demoMode = false;
            return call.apply(signIn);
        });
    }
}
