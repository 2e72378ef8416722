package vn.dondoc.ear;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.dondoc.testing.TestDatabase;

/**
 * Smoke test of the EAR on a full Payara Server (Payara Micro cannot deploy an EAR;
 * docs/decisions.md): a domain of its own is created, started with the database in its
 * environment, the EAR deployed at {@code /}, and the API asked for readiness, a token and the
 * directory. Then everything is stopped and removed.
 */
class EarOnPayaraServerIT {

    /** Payara Server's default ports are this base plus fixed offsets (admin +48, HTTP +80…). */
    private static final int PORTS_PER_DOMAIN = 100;

    private static final String DOMAIN = "dondoc-smoke";
    private static int portBase;
    private static URI base;

    private static TestDatabase database;
    private static Path asadmin;
    private static Path domains;
    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    @BeforeAll
    static void startServerAndDeploy() throws Exception {
        Path work = Path.of(System.getProperty("dondoc.test.work", "target/smoke-work"))
                .toAbsolutePath();
        Files.createDirectories(work);
        asadmin = Path.of(System.getProperty("payara.home"), "bin", "asadmin");
        domains = work.resolve("domains");
        portBase = freePortBase();
        base = URI.create("http://localhost:" + (portBase + 80) + "/");
        database = TestDatabase.start(work);
        Map<String, String> environment = Map.of(
                "DONDOC_DB_URL", database.url(),
                "DONDOC_DB_USER", database.user(),
                "DONDOC_DB_PASSWORD", database.password(),
                "DONDOC_DEMO", "true",
                "DONDOC_TENANTS_DIR", System.getProperty("dondoc.tenants.dir"),
                "DONDOC_JWT_KEYS_DIR", work.resolve("keys").toString());
        asadmin(Map.of(), "delete-domain", "--domaindir", domains.toString(), DOMAIN);
        mustSucceed(asadmin(
                Map.of(),
                "create-domain",
                "--nopassword=true",
                "--portbase",
                String.valueOf(portBase),
                "--domaindir",
                domains.toString(),
                DOMAIN));
        mustSucceed(asadmin(environment, "start-domain", "--domaindir", domains.toString(), DOMAIN));
        mustSucceed(asadmin(
                Map.of(),
                "--port",
                String.valueOf(portBase + 48),
                "deploy",
                "--contextroot",
                "/",
                "--name",
                "dondoc",
                System.getProperty("dondoc.ear")));
    }

    @AfterAll
    static void stopAndRemove() throws Exception {
        if (asadmin != null) {
            asadmin(Map.of(), "--port", String.valueOf(portBase + 48), "undeploy", "dondoc");
            asadmin(Map.of(), "stop-domain", "--domaindir", domains.toString(), DOMAIN);
            asadmin(Map.of(), "delete-domain", "--domaindir", domains.toString(), DOMAIN);
        }
        if (database != null) {
            database.stop();
        }
    }

    @Test
    void theEarServesReadinessSignInAndTheDirectory() throws Exception {
        HttpResponse<String> ready = get("health/ready", null);
        assertThat(ready.statusCode()).as(ready.body()).isEqualTo(200);
        assertThat(ready.body()).contains("\"database\"");

        HttpResponse<String> token = HTTP.send(
                HttpRequest.newBuilder(base.resolve("api/v1/auth/token"))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(
                                "{\"tenant\":\"vinh-phuc\",\"username\":\"secretariat\",\"password\":\"demo\"}"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(token.statusCode()).as(token.body()).isEqualTo(200);
        String accessToken = token.body().replaceAll(".*\"accessToken\":\"([^\"]+)\".*", "$1");

        HttpResponse<String> agencies = get("api/v1/agencies", accessToken);
        assertThat(agencies.statusCode()).isEqualTo(200);
        assertThat(agencies.body()).contains("\"code\":\"so-tu-phap\"", "Sở Tư pháp");
        assertThat(get("api/v1/agencies", null).statusCode()).isEqualTo(401);

        // The web UI: Faces and PrimeFaces (in the EAR's lib/) render the sign-in page.
        HttpResponse<String> signIn = get("dang-nhap.xhtml", null);
        assertThat(signIn.statusCode()).as(signIn.body()).isEqualTo(200);
        assertThat(signIn.body()).contains("Đăng nhập vào Đôn Đốc", "jakarta.faces.ViewState", "primefaces");
    }

    private static HttpResponse<String> get(String path, String token) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(30));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return HTTP.send(request.GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    /**
     * A port base whose hundred ports are all free now, so that the smoke test never collides with
     * another server on this machine (another checkout's smoke test, a developer's domain).
     */
    private static int freePortBase() {
        for (int attempt = 0; attempt < 50; attempt++) {
            // Below Linux's ephemeral range (32768 and up), where client sockets come and go.
            int candidate =
                    20000 + PORTS_PER_DOMAIN * ThreadLocalRandom.current().nextInt(120);
            if (allFree(candidate)) {
                return candidate;
            }
        }
        throw new IllegalStateException("No free range of " + PORTS_PER_DOMAIN + " ports between 20000 and 32000");
    }

    private static boolean allFree(int from) {
        for (int port = from; port < from + PORTS_PER_DOMAIN; port++) {
            try (ServerSocket ignored = new ServerSocket(port)) {
                // free
            } catch (IOException e) {
                return false;
            }
        }
        return true;
    }

    private record Outcome(int exitCode, String output) {}

    private static Outcome asadmin(Map<String, String> environment, String... arguments)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(asadmin.toString()));
        command.addAll(List.of(arguments));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().putAll(environment);
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes());
        if (!process.waitFor(5, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            return new Outcome(-1, output + "\n(timed out)");
        }
        return new Outcome(process.exitValue(), String.join(" ", arguments) + ": " + output);
    }

    private static void mustSucceed(Outcome outcome) {
        assertThat(outcome.exitCode()).as(outcome.output()).isZero();
    }
}
