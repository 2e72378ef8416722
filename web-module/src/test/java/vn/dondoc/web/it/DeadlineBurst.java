package vn.dondoc.web.it;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A deadline day's burst of report submissions, sent as a careful client would send them: every
 * agency's officer reads its pre-filled report, saves it, attaches its file and submits it with an
 * {@code Idempotency-Key}; a request that fails (no answer, a timeout, a 5xx) is sent again after
 * a pause, the submit with the same key. An attachment is sent again only if the report, read
 * back, does not have it yet (attaching is not idempotent). Each submission is carried on until it
 * is acknowledged or its patience runs out. Everything is counted: requests sent, retries,
 * submissions acknowledged (a 2xx to the submit).
 */
final class DeadlineBurst {

    private static final Pattern NUMBER = Pattern.compile("(Số:\\s*)(\\d+)(/KH-)");
    private static final String TENANT = "vinh-phuc";
    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(20);

    /** One agency's report, due on the day, and the key its submit carries on every attempt. */
    record Submission(String agency, long obligation, byte[] file, String sha256, String key) {}

    /** What became of one submission. {@code acknowledgedAt} is null if it never was. */
    record Outcome(Submission submission, Instant acknowledgedAt, int entries, String problem) {
        boolean acknowledged() {
            return acknowledgedAt != null;
        }
    }

    record Result(
            List<Outcome> outcomes,
            int requestsSent,
            int submitsSent,
            int retries,
            int attachmentsFoundOnRetry,
            Map<String, Integer> retryReasons,
            Duration slowestRequest,
            Duration took) {

        long acknowledged() {
            return outcomes.stream().filter(Outcome::acknowledged).count();
        }

        List<Outcome> unacknowledged() {
            return outcomes.stream().filter(o -> !o.acknowledged()).toList();
        }
    }

    /** A request that did not get the answer expected, after which it is sent again. */
    private static final class Retry extends Exception {
        Retry(String what) {
            super(what, null, false, false);
        }
    }

    private final URI base;
    private final String period;
    private final Duration patience;
    private final HttpClient client = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();
    private final Map<String, String> tokens = new ConcurrentHashMap<>();
    private final AtomicInteger requestsSent = new AtomicInteger();
    private final AtomicInteger submitsSent = new AtomicInteger();
    private final AtomicInteger retries = new AtomicInteger();
    private final AtomicInteger attachmentsFoundOnRetry = new AtomicInteger();
    private final AtomicInteger acknowledged = new AtomicInteger();
    private final AtomicLong slowestRequest = new AtomicLong();
    /** Why requests were sent again: "PUT 500", "POST ConnectException"… */
    private final Map<String, Integer> retryReasons = new ConcurrentHashMap<>();

    /** @param patience how long one submission is carried on before the client gives it up */
    DeadlineBurst(URI base, String period, Duration patience) {
        this.base = base;
        this.period = period;
        this.patience = patience;
    }

    /** Submissions acknowledged so far: the trigger for a kill in the middle of the burst. */
    int acknowledgedSoFar() {
        return acknowledged.get();
    }

    /**
     * The day's submissions, set up through the API while the database is up: {@code plans} fresh
     * copies of Kế hoạch 204 (each under a number of its own, so each is a new document whose
     * obligations are all pending), every reporting agency's officer signed in.
     */
    List<Submission> prepare(int plans) throws IOException, InterruptedException {
        String plan = plan();
        String secretariat = signIn("secretariat");
        List<Submission> submissions = new ArrayList<>();
        int first = 9000 + ThreadLocalRandom.current().nextInt(90_000);
        for (int i = 0; i < plans; i++) {
            int number = first + i;
            String copy = NUMBER.matcher(plan).replaceFirst("$1" + number + "$3");
            long document = setUp(
                            201,
                            request("api/v1/documents/import", secretariat)
                                    .header("Content-Type", "text/plain; charset=UTF-8")
                                    .POST(HttpRequest.BodyPublishers.ofString(copy, StandardCharsets.UTF_8)))
                    .getJsonNumber("id")
                    .longValue();
            for (Map.Entry<Long, String> due : dueReports(document, secretariat).entrySet()) {
                byte[] file = pdf(period + " " + due.getValue() + " " + due.getKey());
                submissions.add(new Submission(
                        due.getValue(),
                        due.getKey(),
                        file,
                        sha256(file),
                        UUID.randomUUID().toString()));
            }
        }
        for (Submission s : submissions) {
            tokens.computeIfAbsent(s.agency(), agency -> {
                try {
                    return signIn(agency);
                } catch (IOException | InterruptedException e) {
                    throw new IllegalStateException("sign-in of " + agency + ": " + e, e);
                }
            });
        }
        return submissions;
    }

