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
 * directory. Then everything is stopped and removed. Every port the domain opens is chosen free
 * at run time (never Payara's 8080/4848 family, nor a fixed base such as 18000), and its
 * temporary files stay under {@code target/}.
 */
class EarOnPayaraServerIT {

    /**
     * Payara Server's ports are a base plus fixed offsets (debugger +9, IIOP +37 to +39, admin +48,
     * OSGi shell +66, JMS +76, HTTP +80, HTTPS +81, JMX +86); the smoke test adds the grid's.
     */
    private static final int PORTS_PER_DOMAIN = 100;

    private static final int ADMIN_OFFSET = 48;
    private static final int HTTP_OFFSET = 80;
    private static final int GRID_DAS_OFFSET = 90;
    private static final int GRID_OFFSET = 95;
    private static final int START_ATTEMPTS = 3;

    private static final String DOMAIN = "dondoc-smoke";
    private static int portBase;
    private static URI base;

    private static TestDatabase database;
    private static Path asadmin;
    private static Path domains;
    private static Path tmp;
    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    @BeforeAll
    static void startServerAndDeploy() throws Exception {
        Path work = Path.of(System.getProperty("dondoc.test.work", "target/smoke-work"))
                .toAbsolutePath();
        Files.createDirectories(work);
        tmp = work.resolve("tmp");
        Files.createDirectories(tmp);
        asadmin = Path.of(System.getProperty("payara.home"), "bin", "asadmin");
        domains = work.resolve("domains");
        database = TestDatabase.start(work);
        Map<String, String> environment = Map.of(
                "DONDOC_DB_URL", database.url(),
                "DONDOC_DB_USER", database.user(),
                "DONDOC_DB_PASSWORD", database.password(),
                "DONDOC_DEMO", "true",
                "DONDOC_TENANTS_DIR", System.getProperty("dondoc.tenants.dir"),
                "DONDOC_JWT_KEYS_DIR", work.resolve("keys").toString());
        Outcome started = null;
        // Free now is not free later: another server may take a port between the check and the
        // start. Payara refuses a port in use, and then another base is tried.
        for (int attempt = 1; attempt <= START_ATTEMPTS; attempt++) {
            portBase = freePortBase();
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
            keepOwnPortsAndTemporaryFiles(
                    domains.resolve(DOMAIN).resolve("config").resolve("domain.xml"));
            started = asadmin(environment, "start-domain", "--domaindir", domains.toString(), DOMAIN);
            if (started.exitCode() == 0 || !started.output().contains("in use")) {
                break;
            }
        }
        mustSucceed(started);
        base = URI.create("http://localhost:" + (portBase + HTTP_OFFSET) + "/");
        mustSucceed(asadmin(
                Map.of(),
                "--port",
                String.valueOf(portBase + ADMIN_OFFSET),
                "deploy",
                "--contextroot",
                "/",
                "--name",
                "dondoc",
                System.getProperty("dondoc.ear")));
    }

    /**
     * What {@code --portbase} does not cover, in the new domain's configuration: the Domain Data
     * Grid's ports (Hazelcast, 4900 and 5900 by default, counting up when taken) move into the
     * checked range, and the server's temporary files go under {@code target/}, not {@code /tmp}.
     */
    private static void keepOwnPortsAndTemporaryFiles(Path domainXml) throws IOException {
        String config = Files.readString(domainXml);
        String changed = config.replaceFirst(
                        "(<hazelcast-runtime-configuration[^>]*?)start-port=\"\\d+\"",
                        "$1start-port=\"" + (portBase + GRID_OFFSET) + "\"")
                .replaceFirst(
                        "(<hazelcast-runtime-configuration[^>]*?)das-port=\"\\d+\"",
                        "$1das-port=\"" + (portBase + GRID_DAS_OFFSET) + "\"")
                // The first java-config is server-config's, the DAS that runs the smoke test.
                .replaceFirst(
                        "<jvm-options>-server</jvm-options>",
                        "<jvm-options>-server</jvm-options><jvm-options>-Djava.io.tmpdir=" + tmp + "</jvm-options>");
        assertThat(changed)
                .as("the domain's grid ports and temporary folder in " + domainXml)
                .contains("das-port=\"" + (portBase + GRID_DAS_OFFSET) + "\"", "-Djava.io.tmpdir=" + tmp);
        Files.writeString(domainXml, changed);
    }

    @AfterAll
    static void stopAndRemove() throws Exception {
        if (asadmin != null) {
            asadmin(Map.of(), "--port", String.valueOf(portBase + ADMIN_OFFSET), "undeploy", "dondoc");
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
        // asadmin's own JVM (bin/asadmin passes AS_EXTRA_JAVA_OPTS on): its temporary files under target/.
        builder.environment().put("AS_EXTRA_JAVA_OPTS", "-Djava.io.tmpdir=" + tmp);
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
