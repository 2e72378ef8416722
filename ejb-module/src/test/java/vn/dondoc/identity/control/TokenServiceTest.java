package vn.dondoc.identity.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.sun.net.httpserver.HttpServer;
import io.jsonwebtoken.JwtBuilder;
import io.jsonwebtoken.Jwts;
import io.jsonwebtoken.security.Jwks;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.interfaces.ECPublicKey;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.UnaryOperator;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.dondoc.platform.security.DondocPrincipal;

/** Access tokens: what we issue verifies, and nothing forged, stale or foreign does. */
class TokenServiceTest {

    private static final Instant NOW = Instant.parse("2026-11-22T08:00:00Z");
    private static final Duration LIFETIME = Duration.ofMinutes(15);
    private static final String ISSUER = "dondoc";
    private static final String AUDIENCE = "dondoc-api";

    @TempDir
    Path keysDir;

    private KeyRing keys;
    private TokenService tokens;

    @BeforeEach
    void makeKeys() {
        KeyRing.generate(keysDir, "k1");
        keys = KeyRing.read(keysDir, Optional.empty());
        tokens = service(keys, ISSUER, AUDIENCE, NOW);
    }

    @Test
    void anIssuedTokenVerifiesToTheSameCaller() throws InvalidToken {
        IssuedToken issued =
                tokens.issue("so-tu-phap.head", "vinh-phuc", "so-tu-phap", Set.of("AGENCY_OFFICER", "AGENCY_HEAD"));

        DondocPrincipal caller = tokens.verify(issued.accessToken());

        assertThat(caller.getName()).isEqualTo("so-tu-phap.head");
        assertThat(caller.tenant()).isEqualTo("vinh-phuc");
        assertThat(caller.agencyCode()).isEqualTo("so-tu-phap");
        assertThat(caller.roles()).containsExactlyInAnyOrder("AGENCY_OFFICER", "AGENCY_HEAD");
    }

    @Test
    void aCallerWithoutAnAgencyVerifiesWithNoAgencyCode() throws InvalidToken {
        String token = tokens.issue("admin", "vinh-phuc", null, Set.of("ADMIN")).accessToken();
        DondocPrincipal caller = tokens.verify(token);
        assertThat(caller.agencyCode()).isNull();
        assertThat(caller.roles()).containsExactly("ADMIN");
    }

    @Test
    void expiresInIsTheLifetimeInSeconds() {
        assertThat(tokens.issue("admin", "vinh-phuc", null, Set.of("ADMIN")).expiresIn())
                .isEqualTo(LIFETIME.toSeconds())
                .isEqualTo(900);
        TokenService hourly = new TokenService(keys, ISSUER, AUDIENCE, Duration.ofHours(1), fixedAt(NOW));
        assertThat(hourly.issue("admin", "vinh-phuc", null, Set.of("ADMIN")).expiresIn())
                .isEqualTo(3600);
    }

    @Test
    void aTokenIsStillGoodOneSecondBeforeItExpires() throws InvalidToken {
        String token = tokens.issue("admin", "vinh-phuc", null, Set.of("ADMIN")).accessToken();
        TokenService almostThere =
                service(keys, ISSUER, AUDIENCE, NOW.plus(LIFETIME).minusSeconds(1));
        assertThat(almostThere.verify(token).getName()).isEqualTo("admin");
    }

    @Test
    void aTokenVerifiedAfterItsExpiryIsRefused() {
        String token = tokens.issue("admin", "vinh-phuc", null, Set.of("ADMIN")).accessToken();
        TokenService later = service(keys, ISSUER, AUDIENCE, NOW.plus(LIFETIME).plusSeconds(1));
        assertThat(refusal(() -> later.verify(token))).hasMessageContaining("expired");
    }

    @Test
    void aPagesTokenIsDueForRenewalOnlyPastHalfItsLife() throws InvalidToken {
        String token = tokens.issue("admin", "vinh-phuc", null, Set.of("ADMIN")).accessToken();

        TokenService.VerifiedToken fresh = tokens.verified(token);
        assertThat(fresh.expiresAt()).isEqualTo(NOW.plus(LIFETIME));
        assertThat(fresh.principal().getName()).isEqualTo("admin");
        assertThat(tokens.dueForRenewal(fresh)).isFalse();

        TokenService atHalf = service(keys, ISSUER, AUDIENCE, NOW.plus(LIFETIME.dividedBy(2)));
        assertThat(atHalf.dueForRenewal(atHalf.verified(token))).isFalse();
        TokenService pastHalf =
                service(keys, ISSUER, AUDIENCE, NOW.plus(LIFETIME.dividedBy(2)).plusSeconds(1));
        assertThat(pastHalf.dueForRenewal(pastHalf.verified(token))).isTrue();
    }

