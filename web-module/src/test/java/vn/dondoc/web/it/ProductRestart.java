package vn.dondoc.web.it;

import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Starts the product once more on this run's database, as a restarted server would, waits until
 * it is ready and stops it: a test class that checks what start-ups leave behind makes its own
 * second start-up rather than counting on other classes having run before it. The server runs the
 * same WAR with the same options as the Arquillian deployments, on a free port, beside the class's
 * own deployment; its log is kept in {@code target/it-work/restart.log}.
 */
final class ProductRestart {

    private static final Duration STARTUP = Duration.ofMinutes(6); // seen past 3 with the machine loaded 8-fold
    private static final Duration SHUTDOWN = Duration.ofMinutes(1);

    private ProductRestart() {}

    static void startAndStop() throws IOException, InterruptedException {
        int port = freePort();
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(TestEnvironment.productOptions());
        command.addAll(List.of(
                "-jar",
                required("payara.microJar"),
                "--deploy",
                required("dondoc.war"),
                "--port",
                String.valueOf(port),
                "--nocluster"));
        Path log = Path.of(System.getProperty("dondoc.test.work", "target/it-work"))
                .toAbsolutePath()
                .resolve("restart.log");
        Files.createDirectories(log.getParent());
        Process server = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        try {
            awaitReadiness(server, port, log);
        } finally {
            server.destroy();
            if (!server.waitFor(SHUTDOWN.toSeconds(), TimeUnit.SECONDS)) {
                server.destroyForcibly().waitFor();
            }
        }
    }

    /** Ready means the application answers its own readiness check, i.e. it has started up. */
    private static void awaitReadiness(Process server, int port, Path log) throws InterruptedException {
        HttpClient http =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        HttpRequest ready = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/health/ready"))
                .timeout(Duration.ofSeconds(10))
                .build();
        Instant deadline = Instant.now().plus(STARTUP);
        while (Instant.now().isBefore(deadline)) {
            if (!server.isAlive()) {
                fail("The restarted product exited with " + server.exitValue() + " before it was ready; see " + log);
            }
            try {
                HttpResponse<String> answer = http.send(ready, HttpResponse.BodyHandlers.ofString());
                if (answer.statusCode() == 200 && answer.body().contains("\"database\"")) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            }
            Thread.sleep(1000);
        }
        fail("The restarted product was not ready after " + STARTUP + "; see " + log);
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static String required(String property) {
        String value = System.getProperty(property);
        if (value == null) {
            throw new IllegalStateException(property + " is not set: run the integration tests with mvn verify.");
        }
        return value;
    }
}
