package vn.dondoc.benchmarks.province;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.flywaydb.core.Flyway;

/**
 * The province-scale data generator and the scorecard benchmark of issue 9; docs/bench/province.sh
 * runs it. Two commands:
 *
 * <ul>
 *   <li>{@code generate --db=… --migrations=<dir> [--first=1] [--tenants=34] [--full=1]
 *       [--small-documents=6] [--today=YYYY-MM-DD]}: migrates the database with the product's Flyway
 *       migrations, then writes tenants {@code tinh-NN} from number {@code first}: the first {@code
 *       full} of them at full size (60 documents), the others with {@code small-documents}.
 *   <li>{@code measure --db=… --server=http://… [--tenant=tinh-01] [--warmup=5] [--iterations=15]
 *       [--label=…] [--today=…] [--pdf=1]}: the scorecard of one tenant over HTTP, today and two years
 *       back, each against the bare SQL that computes the same numbers (the floor), alternating, after
 *       warm-up; checks that both give the same totals, then prints medians, spreads and ratios. With
 *       {@code pdf} (the default), also today's {@code scorecard.pdf} over HTTP against the product's
 *       {@code ScorecardPdf.write} in this JVM on the same content built once ({@link PdfFloor}), and
 *       the open overdue lines the PDF reads, over HTTP.
 * </ul>
 */
public final class ProvinceBench {

    private ProvinceBench() {}

    public static void main(String[] args) throws Exception {
        if (args.length == 0) {
            throw new IllegalArgumentException("generate or measure");
        }
        Map<String, String> o = options(Arrays.copyOfRange(args, 1, args.length));
        switch (args[0]) {
            case "generate" -> generate(o);
            case "measure" -> measure(o);
            default -> throw new IllegalArgumentException("generate or measure, not " + args[0]);
        }
    }

    private static Map<String, String> options(String[] args) {
        Map<String, String> o = new HashMap<>();
        for (String a : args) {
            if (!a.startsWith("--") || !a.contains("=")) {
                throw new IllegalArgumentException("--name=value, not " + a);
            }
            o.put(a.substring(2, a.indexOf('=')), a.substring(a.indexOf('=') + 1));
        }
        return o;
    }

    private static Connection connect(Map<String, String> o) throws SQLException {
        String url = o.get("db");
        url += (url.contains("?") ? "&" : "?") + "useBulkStmts=true&rewriteBatchedStatements=true";
        return DriverManager.getConnection(url, o.getOrDefault("db-user", "root"), o.getOrDefault("db-password", ""));
    }

    private static LocalDate today(Map<String, String> o) {
        return o.containsKey("today") ? LocalDate.parse(o.get("today")) : LocalDate.now(ZoneOffset.UTC);
    }

    // ---------------------------------------------------------------- generate

    static void generate(Map<String, String> o) throws Exception {
        int first = Integer.parseInt(o.getOrDefault("first", "1"));
        int tenants = Integer.parseInt(o.getOrDefault("tenants", "34"));
        int full = Integer.parseInt(o.getOrDefault("full", "1"));
        int small = Integer.parseInt(o.getOrDefault("small-documents", "6"));
        if (o.containsKey("migrations")) {
            Flyway.configure()
                    .dataSource(o.get("db"), o.getOrDefault("db-user", "root"), o.getOrDefault("db-password", ""))
                    .locations("filesystem:" + Path.of(o.get("migrations")).toAbsolutePath())
                    .failOnMissingLocations(true)
                    .load()
                    .migrate();
        }
        long started = System.nanoTime();
        Map<String, Long> totals = new LinkedHashMap<>();
        try (Connection c = connect(o)) {
            Generator g = new Generator(c, today(o));
            for (int n = first; n < first + tenants; n++) {
                int documents = n - first < full ? Generator.DOCUMENTS : small;
                String id = String.format("tinh-%02d", n);
                long t0 = System.nanoTime();
                g.tenant(id, String.format("Tỉnh thử nghiệm %02d", n), documents, 9_000L + n);
                long rows =
                        g.written.values().stream().mapToLong(Long::longValue).sum();
                System.out.printf(
                        "%s: %d documents, %,d rows in %.1f s %s%n",
                        id, documents, rows, (System.nanoTime() - t0) / 1e9, g.written);
                g.written.forEach((k, v) -> totals.merge(k, v, Long::sum));
            }
            try (Statement s = c.createStatement()) {
                c.setAutoCommit(true);
                s.execute("ANALYZE TABLE task_version, obligation, report, report_step, assignment, item");
            }
        }
        System.out.printf(
                "generated %d tenants, %,d rows in %.1f s: %s%n",
                tenants,
                totals.values().stream().mapToLong(Long::longValue).sum(),
                (System.nanoTime() - started) / 1e9,
                totals);
    }