    @Test
    void aTokenSignedByAnotherKeyUnderOurKidIsRefused(@TempDir Path otherDir) {
        KeyRing.generate(otherDir, "k1");
        KeyRing impostorKeys = KeyRing.read(otherDir, Optional.empty());
        assertThat(impostorKeys.signingKeyId()).isEqualTo(keys.signingKeyId());
        String forged = service(impostorKeys, ISSUER, AUDIENCE, NOW)
                .issue("admin", "vinh-phuc", null, Set.of("ADMIN"))
                .accessToken();
        assertThat(refusal(() -> tokens.verify(forged))).hasMessageContaining("signature is not valid");
    }

    @Test
    void aTokenWithAnUnknownKidIsRefused(@TempDir Path otherDir) {
        KeyRing.generate(otherDir, "k2");
        String token = service(KeyRing.read(otherDir, Optional.empty()), ISSUER, AUDIENCE, NOW)
                .issue("admin", "vinh-phuc", null, Set.of("ADMIN"))
                .accessToken();
        assertThat(refusal(() -> tokens.verify(token))).hasMessageContaining("signature is not valid");
    }

    @Test
    void anUnsignedAlgNoneTokenIsRefused() {
        String header = encode("{\"alg\":\"none\",\"kid\":\"k1\"}");
        String unsigned = header + "." + genuinePayload() + ".";
        assertThat(refusal(() -> tokens.verify(unsigned))).isInstanceOf(InvalidToken.class);
    }

    @Test
    void anHs256TokenKeyedWithOurPublicKeyIsRefused() throws Exception {
        byte[] publicKey = keys.verificationKey("k1").orElseThrow().getEncoded();
        String token = hs256("{\"alg\":\"HS256\",\"kid\":\"k1\"}", genuinePayload(), publicKey);
        assertThat(refusal(() -> tokens.verify(token))).isInstanceOf(InvalidToken.class);
    }

    @Test
    void anHs256TokenKeyedWithOurPublicKeyFileIsRefused() throws Exception {
        byte[] pem = Files.readAllBytes(keysDir.resolve("k1.pub.pem"));
        String token = hs256("{\"alg\":\"HS256\",\"kid\":\"k1\"}", genuinePayload(), pem);
        assertThat(refusal(() -> tokens.verify(token))).isInstanceOf(InvalidToken.class);
    }

