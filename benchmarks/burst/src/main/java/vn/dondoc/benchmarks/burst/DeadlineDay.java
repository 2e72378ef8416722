package vn.dondoc.benchmarks.burst;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Sets a deadline day up through the product's API, untimed: the secretariat imports fresh copies
 * of the plan (each under a number of its own, so each is a new document whose obligations are
 * all still pending), and every reporting agency's officer finds its obligation for the period.
 */
final class DeadlineDay {

    private static final Pattern NUMBER = Pattern.compile("(Số:\\s*)(\\d+)(/KH-)");

    private final Http http;
    private final Tokens tokens;
    private final String plan;
    private final String period;
    private final int fileSize;
    private int nextNumber;

    DeadlineDay(Http http, Tokens tokens, String plan, String period, int fileSize, int firstNumber) {
        if (!NUMBER.matcher(plan).find()) {
            throw new IllegalArgumentException("the plan has no 'Số: <n>/KH-…' line to renumber");
        }
        this.http = http;
        this.tokens = tokens;
        this.plan = plan;
        this.period = period;
        this.fileSize = fileSize;
        this.nextNumber = firstNumber;
    }

    /** The submissions of {@code plans} freshly imported documents, document by document. */
    List<Submission> prepare(int plans) throws IOException, InterruptedException {
        List<Submission> submissions = new ArrayList<>();
        for (int i = 0; i < plans; i++) {
            int number = nextNumber++;
            long document = importCopy(number);
            for (String agency : reportingAgencies(document)) {
                long obligation = obligationOf(agency, document);
                byte[] file = SamplePdf.of(
                        "Bao cao " + period + " - " + agency + " - Ke hoach " + number, fileSize, obligation);
                submissions.add(Submission.of(agency, document, obligation, file));
            }
        }
        return submissions;
    }

    private long importCopy(int number) throws IOException, InterruptedException {
        Matcher matcher = NUMBER.matcher(plan);
        String copy = matcher.replaceFirst("$1" + number + "$3");
        return http.expect(
                        201,
                        http.request("/api/v1/documents/import", tokens.of("secretariat"))
                                .header("Content-Type", "text/plain; charset=UTF-8")
                                .POST(HttpRequest.BodyPublishers.ofString(copy, StandardCharsets.UTF_8))
                                .build())
                .object()
                .getJsonNumber("id")
                .longValue();
    }

    /** Every agency owing the document a report for the period, as the secretariat sees them. */
    private TreeSet<String> reportingAgencies(long document) throws IOException, InterruptedException {
        TreeSet<String> agencies = new TreeSet<>();
        int size = 200;
        for (int page = 0; ; page++) {
            JsonArray obligations = http.expect(
                            200,
                            http.request(
                                            "/api/v1/obligations?document=" + document + "&size=" + size + "&page="
                                                    + page,
                                            tokens.of("secretariat"))
                                    .GET()
                                    .build())
                    .array();
            for (JsonValue value : obligations) {
                JsonObject obligation = value.asJsonObject();
                if (isThePeriodsReport(obligation)) {
                    agencies.add(obligation.getString("agencyCode"));
                }
            }
            if (obligations.size() < size) {
                return agencies;
            }
        }
    }

    /** The agency's own view: the officer signs in and picks its report for the period. */
    private long obligationOf(String agency, long document) throws IOException, InterruptedException {
        JsonArray obligations = http.expect(
                        200,
                        http.request(
                                        "/api/v1/obligations?document=" + document + "&agency="
                                                + URLEncoder.encode(agency, StandardCharsets.UTF_8) + "&size=200",
                                        tokens.of(agency))
                                .GET()
                                .build())
                .array();
        return obligations.stream()
                .map(JsonValue::asJsonObject)
                .filter(this::isThePeriodsReport)
                .filter(o -> o.getString("agencyCode").equals(agency))
                .mapToLong(o -> o.getJsonNumber("id").longValue())
                .findFirst()
                .orElseThrow(() -> new IllegalStateException(agency + " sees no " + period + " report of " + document));
    }

    private boolean isThePeriodsReport(JsonObject obligation) {
        return "PERIODIC".equals(obligation.getString("kind", null))
                && !obligation.isNull("periodLabel")
                && period.equals(obligation.getString("periodLabel"))
                && "PENDING".equals(obligation.getString("status", null));
    }
}
