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
 * The product's WAR on a Payara Micro this test starts itself, outside Arquillian, on a free port:
 * for a class that must choose the product's options (another database) or start it more than
 * once. The log goes to the file the caller names, under {@code target/}.
 */
final class ProductServer implements AutoCloseable {

    private static final Duration STARTUP = Duration.ofMinutes(6); // seen past 3 with the machine loaded 8-fold
    private static final Duration SHUTDOWN = Duration.ofMinutes(1);

    private final Process process;
    private final int port;
    private final Path log;

    private ProductServer(Process process, int port, Path log) {
        this.process = process;
        this.port = port;
        this.log = log;
    }

    /** Starts the product with these JVM options and waits until it answers its readiness check. */
    static ProductServer start(List<String> options, Path log) throws IOException, InterruptedException {
        int port = freePort();
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(options);
        command.addAll(List.of(
                "-jar",
                required("payara.microJar"),
                "--deploy",
                required("dondoc.war"),
                "--contextroot",
                "/",
                "--port",
                String.valueOf(port),
                "--nocluster"));
        Files.createDirectories(log.getParent());
        Process process = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        ProductServer server = new ProductServer(process, port, log);
        try {
            server.awaitReadiness();
        } catch (RuntimeException | Error | InterruptedException e) {
            server.close();
            throw e;
        }
        return server;
    }

    URI base() {
        return URI.create("http://127.0.0.1:" + port + "/");
    }

    boolean isAlive() {
        return process.isAlive();
    }

    long pid() {
        return process.pid();
    }

    /** Ready means the application answers its own readiness check, i.e. it has started up. */
    private void awaitReadiness() throws InterruptedException {
        HttpClient http =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        HttpRequest ready = HttpRequest.newBuilder(base().resolve("/health/ready"))
                .timeout(Duration.ofSeconds(10))
                .build();
        Instant deadline = Instant.now().plus(STARTUP);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                fail("The product exited with " + process.exitValue() + " before it was ready; see " + log);
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
        fail("The product was not ready after " + STARTUP + "; see " + log);
    }

    /** Stops the server as an operator would (SIGTERM), forcibly if it does not go in a minute. */
    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(SHUTDOWN.toSeconds(), TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
        }
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