    @Test
    void aTokenWithOnePayloadCharacterChangedIsRefused() {
        String[] parts = tokens.issue("admin", "vinh-phuc", null, Set.of("ADMIN"))
                .accessToken()
                .split("\\.");
        String claims = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8);
        String tampered = claims.replace("\"vinh-phuc\"", "\"vinh-phud\"");
        assertThat(tampered).isNotEqualTo(claims);
        String token = parts[0] + "." + encode(tampered) + "." + parts[2];
        assertThat(refusal(() -> tokens.verify(token))).hasMessageContaining("signature is not valid");
    }

    @Test
    void aTokenForAnotherIssuerIsRefused() {
        String token = tokens.issue("admin", "vinh-phuc", null, Set.of("ADMIN")).accessToken();
        TokenService otherIssuer = service(keys, "someone-else", AUDIENCE, NOW);
        assertThat(refusal(() -> otherIssuer.verify(token))).isInstanceOf(InvalidToken.class);
    }

    @Test
    void aTokenForAnotherAudienceIsRefused() {
        String token = tokens.issue("admin", "vinh-phuc", null, Set.of("ADMIN")).accessToken();
        TokenService otherAudience = service(keys, ISSUER, "another-api", NOW);
        assertThat(refusal(() -> otherAudience.verify(token))).isInstanceOf(InvalidToken.class);
    }

    @Test
    void aProperlySignedTokenWithoutATenantIsRefused() {
        String token = signedByOurKey(Map.of("roles", List.of("ADMIN")));
        assertThat(refusal(() -> tokens.verify(token))).hasMessageContaining("tenant");
    }

    @Test
    void aProperlySignedTokenWithoutRolesIsRefused() {
        String token = signedByOurKey(Map.of("tenant", "vinh-phuc"));
        assertThat(refusal(() -> tokens.verify(token))).hasMessageContaining("roles");
    }

    @Test
    void aProperlySignedTokenWhoseTenantOrAgencyIsNotTextIsRefused() {
        String numericTenant = signedByOurKey(Map.of("tenant", 42, "roles", List.of("ADMIN")));
        assertThat(refusal(() -> tokens.verify(numericTenant))).isInstanceOf(InvalidToken.class);
        String numericAgency = signedByOurKey(Map.of("tenant", "vinh-phuc", "agency", 7, "roles", List.of("ADMIN")));
        assertThat(refusal(() -> tokens.verify(numericAgency))).isInstanceOf(InvalidToken.class);
    }

    @Test
    void aTokenNotYetValidBeyondTheClockSkewIsRefusedAndOneWithinItIsAccepted() throws InvalidToken {
        String later = signed(
                b -> b.notBefore(Date.from(NOW.plus(TokenService.CLOCK_SKEW).plusSeconds(1))));
        assertThat(refusal(() -> tokens.verify(later))).isInstanceOf(InvalidToken.class);
        String withinSkew = signed(b -> b.notBefore(Date.from(NOW.plusSeconds(10))));
        assertThat(tokens.verify(withinSkew).getName()).isEqualTo("admin");
    }

    @Test
    void aTokenIssuedInTheFutureBeyondTheClockSkewIsRefusedAndOneWithinItIsAccepted() throws InvalidToken {
        String future = signed(
                b -> b.issuedAt(Date.from(NOW.plus(TokenService.CLOCK_SKEW).plusSeconds(1))));
        assertThat(refusal(() -> tokens.verify(future))).hasMessageContaining("issued in the future");
        String anotherServersClock = signed(b -> b.issuedAt(Date.from(NOW.plusSeconds(10))));
        assertThat(tokens.verify(anotherServersClock).getName()).isEqualTo("admin");
    }

    @Test
    void anExpiryIsCheckedWithoutLeeway() {
        String justExpired = signed(b -> b.expiration(Date.from(NOW.minusSeconds(1))));
        assertThat(refusal(() -> tokens.verify(justExpired))).hasMessageContaining("expired");
        String expiringNow = signed(b -> b.expiration(Date.from(NOW)));
        assertThat(refusal(() -> tokens.verify(expiringNow))).hasMessageContaining("expired");
    }

    @Test
    void aTokenWithoutAnExpiryIsRefused() {
        String forever = signed(b -> b.expiration(null));
        assertThat(refusal(() -> tokens.verify(forever))).hasMessageContaining("no expiry");
    }

    @Test
    void aTokenCarryingItsOwnKeyInAJwkHeaderIsRefusedEvenWhenThatKeyIsOurs(@TempDir Path otherDir) {
        KeyRing.generate(otherDir, "k1");
        KeyRing attacker = KeyRing.read(otherDir, Optional.empty());
        String embedded = signedBy(
                attacker,
                b -> b.header()
                        .add(
                                "jwk",
                                Jwks.builder()
                                        .key((ECPublicKey)
                                                attacker.verificationKey("k1").orElseThrow())
                                        .build())
                        .and());
        assertThat(refusal(() -> tokens.verify(embedded))).hasMessageContaining("signature is not valid");
        String ourOwnKeyEmbedded = signed(b -> b.header()
                .add(
                        "jwk",
                        Jwks.builder()
                                .key((ECPublicKey) keys.verificationKey("k1").orElseThrow())
                                .build())
                .and());
        assertThat(refusal(() -> tokens.verify(ourOwnKeyEmbedded))).isInstanceOf(InvalidToken.class);
    }

    @Test
    void aTokenPointingToAKeyByJkuOrX5uIsRefusedAndTheAddressIsNeverFetched(@TempDir Path otherDir) throws Exception {
        KeyRing.generate(otherDir, "k9");
        KeyRing attacker = KeyRing.read(otherDir, Optional.empty());
        AtomicInteger fetched = new AtomicInteger();
        HttpServer keyServer = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        keyServer.createContext("/", exchange -> {
            fetched.incrementAndGet();
            byte[] body = ("{\"keys\":["
                            + Jwks.json(Jwks.builder()
                                    .key((ECPublicKey)
                                            attacker.verificationKey("k9").orElseThrow())
                                    .idFromThumbprint()
                                    .build())
                            + "]}")
                    .getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        keyServer.start();
        try {
            URI address =
                    URI.create("http://127.0.0.1:" + keyServer.getAddress().getPort() + "/keys");
            String jku = signedBy(attacker, b -> b.header().jwkSetUrl(address).and());
            String x5u = signedBy(attacker, b -> b.header().x509Url(address).and());
            String ourKeyWithJku = signed(b -> b.header().jwkSetUrl(address).and());
            assertThat(refusal(() -> tokens.verify(jku))).isInstanceOf(InvalidToken.class);
            assertThat(refusal(() -> tokens.verify(x5u))).isInstanceOf(InvalidToken.class);
            assertThat(refusal(() -> tokens.verify(ourKeyWithJku))).isInstanceOf(InvalidToken.class);
            assertThat(fetched).as("requests the key server received").hasValue(0);
        } finally {
            keyServer.stop(0);
        }
    }

    @Test
    void aTokenWhoseAgencyOrRolesWereChangedIsRefused() {
        String[] parts = tokens.issue("so-tu-phap", "vinh-phuc", "so-tu-phap", Set.of("AGENCY_OFFICER"))
                .accessToken()
                .split("\\.");
        String claims = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8);
        String otherAgency = claims.replace("\"agency\":\"so-tu-phap\"", "\"agency\":\"so-tai-chinh\"");
        String admin = claims.replace("\"AGENCY_OFFICER\"", "\"ADMIN\"");
        assertThat(otherAgency).isNotEqualTo(claims);
        assertThat(admin).isNotEqualTo(claims);
        for (String forged : List.of(otherAgency, admin)) {
            String token = parts[0] + "." + encode(forged) + "." + parts[2];
            assertThat(refusal(() -> tokens.verify(token))).hasMessageContaining("signature is not valid");
        }
    }

    @Test
    void aTokenCarriesTheUsersTokenVersionAndOneWithoutAVersionIsTheFirst() throws InvalidToken {
        String third =
                tokens.issue("admin", "vinh-phuc", null, Set.of("ADMIN"), 3).accessToken();
        assertThat(tokens.verified(third).version()).isEqualTo(3);
        String none = signed(b -> b);
        assertThat(tokens.verified(none).version()).isZero();
        String text = signed(b -> b.claim("ver", "3"));
        assertThat(refusal(() -> tokens.verify(text))).isInstanceOf(InvalidToken.class);
    }

    @Test
    void garbageIsRefused() {
        assertThat(refusal(() -> tokens.verify("not.a.token"))).isInstanceOf(InvalidToken.class);
        assertThat(refusal(() -> tokens.verify(""))).isInstanceOf(InvalidToken.class);
    }

    /** The payload of a token we really issued, so a forgery differs from it only where it means to. */
    private String genuinePayload() {
        return tokens.issue("admin", "vinh-phuc", null, Set.of("ADMIN"))
                .accessToken()
                .split("\\.")[1];
    }

    /** A token signed with our own key by hand, carrying only {@code claims} besides the standard ones. */
    private String signedByOurKey(Map<String, ?> claims) {
        return Jwts.builder()
                .header()
                .keyId(keys.signingKeyId())
                .and()
                .subject("admin")
                .issuer(ISSUER)
                .audience()
                .add(AUDIENCE)
                .and()
                .expiration(Date.from(NOW.plus(LIFETIME)))
                .claims(claims)
                .signWith(keys.signingKey(), Jwts.SIG.ES256)
                .compact();
    }

    /** A valid token signed with our own key by hand, then changed by {@code change}. */
    private String signed(UnaryOperator<JwtBuilder> change) {
        return signedBy(keys, change);
    }

    private static String signedBy(KeyRing ring, UnaryOperator<JwtBuilder> change) {
        JwtBuilder builder = Jwts.builder()
                .header()
                .keyId(ring.signingKeyId())
                .and()
                .subject("admin")
                .issuer(ISSUER)
                .audience()
                .add(AUDIENCE)
                .and()
                .issuedAt(Date.from(NOW))
                .expiration(Date.from(NOW.plus(LIFETIME)))
                .claim("tenant", "vinh-phuc")
                .claim("roles", List.of("ADMIN"));
        return change.apply(builder).signWith(ring.signingKey(), Jwts.SIG.ES256).compact();
    }

    private static String hs256(String header, String payload, byte[] secret) throws Exception {
        String signingInput = encode(header) + "." + payload;
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(secret, "HmacSHA256"));
        byte[] signature = mac.doFinal(signingInput.getBytes(StandardCharsets.US_ASCII));
        return signingInput + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(signature);
    }

    private static InvalidToken refusal(ThrowingCallable verification) {
        InvalidToken refused = catchThrowableOfType(InvalidToken.class, verification);
        assertThat(refused).as("the token is refused with InvalidToken").isNotNull();
        return refused;
    }

    private static TokenService service(KeyRing keys, String issuer, String audience, Instant now) {
        return new TokenService(keys, issuer, audience, LIFETIME, fixedAt(now));
    }

    private static Clock fixedAt(Instant now) {
        return Clock.fixed(now, ZoneOffset.UTC);
    }

    private static String encode(String json) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }
}