    /** Fires the submissions, {@code concurrency} officers at a time, and waits for all of them. */
    Result run(List<Submission> submissions, int concurrency) throws InterruptedException {
        Instant start = Instant.now();
        ExecutorService officers = Executors.newFixedThreadPool(concurrency);
        List<Future<Outcome>> pending = new ArrayList<>();
        for (Submission submission : submissions) {
            pending.add(officers.submit(() -> carry(submission)));
        }
        List<Outcome> outcomes = new ArrayList<>();
        for (int i = 0; i < pending.size(); i++) {
            try {
                outcomes.add(pending.get(i).get());
            } catch (java.util.concurrent.ExecutionException e) {
                outcomes.add(new Outcome(submissions.get(i), null, 0, String.valueOf(e.getCause())));
            }
        }
        officers.shutdown();
        return new Result(
                Collections.unmodifiableList(outcomes),
                requestsSent.get(),
                submitsSent.get(),
                retries.get(),
                attachmentsFoundOnRetry.get(),
                new TreeMap<>(retryReasons),
                Duration.ofMillis(slowestRequest.get()),
                Duration.between(start, Instant.now()));
    }

    /** One officer's four steps, each repeated until it holds or the submission's patience is spent. */
    private Outcome carry(Submission s) throws InterruptedException {
        Instant giveUp = Instant.now().plus(patience);
        String report = "api/v1/obligations/" + s.obligation() + "/report";
        String lastProblem = null;
        int attempt = 0;
        int entries = 0;
        boolean saved = false;
        boolean attached = false;
        while (Instant.now().isBefore(giveUp)) {
            try {
                if (!saved) {
                    List<Long> items =
                            expect(200, request(report, token(s.agency())).GET()).getJsonArray("entries").stream()
                                    .map(e -> e.asJsonObject()
                                            .getJsonNumber("itemId")
                                            .longValue())
                                    .toList();
                    expect(
                            200,
                            request(report, token(s.agency()))
                                    .header("Content-Type", "application/json")
                                    .PUT(HttpRequest.BodyPublishers.ofString(
                                            body(s.agency(), items), StandardCharsets.UTF_8)));
                    entries = items.size();
                    saved = true;
                }
                if (!attached) {
                    if (attempt > 0 && hasFile(report, s)) {
                        attachmentsFoundOnRetry.incrementAndGet();
                    } else {
                        expect(
                                201,
                                request(report + "/attachments?name=bao-cao.pdf", token(s.agency()))
                                        .header("Content-Type", "application/octet-stream")
                                        .POST(HttpRequest.BodyPublishers.ofByteArray(s.file())));
                    }
                    attached = true;
                }
                submitsSent.incrementAndGet();
                expect(
                        200,
                        request(report + "/submit", token(s.agency()))
                                .header("Idempotency-Key", s.key())
                                .POST(HttpRequest.BodyPublishers.noBody()));
                acknowledged.incrementAndGet();
                return new Outcome(s, Instant.now(), entries, null);
            } catch (Retry | IOException e) {
                lastProblem = e.getMessage() == null ? e.toString() : e.getMessage();
                retryReasons.merge(
                        e instanceof Retry
                                ? lastProblem.replaceAll("^(\\S+) \\S*/(\\w+) answered (\\d+).*", "$1 $2 $3")
                                : e.getClass().getSimpleName(),
                        1,
                        Integer::sum);
                attempt++;
                retries.incrementAndGet();
                Thread.sleep(Math.min(2000, 100L << Math.min(attempt, 5))
                        + ThreadLocalRandom.current().nextInt(100));
            } catch (IllegalStateException e) { // an answer no retry can change
                return new Outcome(s, null, entries, e.getMessage());
            }
        }
        return new Outcome(s, null, entries, "gave up after " + patience + ": " + lastProblem);
    }

    private boolean hasFile(String report, Submission s) throws Retry, IOException, InterruptedException {
        return expect(200, request(report, token(s.agency())).GET()).getJsonArray("attachments").stream()
                .map(JsonValue::asJsonObject)
                .anyMatch(a -> s.sha256().equals(a.getString("sha256", "")));
    }

    /**
     * Sends and insists on {@code expected}. No answer, a timeout, a 5xx or a 401 (a token to renew)
     * are worth another try ({@link Retry}, {@link IOException}); any other answer is final.
     */
    private JsonObject expect(int expected, HttpRequest.Builder request)
            throws Retry, IOException, InterruptedException {
        HttpRequest built = request.build();
        requestsSent.incrementAndGet();
        long sent = System.nanoTime();
        HttpResponse<String> answer;
        try {
            answer = client.send(built, HttpResponse.BodyHandlers.ofString());
        } finally {
            slowestRequest.accumulateAndGet((System.nanoTime() - sent) / 1_000_000, Math::max);
        }
        if (answer.statusCode() == expected) {
            String body = answer.body();
            if (body == null || body.isBlank() || !body.strip().startsWith("{")) {
                return JsonValue.EMPTY_JSON_OBJECT;
            }
            try (var reader = Json.createReader(new StringReader(body))) {
                return reader.readObject();
            }
        }
        String what = built.method() + " " + built.uri().getPath() + " answered " + answer.statusCode() + ": "
                + abbreviate(answer.body());
        if (answer.statusCode() == 401) {
            tokens.clear();
            throw new Retry(what);
        }
        if (answer.statusCode() >= 500) {
            throw new Retry(what);
        }
        throw new IllegalStateException(what);
    }

