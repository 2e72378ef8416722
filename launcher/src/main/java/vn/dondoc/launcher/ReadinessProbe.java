package vn.dondoc.launcher;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.function.BooleanSupplier;

/**
 * Polls the health endpoint until the application's own readiness check answers UP, the server
 * dies, the deployment fails, or time runs out. Payara Micro answers {@code /health/ready} with
 * 200 even when the application failed to deploy (no checks at all): only a body that names the
 * application's {@code database} check counts as ready.
 */
final class ReadinessProbe {

    enum Outcome {
        READY,
        EXITED,
        DEPLOY_FAILED,
        TIMED_OUT
    }

    static final String APPLICATION_CHECK = "\"database\"";

    private static final Duration INTERVAL = Duration.ofMillis(500);

    private final HttpClient client =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
    private final URI uri;

    ReadinessProbe(URI uri) {
        this.uri = uri;
    }

    Outcome await(Duration timeout, BooleanSupplier serverAlive, BooleanSupplier deployFailed, Runnable everyFewSeconds)
            throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        long nextTick = System.nanoTime() + Duration.ofSeconds(3).toNanos();
        while (System.nanoTime() < deadline) {
            if (answersOk()) {
                return Outcome.READY;
            }
            if (!serverAlive.getAsBoolean()) {
                return Outcome.EXITED;
            }
            if (deployFailed.getAsBoolean()) {
                return Outcome.DEPLOY_FAILED;
            }
            if (System.nanoTime() >= nextTick) {
                everyFewSeconds.run();
                nextTick += Duration.ofSeconds(3).toNanos();
            }
            Thread.sleep(INTERVAL.toMillis());
        }
        return Outcome.TIMED_OUT;
    }

    boolean answersOk() throws InterruptedException {
        HttpRequest request =
                HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(2)).GET().build();
        try {
            HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
            return response.statusCode() == 200 && response.body().contains(APPLICATION_CHECK);
        } catch (IOException e) {
            return false;
        }
    }
}
