package vn.dondoc.benchmarks.burst;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * The timed part: {@code concurrency} clients share out the submissions and each carries one
 * through the officer's four requests (read the pre-filled report, save it, attach the file,
 * submit), against one stack. Nothing is retried: a request that fails loses its submission.
 */
final class Burst {

    enum Step {
        READ,
        SAVE,
        ATTACH,
        SUBMIT
    }

    record Failure(String agency, long obligation, Step step, String what) {}

    record Result(
            Stack stack,
            int concurrency,
            int attempted,
            int submitted,
            long nanos,
            List<Failure> failures,
            Map<Step, List<Long>> latencies,
            Map<Long, Integer> entries) {

        double perSecond() {
            return submitted / (nanos / 1e9);
        }
    }

    private final Http http;

    Burst(Http http) {
        this.http = http;
    }

    /** {@code tokens}: each agency's officer, signed in beforehand so no sign-in is timed. */
    Result run(Stack stack, List<Submission> submissions, Map<String, String> tokens, int concurrency)
            throws InterruptedException {
        List<Failure> failures = Collections.synchronizedList(new ArrayList<>());
        Map<Step, List<Long>> latencies = new EnumMap<>(Step.class);
        for (Step step : Step.values()) {
            latencies.put(step, Collections.synchronizedList(new ArrayList<>()));
        }
        Map<Long, Integer> entries = new ConcurrentHashMap<>();
        ExecutorService clients = Executors.newFixedThreadPool(concurrency);
        long start = System.nanoTime();
        List<java.util.concurrent.Future<Boolean>> outcomes = new ArrayList<>();
        for (Submission submission : submissions) {
            outcomes.add(clients.submit(
                    () -> submit(stack, submission, tokens.get(submission.agency()), failures, latencies, entries)));
        }
        int submitted = 0;
        for (var outcome : outcomes) {
            try {
                submitted += outcome.get() ? 1 : 0;
            } catch (java.util.concurrent.ExecutionException e) {
                failures.add(new Failure("?", 0, Step.READ, String.valueOf(e.getCause())));
            }
        }
        long nanos = System.nanoTime() - start;
        clients.shutdown();
        clients.awaitTermination(1, TimeUnit.MINUTES);
        return new Result(stack, concurrency, submissions.size(), submitted, nanos, failures, latencies, entries);
    }

    private boolean submit(
            Stack stack,
            Submission submission,
            String token,
            List<Failure> failures,
            Map<Step, List<Long>> latencies,
            Map<Long, Integer> entries) {
        String report = stack.report(submission.obligationId());
        Step step = Step.READ;
        try {
            long t = System.nanoTime();
            Http.Answer read = http.send(http.request(report, token).GET().build());
            if (!ok(read, 200, submission, step, failures)) {
                return false;
            }
            latencies.get(step).add(System.nanoTime() - t);
            List<Long> items = read.object().getJsonArray("entries").stream()
                    .map(JsonValue::asJsonObject)
                    .map(e -> e.getJsonNumber("itemId").longValue())
                    .toList();
            entries.put(submission.obligationId(), items.size());

            step = Step.SAVE;
            t = System.nanoTime();
            HttpRequest.Builder save = http.request(report, token)
                    .header("Content-Type", "application/json")
                    .PUT(HttpRequest.BodyPublishers.ofString(
                            body(submission.agency(), items).toString(), StandardCharsets.UTF_8));
            read.etag().ifPresent(etag -> save.header("If-Match", etag));
            if (!ok(http.send(save.build()), 200, submission, step, failures)) {
                return false;
            }
            latencies.get(step).add(System.nanoTime() - t);

            step = Step.ATTACH;
            t = System.nanoTime();
            Http.Answer attached = http.send(http.request(report + "/attachments?name=bao-cao.pdf", token)
                    .header("Content-Type", "application/octet-stream")
                    .POST(HttpRequest.BodyPublishers.ofByteArray(submission.file()))
                    .build());
            if (!ok(attached, 201, submission, step, failures)) {
                return false;
            }
            latencies.get(step).add(System.nanoTime() - t);

            step = Step.SUBMIT;
            t = System.nanoTime();
            Http.Answer submitted = http.send(http.request(report + "/submit", token)
                    .header("Idempotency-Key", UUID.randomUUID().toString())
                    .POST(HttpRequest.BodyPublishers.noBody())
                    .build());
            if (!ok(submitted, 200, submission, step, failures)) {
                return false;
            }
            latencies.get(step).add(System.nanoTime() - t);
            return true;
        } catch (Exception e) {
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
            failures.add(new Failure(submission.agency(), submission.obligationId(), step, e.toString()));
            return false;
        }
    }

    private static boolean ok(
            Http.Answer answer, int expected, Submission submission, Step step, List<Failure> failures) {
        if (answer.status() == expected) {
            return true;
        }
        failures.add(new Failure(
                submission.agency(),
                submission.obligationId(),
                step,
                answer.status() + " " + Http.abbreviate(answer.body())));
        return false;
    }

    /** What an officer writes: a summary, and per item a narrative and one figure. */
    static JsonObject body(String agency, List<Long> items) {
        JsonArrayBuilder entries = Json.createArrayBuilder();
        for (long item : items) {
            entries.add(Json.createObjectBuilder()
                    .add("itemId", item)
                    .add(
                            "narrative",
                            "Đã quán triệt, triển khai nhiệm vụ tại " + agency
                                    + "; tổ chức tuyên truyền, phổ biến và kiểm tra việc thực hiện trong kỳ báo cáo.")
                    .add("completed", false)
                    .add("completedOn", JsonValue.NULL)
                    .add(
                            "figures",
                            Json.createArrayBuilder()
                                    .add(Json.createObjectBuilder()
                                            .add("name", "Số vụ việc")
                                            .add("numerator", 120)
                                            .add("denominator", 150)
                                            .add("target", JsonValue.NULL)
                                            .add("unit", "vụ"))));
        }
        return Json.createObjectBuilder()
                .add(
                        "summary",
                        "Báo cáo kết quả thực hiện Chỉ thị số 46-CT/TU trong kỳ của " + agency
                                + ": các nhiệm vụ được giao đều đã triển khai, một số đang tiếp tục thực hiện.")
                .add("entries", entries)
                .build();
    }
}