    // ---------------------------------------------------------------- measure

    static void measure(Map<String, String> o) throws Exception {
        String server = o.get("server").replaceAll("/+$", "");
        String tenant = o.getOrDefault("tenant", "tinh-01");
        int warmup = Integer.parseInt(o.getOrDefault("warmup", "5"));
        int iterations = Integer.parseInt(o.getOrDefault("iterations", "15"));
        String label = o.getOrDefault("label", "");
        boolean pdf = !"0".equals(o.getOrDefault("pdf", "1"));
        LocalDate today = today(o);
        LocalDate past = today.minusYears(2);
        HttpClient http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10))
                .build();
        String token = signIn(http, server, tenant);
        try (Connection c = connect(o)) {
            Floor floor = new Floor(c, tenant);
            // Both give the same numbers, today and two years back.
            for (LocalDate day : List.of(today, past)) {
                long t0 = System.nanoTime();
                String body = get(http, server, token, day);
                System.out.printf(
                        "first scorecard as of %s since the server started: %.1f ms%n",
                        day, (System.nanoTime() - t0) / 1e6);
                JsonObject view = read(body);
                Floor.Result sql = floor.scorecard(day);
                check(view, sql, day);
            }
            Map<String, List<Double>> times = new LinkedHashMap<>();
            java.util.Random random = new java.util.Random(46L);
            for (String k : List.of(
                    "http today changed",
                    "http today all moved",
                    "http today",
                    "sql today",
                    "sql lines today",
                    "http asOf-2y",
                    "sql asOf-2y")) {
                times.put(k, new ArrayList<>());
            }
            PdfFloor bare = pdf ? pdfFloor(http, server, token, c, tenant, today) : null;
            if (pdf) {
                for (String k : List.of("http pdf changed", "http pdf all moved", "http pdf today", "bare pdf")) {
                    times.put(k, new ArrayList<>());
                }
            }
            for (int i = 0; i < warmup + iterations; i++) {
                boolean kept = i >= warmup;
                // a new token each iteration, outside the timings: with the PDF an iteration takes over
                // a minute, and the first run with it stopped on an expired token after ~15 minutes
                token = signIn(http, server, tenant);
                // As after a report was accepted: the tenant's ledger generation moves (D-036) and one
                // agency's line in one document and its track are moved (D-049), so the first read
                // sums that line again; then as after a change to every line (a new day, a re-import
                // of everything), which sums them all; the last finds the counts kept.
                moveOneLine(c, tenant, random);
                long t = System.nanoTime();
                get(http, server, token, today);
                record(times, "http today changed", t, kept);
                moveEveryLine(c, tenant);
                t = System.nanoTime();
                get(http, server, token, today);
                record(times, "http today all moved", t, kept);
                t = System.nanoTime();
                get(http, server, token, today);
                record(times, "http today", t, kept);
                t = System.nanoTime();
                floor.scorecard(today);
                record(times, "sql today", t, kept);
                t = System.nanoTime();
                floor.scorecard(today, false);
                record(times, "sql lines today", t, kept);
                t = System.nanoTime();
                get(http, server, token, past);
                record(times, "http asOf-2y", t, kept);
                t = System.nanoTime();
                floor.scorecard(past);
                record(times, "sql asOf-2y", t, kept);
                if (pdf) {
                    moveOneLine(c, tenant, random);
                    t = System.nanoTime();
                    bytes(http, server, token, "/api/v1/scorecard.pdf?asOf=" + today);
                    record(times, "http pdf changed", t, kept);
                    moveEveryLine(c, tenant);
                    t = System.nanoTime();
                    bytes(http, server, token, "/api/v1/scorecard.pdf?asOf=" + today);
                    record(times, "http pdf all moved", t, kept);
                    t = System.nanoTime();
                    bytes(http, server, token, "/api/v1/scorecard.pdf?asOf=" + today);
                    record(times, "http pdf today", t, kept);
                    t = System.nanoTime();
                    bare.write();
                    record(times, "bare pdf", t, kept);
                }
            }
            System.out.printf(
                    "== %s: tenant %s, %d warm-up, %d measured iterations (ms)%n", label, tenant, warmup, iterations);
            Map<String, Double> medians = new HashMap<>();
            times.forEach((k, v) -> {
                double[] s =
                        v.stream().mapToDouble(Double::doubleValue).sorted().toArray();
                double median = s[s.length / 2];
                medians.put(k, median);
                System.out.printf(
                        "%-14s median %8.1f  min %8.1f  p90 %8.1f  max %8.1f%n",
                        k, median, s[0], s[(int) Math.min(s.length - 1, Math.round(s.length * 0.9))], s[s.length - 1]);
            });
            System.out.printf(
                    "ratio today: %.2f x the floor (%.2f x its lines alone) after a change, %.2f x its lines"
                            + " after every line moved, %.2f x kept; two years back: %.2f x the floor%n",
                    medians.get("http today changed") / medians.get("sql today"),
                    medians.get("http today changed") / medians.get("sql lines today"),
                    medians.get("http today all moved") / medians.get("sql lines today"),
                    medians.get("http today") / medians.get("sql lines today"),
                    medians.get("http asOf-2y") / medians.get("sql asOf-2y"));
            System.out.printf(
                    "RESULT %s httpChanged=%.1f httpAllMoved=%.1f http=%.1f sql=%.1f sqlLines=%.1f httpPast=%.1f"
                            + " sqlPast=%.1f%n",
                    label.replace(' ', '_'),
                    medians.get("http today changed"),
                    medians.get("http today all moved"),
                    medians.get("http today"),
                    medians.get("sql today"),
                    medians.get("sql lines today"),
                    medians.get("http asOf-2y"),
                    medians.get("sql asOf-2y"));
            if (pdf) {
                System.out.printf(
                        "ratio PDF: %.2f x bare OpenPDF after a change, %.2f x after every line moved, %.2f x kept%n",
                        medians.get("http pdf changed") / medians.get("bare pdf"),
                        medians.get("http pdf all moved") / medians.get("bare pdf"),
                        medians.get("http pdf today") / medians.get("bare pdf"));
                System.out.printf(
                        "RESULT %s httpPdfChanged=%.1f httpPdfAllMoved=%.1f httpPdf=%.1f barePdf=%.1f%n",
                        label.replace(' ', '_'),
                        medians.get("http pdf changed"),
                        medians.get("http pdf all moved"),
                        medians.get("http pdf today"),
                        medians.get("bare pdf"));
            }
        }
    }

    /**
     * What every recording that changes the tenant's ledger does (the product's LedgerGeneration):
     * the server's kept counts of today no longer match, and its next read catches up (D-049).
     *
     * @return the new generation
     */
    private static long raiseGeneration(Connection c, String tenant) throws java.sql.SQLException {
        try (var raise = c.prepareStatement("INSERT INTO ledger_generation (tenant_id, generation) VALUES (?, 1)"
                + " ON DUPLICATE KEY UPDATE generation = generation + 1")) {
            raise.setString(1, tenant);
            raise.executeUpdate();
        }
        try (var read = c.prepareStatement("SELECT generation FROM ledger_generation WHERE tenant_id = ?")) {
            read.setString(1, tenant);
            try (var rs = read.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    /**
     * As a report accepted: the generation raised and the counts of one agency's line in one
     * document and of its reporting track marked moved in it (the product's Ledger moves them by the
     * versions it closes and opens; here they keep their numbers, which the server cannot know
     * without summing them again). A line chosen at random among the tenant's, each time.
     */
    private static void moveOneLine(Connection c, String tenant, java.util.Random random)
            throws java.sql.SQLException {
        long document;
        long agency;
        try (var lines = c.prepareStatement("SELECT document_id, agency_id FROM task_count"
                + " WHERE tenant_id = ? AND document_id IS NOT NULL AND tasks > 0 GROUP BY document_id, agency_id")) {
            lines.setString(1, tenant);
            List<long[]> all = new ArrayList<>();
            try (var rs = lines.executeQuery()) {
                while (rs.next()) {
                    all.add(new long[] {rs.getLong(1), rs.getLong(2)});
                }
            }
            long[] line = all.get(random.nextInt(all.size()));
            document = line[0];
            agency = line[1];
        }
        inOneTransaction(c, () -> {
            long generation = raiseGeneration(c, tenant);
            try (var move = c.prepareStatement("UPDATE task_count SET moved_in = ?"
                    + " WHERE tenant_id = ? AND agency_id = ? AND (document_id = ? OR document_id IS NULL)")) {
                move.setLong(1, generation);
                move.setString(2, tenant);
                move.setLong(3, agency);
                move.setLong(4, document);
                move.executeUpdate();
            }
        });
    }

    private interface Writes {
        void run() throws java.sql.SQLException;
    }

    /** As the product's recordings: the generation and the rows it names are seen together or not at all. */
    private static void inOneTransaction(Connection c, Writes writes) throws java.sql.SQLException {
        boolean auto = c.getAutoCommit();
        c.setAutoCommit(false);
        try {
            writes.run();
            c.commit();
        } catch (java.sql.SQLException | RuntimeException e) {
            c.rollback();
            throw e;
        } finally {
            c.setAutoCommit(auto);
        }
    }

    /** As a change that moves every line (the most a catching up can meet): all summed again. */
    private static void moveEveryLine(Connection c, String tenant) throws java.sql.SQLException {
        inOneTransaction(c, () -> {
            long generation = raiseGeneration(c, tenant);
            try (var move = c.prepareStatement("UPDATE task_count SET moved_in = ? WHERE tenant_id = ?")) {
                move.setLong(1, generation);
                move.setString(2, tenant);
                move.executeUpdate();
            }
        });
    }

    private static void record(Map<String, List<Double>> times, String key, long started, boolean kept) {
        if (kept) {
            times.get(key).add((System.nanoTime() - started) / 1e6);
        }
    }

    private static String signIn(HttpClient http, String server, String tenant) throws Exception {
        String body = Json.createObjectBuilder()
                .add("tenant", tenant)
                .add("username", "leader")
                .add("password", Generator.PASSWORD)
                .build()
                .toString();
        HttpResponse<String> r = http.send(
                HttpRequest.newBuilder(URI.create(server + "/api/v1/auth/token"))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(body))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 200) {
            throw new IllegalStateException("sign-in answered " + r.statusCode() + ": " + r.body());
        }
        return read(r.body()).getString("accessToken");
    }

    /**
     * The PDF's floor built once from what the endpoint serves today (the scorecard's JSON and every
     * page of its open overdue lines); checks that the endpoint's PDF and the floor's have the same
     * pages, then warms the in-process writer.
     */
    private static PdfFloor pdfFloor(
            HttpClient http, String server, String token, Connection c, String tenant, LocalDate today)
            throws Exception {
        long t0 = System.nanoTime();
        byte[] served = bytes(http, server, token, "/api/v1/scorecard.pdf?asOf=" + today);
        System.out.printf(
                "first scorecard.pdf as of %s since the server started: %.1f ms, %,d bytes, %d pages%n",
                today, (System.nanoTime() - t0) / 1e6, served.length, PdfFloor.pages(served));
        JsonObject view = read(get(http, server, token, today));
        List<JsonObject> overdue = overdue(http, server, token, today);
        PdfFloor bare = PdfFloor.of(c, tenant, view, overdue);
        t0 = System.nanoTime();
        byte[] written = bare.write();
        System.out.printf(
                "first bare ScorecardPdf.write in this JVM: %.1f ms, %,d bytes, %d pages (%d agency lines, %d open"
                        + " overdue lines)%n",
                (System.nanoTime() - t0) / 1e6,
                written.length,
                PdfFloor.pages(written),
                bare.agencyLines(),
                bare.overdueLines());
        if (PdfFloor.pages(served) != PdfFloor.pages(written) || bare.agencyLines() != view.getJsonArray("agencies").size()) {
            throw new IllegalStateException("the endpoint's PDF has " + PdfFloor.pages(served) + " pages and the floor's "
                    + PdfFloor.pages(written) + ": not the same tables");
        }
        for (int i = 0; i < 10; i++) {
            bare.write();
        }
        return bare;
    }

    /**
     * Every page of today's open overdue lines, as the PDF reads them (pages of 500): a JSON array
     * a page, the count in X-Total-Count.
     */
    private static List<JsonObject> overdue(HttpClient http, String server, String token, LocalDate asOf)
            throws Exception {
        List<JsonObject> lines = new ArrayList<>();
        for (int page = 0; ; page++) {
            HttpResponse<byte[]> r = response(
                    http,
                    server,
                    token,
                    "/api/v1/scorecard/lines?count=openOverdue&size=500&page=" + page + "&asOf=" + asOf);
            long total = Long.parseLong(r.headers().firstValue("X-Total-Count").orElseThrow());
            int before = lines.size();
            try (JsonReader reader = Json.createReader(
                    new StringReader(new String(r.body(), java.nio.charset.StandardCharsets.UTF_8)))) {
                reader.readArray().forEach(v -> lines.add(v.asJsonObject()));
            }
            if (lines.size() == before || lines.size() >= total) {
                return lines;
            }
        }
    }

    private static byte[] bytes(HttpClient http, String server, String token, String path) throws Exception {
        return response(http, server, token, path).body();
    }

    private static HttpResponse<byte[]> response(HttpClient http, String server, String token, String path)
            throws Exception {
        HttpResponse<byte[]> r = http.send(
                HttpRequest.newBuilder(URI.create(server + path))
                        .header("Authorization", "Bearer " + token)
                        .timeout(Duration.ofMinutes(5))
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofByteArray());
        if (r.statusCode() != 200) {
            throw new IllegalStateException("GET " + path + " answered " + r.statusCode() + ": "
                    + new String(r.body(), java.nio.charset.StandardCharsets.UTF_8));
        }
        return r;
    }

    private static String get(HttpClient http, String server, String token, LocalDate asOf) throws Exception {
        HttpResponse<String> r = http.send(
                HttpRequest.newBuilder(URI.create(server + "/api/v1/scorecard?asOf=" + asOf))
                        .header("Authorization", "Bearer " + token)
                        .timeout(Duration.ofMinutes(5))
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 200) {
            throw new IllegalStateException("GET /scorecard answered " + r.statusCode() + ": " + r.body());
        }
        return r.body();
    }

    private static JsonObject read(String json) {
        try (JsonReader reader = Json.createReader(new StringReader(json))) {
            return reader.readObject();
        }
    }

    /** The endpoint's totals, lines and trend against the floor's: the same numbers, or the run stops. */
    private static void check(JsonObject view, Floor.Result sql, LocalDate day) {
        JsonObject tasks = view.getJsonObject("totals").getJsonObject("tasks");
        JsonObject reports = view.getJsonObject("totals").getJsonObject("reports");
        long[] http = {
            tasks.getJsonNumber("completedOnTime").longValue(),
            tasks.getJsonNumber("completedLate").longValue(),
            tasks.getJsonNumber("openWithinDeadline").longValue(),
            tasks.getJsonNumber("openOverdue").longValue(),
            reports.getJsonNumber("expected").longValue(),
            reports.getJsonNumber("received").longValue(),
            reports.getJsonNumber("receivedOnTime").longValue()
        };
        long[] floor = sql.totals();
        long[] floorCompared = {floor[0], floor[1], floor[2], floor[3], floor[8], floor[9], floor[10]};
        if (!Arrays.equals(http, floorCompared)) {
            throw new IllegalStateException("as of " + day + " the endpoint counts " + Arrays.toString(http)
                    + " and the floor " + Arrays.toString(floorCompared));
        }
        int agencies = view.getJsonArray("agencies").size();
        int documents = view.getJsonArray("documents").size();
        if (agencies != sql.byAgency().size() || documents != sql.byDocument().size()) {
            throw new IllegalStateException("as of " + day + ": " + agencies + " agency and " + documents
                    + " document lines against the floor's " + sql.byAgency().size() + " and "
                    + sql.byDocument().size());
        }
        for (int i = 0; i < 4; i++) {
            long assigned = view.getJsonArray("trend")
                    .getJsonObject(i)
                    .getJsonObject("tasks")
                    .getJsonNumber("assigned")
                    .longValue();
            long[] t = sql.trend().get(i);
            if (assigned != t[0] + t[1] + t[2] + t[3]) {
                throw new IllegalStateException(
                        "trend point " + i + " as of " + day + ": " + assigned + " against " + Arrays.toString(t));
            }
        }
        System.out.printf(
                "as of %s the endpoint and the floor agree: %s over %d agencies and %d documents%n",
                day, Arrays.toString(http), agencies, documents);
    }

    /**
     * The floor: the numbers the scorecard shows, computed with JDBC alone, with the aggregates the
     * product's JPQL also runs (by agency, by document, the four half-year totals of the trend, the
     * requests by agency) and the names the lines print, and nothing else: no JPA, no JSON, no HTTP.
     */
    static final class Floor {

        private static final String SUMS = String.join(
                ", ",
                "SUM(kind <> 'REPORT' AND done_on IS NOT NULL AND done_on <= due_on)",
                "SUM(kind <> 'REPORT' AND done_on IS NOT NULL AND done_on > due_on)",
                "SUM(kind <> 'REPORT' AND done_on IS NULL AND due_on >= ?)",
                "SUM(kind <> 'REPORT' AND done_on IS NULL AND due_on < ?)",
                "SUM(kind <> 'REPORT' AND done_on IS NULL AND due_on < ? AND due_on >= ?)",
                "SUM(kind <> 'REPORT' AND done_on IS NULL AND due_on < ? AND due_on >= ?)",
                "SUM(kind <> 'REPORT' AND done_on IS NULL AND due_on < ? AND due_on >= ?)",
                "SUM(kind <> 'REPORT' AND done_on IS NULL AND due_on < ?)",
                "SUM(kind = 'REPORT' AND (done_on IS NOT NULL OR due_on < ?))",
                "SUM(kind = 'REPORT' AND done_on IS NOT NULL)",
                "SUM(kind = 'REPORT' AND done_on IS NOT NULL AND done_on <= due_on)");

        private static final String KNOWN = " FROM task_version WHERE tenant_id = ? AND valid_from < ?"
                + " AND (valid_to IS NULL OR valid_to >= ?)";

        record Result(Map<Long, long[]> byAgency, Map<Long, long[]> byDocument, List<long[]> trend, long[] totals) {}

        private final Connection c;
        private final String tenant;
        /** The tenant's zone: the product ends a day at its midnight there (Scorecards, fc75631). */
        private final ZoneId zone;

        Floor(Connection c, String tenant) throws SQLException {
            this.c = c;
            this.tenant = tenant;
            try (PreparedStatement s = c.prepareStatement("SELECT time_zone FROM tenant WHERE id = ?")) {
                s.setString(1, tenant);
                try (ResultSet r = s.executeQuery()) {
                    if (!r.next()) {
                        throw new IllegalStateException("no tenant " + tenant);
                    }
                    this.zone = ZoneId.of(r.getString(1));
                }
            }
        }

        Result scorecard(LocalDate asOf) throws SQLException {
            return scorecard(asOf, true);
        }

        /**
         * @param trend whether to count the four half-year totals too; without, only the day's lines:
         *     what no cache can spare a request for today
         */
        Result scorecard(LocalDate asOf, boolean withTrend) throws SQLException {
            // One pass grouped by agency and document; both kinds of line are sums of these cells.
            Map<Long, long[]> byAgency = new java.util.TreeMap<>();
            Map<Long, long[]> byDocument = new java.util.TreeMap<>();
            long[] totals = new long[11];
            try (PreparedStatement s = c.prepareStatement(
                    "SELECT agency_id, document_id, " + SUMS + KNOWN + " GROUP BY agency_id, document_id")) {
                bind(s, asOf);
                try (ResultSet r = s.executeQuery()) {
                    while (r.next()) {
                        long[] a = byAgency.computeIfAbsent(r.getLong(1), k -> new long[11]);
                        long[] d = byDocument.computeIfAbsent(r.getLong(2), k -> new long[11]);
                        for (int i = 0; i < 11; i++) {
                            long n = r.getLong(i + 3);
                            a[i] += n;
                            d[i] += n;
                            totals[i] += n;
                        }
                    }
                }
            }
            List<long[]> trend = new ArrayList<>();
            LocalDate end = halfYearEndBefore(asOf);
            for (int i = 0; withTrend && i < 4; i++) {
                trend.add(0, total(end));
                end = halfYearEndBefore(end);
            }
            names("SELECT id, code, name FROM agency WHERE tenant_id = ?");
            names("SELECT id, number, title FROM document WHERE tenant_id = ?");
            names("SELECT group_id, agency_id, agency_id FROM agency_group_member WHERE tenant_id = ?");
            requests(asOf);
            return new Result(byAgency, byDocument, trend, totals);
        }

        private long[] total(LocalDate asOf) throws SQLException {
            try (PreparedStatement s = c.prepareStatement("SELECT " + SUMS + KNOWN)) {
                bind(s, asOf);
                try (ResultSet r = s.executeQuery()) {
                    r.next();
                    long[] t = new long[11];
                    for (int i = 0; i < 11; i++) {
                        t[i] = r.getLong(i + 1);
                    }
                    return t;
                }
            }
        }

        private void bind(PreparedStatement s, LocalDate asOf) throws SQLException {
            LocalDate from30 = asOf.minusDays(30);
            LocalDate from90 = asOf.minusDays(90);
            LocalDate from120 = asOf.minusDays(120);
            Object[] values = {
                asOf, asOf, asOf, from30, from30, from90, from90, from120, from120, asOf, tenant, cut(asOf), cut(asOf)
            };
            for (int i = 0; i < values.length; i++) {
                s.setObject(i + 1, values[i]);
            }
        }

        private void names(String sql) throws SQLException {
            try (PreparedStatement s = c.prepareStatement(sql)) {
                s.setString(1, tenant);
                try (ResultSet r = s.executeQuery()) {
                    while (r.next()) {
                        r.getLong(1);
                        r.getString(2);
                        r.getString(3);
                    }
                }
            }
        }

        private void requests(LocalDate asOf) throws SQLException {
            try (PreparedStatement e = c.prepareStatement("SELECT agency_id, COUNT(*),"
                            + " SUM(answered_at < ?), SUM((answered_at IS NULL OR answered_at >= ?) AND answer_by < ?)"
                            + " FROM explanation_request WHERE tenant_id = ? AND asked_at < ? GROUP BY agency_id");
                    PreparedStatement x = c.prepareStatement("SELECT agency_id, COUNT(*),"
                            + " SUM(decided_at < ? AND status = 'APPROVED'), SUM(decided_at < ? AND status = 'REFUSED')"
                            + " FROM extension WHERE tenant_id = ? AND requested_at < ? GROUP BY agency_id")) {
                Timestamp cut = cut(asOf);
                e.setTimestamp(1, cut);
                e.setTimestamp(2, cut);
                e.setObject(3, asOf);
                e.setString(4, tenant);
                e.setTimestamp(5, cut);
                x.setTimestamp(1, cut);
                x.setTimestamp(2, cut);
                x.setString(3, tenant);
                x.setTimestamp(4, cut);
                for (PreparedStatement s : List.of(e, x)) {
                    try (ResultSet r = s.executeQuery()) {
                        while (r.next()) {
                            r.getLong(2);
                        }
                    }
                }
            }
        }

        private Timestamp cut(LocalDate asOf) {
            return Timestamp.from(asOf.plusDays(1).atStartOfDay(zone).toInstant());
        }

        static LocalDate halfYearEndBefore(LocalDate day) {
            LocalDate june = LocalDate.of(day.getYear(), 6, 30);
            return day.isAfter(june) ? june : LocalDate.of(day.getYear() - 1, 12, 31);
        }
    }
}
