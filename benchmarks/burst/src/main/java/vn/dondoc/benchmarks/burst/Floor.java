package vn.dondoc.benchmarks.burst;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/** Requests per second of a one-row read through one stack, at the burst's concurrency. */
final class Floor {

    record Result(double perSecond, int failures) {}

    private final Http http;

    Floor(Http http) {
        this.http = http;
    }

    Result run(Stack stack, String agency, String token, int requests, int concurrency) throws InterruptedException {
        String path = stack.floor(agency);
        ExecutorService clients = Executors.newFixedThreadPool(concurrency);
        List<Future<Boolean>> outcomes = new ArrayList<>();
        long start = System.nanoTime();
        for (int i = 0; i < requests; i++) {
            outcomes.add(clients.submit(
                    () -> http.send(http.request(path, token).GET().build()).status() == 200));
        }
        int failures = 0;
        for (Future<Boolean> outcome : outcomes) {
            try {
                failures += outcome.get() ? 0 : 1;
            } catch (java.util.concurrent.ExecutionException e) {
                failures++;
            }
        }
        long nanos = System.nanoTime() - start;
        clients.shutdown();
        clients.awaitTermination(1, TimeUnit.MINUTES);
        return new Result((requests - failures) / (nanos / 1e9), failures);
    }
}
