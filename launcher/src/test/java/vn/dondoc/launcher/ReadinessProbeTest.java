package vn.dondoc.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ReadinessProbeTest {

    private HttpServer server;
    private final AtomicInteger calls = new AtomicInteger();

    @BeforeEach
    void serveReadyOnTheThirdCall() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/health/ready", exchange -> {
            int status = calls.incrementAndGet() >= 3 ? 200 : 503;
            byte[] body = "{\"status\":\"UP\",\"checks\":[{\"name\":\"database\",\"status\":\"UP\"}]}"
                    .getBytes(java.nio.charset.StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(status, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        // What Payara Micro answers when the application did not deploy: UP, but no checks of ours.
        server.createContext("/without-application", exchange -> {
            byte[] body = "{\"status\":\"UP\",\"checks\":[]}".getBytes(java.nio.charset.StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    @Test
    void waitsFor200() throws InterruptedException {
        assertEquals(
                ReadinessProbe.Outcome.READY,
                probe("/health/ready").await(Duration.ofSeconds(10), () -> true, () -> false, () -> {}));
        assertEquals(3, calls.get());
    }

    @Test
    void anUpAnswerWithoutTheApplicationsCheckIsNotReady() throws InterruptedException {
        assertEquals(
                ReadinessProbe.Outcome.TIMED_OUT,
                probe("/without-application").await(Duration.ofMillis(1200), () -> true, () -> false, () -> {}));
    }

    @Test
    void reportsAFailedDeployment() throws InterruptedException {
        assertEquals(
                ReadinessProbe.Outcome.DEPLOY_FAILED,
                probe("/without-application").await(Duration.ofSeconds(10), () -> true, () -> true, () -> {}));
    }

    @Test
    void reportsAServerThatDied() throws InterruptedException {
        assertEquals(
                ReadinessProbe.Outcome.EXITED,
                probe("/nothing").await(Duration.ofSeconds(10), () -> false, () -> false, () -> {}));
    }

    @Test
    void givesUpAfterTheTimeout() throws InterruptedException {
        assertEquals(
                ReadinessProbe.Outcome.TIMED_OUT,
                probe("/nothing").await(Duration.ofMillis(800), () -> true, () -> false, () -> {}));
    }

    private ReadinessProbe probe(String path) {
        return new ReadinessProbe(
                URI.create("http://127.0.0.1:" + server.getAddress().getPort() + path));
    }
}