    /** A setup step, while the database is up: any failure is final. */
    private JsonObject setUp(int expected, HttpRequest.Builder request) throws IOException, InterruptedException {
        try {
            return expect(expected, request);
        } catch (Retry e) {
            throw new IllegalStateException(e.getMessage());
        }
    }

    private HttpRequest.Builder request(String path, String token) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(base.resolve(path)).timeout(REQUEST_TIMEOUT);
        if (token != null) {
            builder.header("Authorization", "Bearer " + token);
        }
        return builder;
    }

    private String token(String username) throws Retry, IOException, InterruptedException {
        String token = tokens.get(username);
        if (token == null) {
            token = signInOnce(username);
            tokens.put(username, token);
        }
        return token;
    }

    private String signIn(String username) throws IOException, InterruptedException {
        try {
            return signInOnce(username);
        } catch (Retry e) {
            throw new IllegalStateException(e.getMessage());
        }
    }

    private String signInOnce(String username) throws Retry, IOException, InterruptedException {
        String body = Json.createObjectBuilder()
                .add("tenant", TENANT)
                .add("username", username)
                .add("password", Api.PASSWORD)
                .build()
                .toString();
        return expect(
                        200,
                        request("api/v1/auth/token", null)
                                .header("Content-Type", "application/json")
                                .POST(HttpRequest.BodyPublishers.ofString(body)))
                .getString("accessToken");
    }

    /** Agency code by obligation id: every agency owing {@code document} a report for the period. */
    private Map<Long, String> dueReports(long document, String secretariat) throws IOException, InterruptedException {
        Map<Long, String> due = new TreeMap<>();
        int size = 200;
        for (int page = 0; ; page++) {
            HttpResponse<String> answer = client.send(
                    request("api/v1/obligations?document=" + document + "&size=" + size + "&page=" + page, secretariat)
                            .GET()
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            if (answer.statusCode() != 200) {
                throw new IllegalStateException("obligations of " + document + ": " + answer.statusCode());
            }
            JsonArray obligations;
            try (var reader = Json.createReader(new StringReader(answer.body()))) {
                obligations = reader.readArray();
            }
            for (JsonObject o : obligations.getValuesAs(JsonObject.class)) {
                if ("PERIODIC".equals(o.getString("kind", null))
                        && !o.isNull("periodLabel")
                        && period.equals(o.getString("periodLabel"))
                        && "PENDING".equals(o.getString("status", null))) {
                    due.put(o.getJsonNumber("id").longValue(), o.getString("agencyCode"));
                }
            }
            if (obligations.size() < size) {
                return due;
            }
        }
    }

    /** What an officer writes: a summary, and per item a narrative and one figure. */
    private static String body(String agency, List<Long> items) {
        JsonArrayBuilder entries = Json.createArrayBuilder();
        for (long item : items) {
            entries.add(Json.createObjectBuilder()
                    .add("itemId", item)
                    .add("narrative", "Đã triển khai nhiệm vụ tại " + agency + " trong kỳ báo cáo.")
                    .add("completed", false)
                    .add(
                            "figures",
                            Json.createArrayBuilder()
                                    .add(Json.createObjectBuilder()
                                            .add("name", "Số vụ việc")
                                            .add("numerator", 120)
                                            .add("denominator", 150)
                                            .add("unit", "vụ"))));
        }
        return Json.createObjectBuilder()
                .add("summary", "Báo cáo kết quả thực hiện của " + agency + " trong kỳ.")
                .add("entries", entries)
                .build()
                .toString();
    }

    /** A small PDF whose bytes differ per submission, so each stored file can be told apart. */
    private static byte[] pdf(String title) {
        return ("%PDF-1.4\n% " + title + "\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n")
                .getBytes(StandardCharsets.UTF_8);
    }

    private static String plan() throws IOException {
        try (InputStream in = DeadlineBurst.class.getResourceAsStream("/plans/kh-204-vinh-phuc.txt")) {
            String plan = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            Matcher matcher = NUMBER.matcher(plan);
            if (!matcher.find()) {
                throw new IllegalStateException("the plan has no 'Số: <n>/KH-…' line to renumber");
            }
            return plan;
        }
    }

    static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String abbreviate(String text) {
        String flat = text == null ? "" : text.replaceAll("\\s+", " ");
        return flat.length() > 200 ? flat.substring(0, 200) + "…" : flat;
    }
}
