package vn.dondoc.web.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.jsonwebtoken.Jwts;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.spec.ECGenParameterSpec;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;
import vn.dondoc.identity.control.KeyRing;

/** Sign-in per role, and every kind of bad token, against the deployed product. */
class IdentityIT extends DeployedProduct {

    private static final String AGENCIES = "api/v1/agencies";

    @Test
    void everyDemoRoleSignsInAndItsTokenCarriesTenantAgencyAndRoles() {
        record Expected(String tenant, String username, String role, String agency) {}
        List<Expected> users = List.of(
                new Expected("vinh-phuc", "admin", "ADMIN", null),
                new Expected("vinh-phuc", "secretariat", "SECRETARIAT", "so-tu-phap"),
                new Expected("vinh-phuc", "leader", "LEADER", null),
                new Expected("vinh-phuc", "so-tu-phap", "AGENCY_OFFICER", "so-tu-phap"),
                new Expected("vinh-phuc", "ubnd-huyen-tam-dao.head", "AGENCY_HEAD", "ubnd-huyen-tam-dao"),
                new Expected("dong-thap", "secretariat", "SECRETARIAT", "so-tu-phap"),
                new Expected("dong-thap", "ubnd-thanh-pho-sa-dec", "AGENCY_OFFICER", "ubnd-thanh-pho-sa-dec"));
        for (Expected user : users) {
            Api.Reply reply = api.signIn(user.tenant(), user.username(), Api.PASSWORD);
            assertThat(reply.status()).as(user + ": " + reply.body()).isEqualTo(200);
            JsonObject token = reply.object();
            assertThat(token.getString("tokenType")).isEqualTo("Bearer");
            assertThat(token.getInt("expiresIn")).isBetween(60, 3600);
            String[] parts = token.getString("accessToken").split("\\.");
            JsonObject header = decode(parts[0]);
            JsonObject claims = decode(parts[1]);
            assertThat(header.getString("alg")).isEqualTo("ES256");
            assertThat(header.getString("kid")).isNotBlank();
            assertThat(claims.getString("sub")).isEqualTo(user.username());
            assertThat(claims.getString("tenant")).isEqualTo(user.tenant());
            assertThat(claims.getJsonArray("roles").getString(0)).isEqualTo(user.role());
            assertThat(claims.getString("iss")).isEqualTo("dondoc");
            assertThat(claims.containsKey("aud")).isTrue();
            if (user.agency() == null) {
                assertThat(claims.containsKey("agency")).isFalse();
            } else {
                assertThat(claims.getString("agency")).isEqualTo(user.agency());
            }
            assertThat(api.get(AGENCIES, token.getString("accessToken")).status())
                    .isEqualTo(200);
        }
    }

    @Test
    void aWrongPasswordAnUnknownUserAndAnUnknownTenantAreAllTheSame401() {
        String wrongPassword = api.signIn("vinh-phuc", "admin", "not-demo")
                .isProblem(401)
                .object()
                .getString("detail");
        String unknownUser = api.signIn("vinh-phuc", "nobody", Api.PASSWORD)
                .isProblem(401)
                .object()
                .getString("detail");
        String unknownTenant = api.signIn("ha-noi", "admin", Api.PASSWORD)
                .isProblem(401)
                .object()
                .getString("detail");
        assertThat(unknownUser).isEqualTo(wrongPassword);
        assertThat(unknownTenant).isEqualTo(wrongPassword);
    }

    @Test
    void aUserOfOneTenantCannotSignInToAnother() {
        api.signIn("dong-thap", "ubnd-huyen-tam-dao", Api.PASSWORD).isProblem(401);
    }

    @Test
    void aRequestWithoutATokenIs401() {
        Api.Reply reply = api.get(AGENCIES, null).isProblem(401);
        assertThat(reply.header("WWW-Authenticate")).isEqualTo("Bearer");
        api.send(api.request(AGENCIES, null)
                        .header("Authorization", "Basic YWRtaW46ZGVtbw==")
                        .GET())
                .isProblem(401);
    }

    @Test
    void anExpiredTokenIs401() {
        api.token("vinh-phuc", "admin"); // makes sure the server has made its demo key
        KeyRing keys = KeyRing.read(TestEnvironment.keysDir(), Optional.empty());
        Instant past = Instant.now().minusSeconds(3600);
        String expired = Jwts.builder()
                .header()
                .keyId(keys.signingKeyId())
                .and()
                .subject("admin")
                .issuer("dondoc")
                .audience()
                .add("dondoc-api")
                .and()
                .issuedAt(Date.from(past.minusSeconds(900)))
                .expiration(Date.from(past))
                .claim("tenant", "vinh-phuc")
                .claim("roles", List.of("ADMIN"))
                .signWith(keys.signingKey(), Jwts.SIG.ES256)
                .compact();
        assertThat(api.get(AGENCIES, expired).isProblem(401).object().getString("detail"))
                .contains("expired");
    }

    @Test
    void aTokenSignedWithAnotherKeyUnderOurKidIs401() throws Exception {
        String kid = kidOf(api.token("vinh-phuc", "admin"));
        KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
        generator.initialize(new ECGenParameterSpec("secp256r1"));
        PrivateKey foreign = generator.generateKeyPair().getPrivate();
        String forged = Jwts.builder()
                .header()
                .keyId(kid)
                .and()
                .subject("admin")
                .issuer("dondoc")
                .audience()
                .add("dondoc-api")
                .and()
                .expiration(Date.from(Instant.now().plusSeconds(600)))
                .claim("tenant", "vinh-phuc")
                .claim("roles", List.of("ADMIN"))
                .signWith(foreign, Jwts.SIG.ES256)
                .compact();
        api.get(AGENCIES, forged).isProblem(401);
    }

    @Test
    void anUnsignedAlgNoneTokenIs401() {
        String kid = kidOf(api.token("vinh-phuc", "admin"));
        String header = encode("{\"alg\":\"none\",\"kid\":\"" + kid + "\"}");
        String claims = encode("{\"sub\":\"admin\",\"iss\":\"dondoc\",\"aud\":\"dondoc-api\",\"tenant\":\"vinh-phuc\","
                + "\"roles\":[\"ADMIN\"],\"exp\":"
                + Instant.now().plusSeconds(600).getEpochSecond() + "}");
        api.get(AGENCIES, header + "." + claims + ".").isProblem(401);
        api.get(AGENCIES, header + "." + claims).isProblem(401);
    }

    @Test
    void anHs256TokenKeyedWithOurPublicKeyIs401() throws Exception {
        String kid = kidOf(api.token("vinh-phuc", "admin"));
        byte[] publicKey =
                java.nio.file.Files.readAllBytes(TestEnvironment.keysDir().resolve(kid + ".pub.pem"));
        String signingInput = encode("{\"alg\":\"HS256\",\"kid\":\"" + kid + "\"}") + "."
                + encode(
                        "{\"sub\":\"admin\",\"iss\":\"dondoc\",\"aud\":\"dondoc-api\",\"tenant\":\"vinh-phuc\",\"roles\":[\"ADMIN\"],"
                                + "\"exp\":" + Instant.now().plusSeconds(600).getEpochSecond() + "}");
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(publicKey, "HmacSHA256"));
        String signature = Base64.getUrlEncoder()
                .withoutPadding()
                .encodeToString(mac.doFinal(signingInput.getBytes(StandardCharsets.US_ASCII)));
        api.get(AGENCIES, signingInput + "." + signature).isProblem(401);
    }

    @Test
    void aTokenWhoseTenantClaimWasChangedIs401() {
        String genuine = api.token("dong-thap", "admin");
        String[] parts = genuine.split("\\.");
        String claims = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8)
                .replace("\"tenant\":\"dong-thap\"", "\"tenant\":\"vinh-phuc\"");
        assertThat(claims).contains("\"tenant\":\"vinh-phuc\"");
        api.get(AGENCIES, parts[0] + "." + encode(claims) + "." + parts[2]).isProblem(401);
        // Change a character inside the signature: its last character carries only padding bits.
        int at = genuine.length() - 10;
        char changed = genuine.charAt(at) == 'A' ? 'B' : 'A';
        api.get(AGENCIES, genuine.substring(0, at) + changed + genuine.substring(at + 1))
                .isProblem(401);
    }

    @Test
    void aMalformedBodyIs400AndAMissingFieldIsNamed() {
        api.post("api/v1/auth/token", null, "{\"tenant\": \"vinh-phuc\", ").isProblem(400);
        api.post("api/v1/auth/token", null, "[1, 2]").isProblem(400);
        String detail = api.post("api/v1/auth/token", null, "{\"tenant\":\"vinh-phuc\",\"username\":\"admin\"}")
                .isProblem(400)
                .object()
                .getString("detail");
        assertThat(detail).contains("password");
        api.send(api.request("api/v1/auth/token", null)
                        .header("Content-Type", "text/plain")
                        .POST(HttpRequest.BodyPublishers.ofString("admin:demo")))
                .isProblem(415);
    }

    @Test
    void aRoleThatMayNotAddAgenciesGets403() {
        String body = "{\"name\":\"Sở Thử quyền\",\"kind\":\"DEPARTMENT\"}";
        api.post(AGENCIES, api.token("vinh-phuc", "secretariat"), body).isProblem(403);
        api.post(AGENCIES, api.token("vinh-phuc", "leader"), body).isProblem(403);
        api.get("api/v1/audit", api.token("vinh-phuc", "so-tu-phap")).isProblem(403);
    }

    private static String kidOf(String token) {
        return decode(token.split("\\.")[0]).getString("kid");
    }

    private static JsonObject decode(String part) {
        String json = new String(Base64.getUrlDecoder().decode(part), StandardCharsets.UTF_8);
        try (var reader = Json.createReader(new StringReader(json))) {
            return reader.readObject();
        }
    }

    private static String encode(String json) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }
}
