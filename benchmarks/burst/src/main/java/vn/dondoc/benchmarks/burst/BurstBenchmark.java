package vn.dondoc.benchmarks.burst;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The deadline-day burst of issue 7: every reporting agency submits its period's report, with a
 * 1 MB file, within minutes; submissions per second through the product and through the bare
 * JAX-RS + JDBC baseline on the same server and database, alternating, in one run. Every burst
 * is checked in the database afterwards; the exit status is 1 on any error or lost submission.
 *
 * <pre>java -cp 'target/classes:target/lib/*' vn.dondoc.benchmarks.burst.BurstBenchmark \
 *     --server=http://localhost:8191 --db=jdbc:mariadb://127.0.0.1:3306/dondoc_bench_x --plan=kh-204.txt</pre>
 *
 * Options (defaults): --concurrency=8,16,32 --rounds=3 --plans=3 (plans due the same day: each
 * burst is every reporting agency of each) --file-size=1048576 --floor-requests=300
 * --period=2024-H1 --tenant=vinh-phuc --stacks=product,bare --warmup=true --warmup-plans=2 (at the highest concurrency) --windows=false
 * (true: print each burst's start and end, to cut a JFR recording of the server by stack); --server-pid=<pid> of
 * the server's JVM adds its CPU time per submission (both stacks run in it: it is what each costs
 * the server, less sensitive than throughput to the other work on a shared machine).
 */
public final class BurstBenchmark {

    private record Measured(
            int round,
            Burst.Result burst,
            Floor.Result floor,
            long auditRows,
            Ledger.Check check,
            long serverCpuNanos,
            long[] rowLockWaits) {

        /** The server JVM's CPU time per submission, in ms; negative when the server's pid is not known. */
        double serverCpuMs() {
            return serverCpuNanos < 0 ? -1 : serverCpuNanos / 1e6 / Math.max(1, burst.submitted());
        }
    }

    private final Map<String, String> options;
    private final Http http;
    private final Tokens tokens;
    private final DeadlineDay day;
    private final Burst burst;
    private final Floor floor;
    private final Ledger ledger;
    private final List<Measured> measured = new ArrayList<>();
    private int errors;
    private int lost;

    private BurstBenchmark(Map<String, String> options) throws Exception {
        this.options = options;
        http = new Http(option("server", "http://localhost:8191"));
        tokens = new Tokens(http, option("tenant", "vinh-phuc"), option("password", "demo"));
        String plan = Files.readString(Path.of(required("plan")), StandardCharsets.UTF_8);
        day = new DeadlineDay(
                http,
                tokens,
                plan,
                option("period", "2024-H1"),
                Integer.parseInt(option("file-size", "1048576")),
                Integer.parseInt(option("first-number", "9001")));
        burst = new Burst(http);
        floor = new Floor(http);
        ledger = new Ledger(required("db"), option("db-user", "root"), option("db-password", ""));
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = new LinkedHashMap<>();
        for (String arg : args) {
            if (!arg.startsWith("--") || !arg.contains("=")) {
                throw new IllegalArgumentException("options are --name=value: " + arg);
            }
            options.put(arg.substring(2, arg.indexOf('=')), arg.substring(arg.indexOf('=') + 1));
        }
        System.exit(new BurstBenchmark(options).run());
    }

    private int run() throws Exception {
        List<Integer> concurrencies = Arrays.stream(
                        option("concurrency", "8,16,32").split(","))
                .map(String::trim)
                .map(Integer::parseInt)
                .toList();
        List<Stack> stacks = Arrays.stream(option("stacks", "product,bare").split(","))
                .map(s -> Stack.valueOf(s.trim().toUpperCase(Locale.ROOT)))
                .toList();
        int rounds = Integer.parseInt(option("rounds", "3"));
        int plans = Integer.parseInt(option("plans", "3"));
        if (Boolean.parseBoolean(option("warmup", "true"))) {
            int busiest =
                    concurrencies.stream().mapToInt(Integer::intValue).max().orElseThrow();
            for (Stack stack : stacks) {
                measure(0, stack, busiest, Integer.parseInt(option("warmup-plans", "2")));
            }
        }
        for (int round = 1; round <= rounds; round++) {
            for (int concurrency : concurrencies) {
                List<Stack> order = new ArrayList<>(stacks);
                if (round % 2 == 0) {
                    java.util.Collections.reverse(order);
                }
                for (Stack stack : order) {
                    measure(round, stack, concurrency, plans);
                }
            }
        }
        summary(concurrencies, stacks);
        System.out.printf(
                Locale.ROOT,
                "%nerrors %d, lost %d, verified %d of %d submissions%n",
                errors,
                lost,
                measured.stream().mapToInt(m -> m.check().verified()).sum(),
                measured.stream().mapToInt(m -> m.burst().attempted()).sum());
        return errors == 0 && lost == 0 ? 0 : 1;
    }

    private void measure(int round, Stack stack, int concurrency, int plans) throws Exception {
        List<Submission> submissions = day.prepare(plans);
        Map<String, String> officers = new LinkedHashMap<>();
        for (Submission submission : submissions) {
            officers.put(submission.agency(), tokens.of(submission.agency()));
        }
        String floorAgency = option("floor-agency", "so-tu-phap");
        Floor.Result floorResult = floor.run(
                stack,
                floorAgency,
                tokens.of("secretariat"),
                Integer.parseInt(option("floor-requests", "300")),
                concurrency);
        long mark = ledger.auditMark();
        long[] locks = ledger.rowLockWaits();
        long cpu = serverCpu();
        java.time.Instant from = java.time.Instant.now();
        Burst.Result result = burst.run(stack, submissions, officers, concurrency);
        java.time.Instant to = java.time.Instant.now();
        cpu = cpu < 0 ? -1 : serverCpu() - cpu;
        long[] locksAfter = ledger.rowLockWaits();
        locks = new long[] {locksAfter[0] - locks[0], locksAfter[1] - locks[1]};
        if (Boolean.parseBoolean(option("windows", "false"))) {
            // For a profile of the server: which of its samples belong to which stack's burst.
            System.out.println("window " + stack.label() + " " + round + " " + concurrency + " " + from + " " + to);
        }
        Ledger.Check check = ledger.check(submissions, result.entries());
        long audit = ledger.auditSince(mark);
        Measured m = new Measured(round, result, floorResult, audit, check, cpu, locks);
        if (round > 0) {
            measured.add(m);
        }
        errors += result.failures().size() + floorResult.failures();
        lost += result.attempted() - check.verified();
        print(m);
    }

    private static void print(Measured m) {
        Burst.Result b = m.burst();
        System.out.printf(
                Locale.ROOT,
                "%s %-7s c=%-3d %4d/%d submitted in %6.2f s = %6.2f /s | floor %6.1f req/s | errors %d, verified %d"
                        + " | audit rows %d | server CPU %.1f ms/submission | row lock waits %d (%d ms) | p50/p95 ms:"
                        + " %s%n",
                m.round() == 0 ? "warm-up" : "round " + m.round(),
                b.stack().label(),
                b.concurrency(),
                b.submitted(),
                b.attempted(),
                b.nanos() / 1e9,
                b.perSecond(),
                m.floor().perSecond(),
                b.failures().size() + m.floor().failures(),
                m.check().verified(),
                m.auditRows(),
                m.serverCpuMs(),
                m.rowLockWaits()[0],
                m.rowLockWaits()[1],
                Arrays.stream(Burst.Step.values())
                        .map(step -> step.name().toLowerCase(Locale.ROOT) + " "
                                + percentiles(b.latencies().get(step)))
                        .collect(Collectors.joining(", ")));
        b.failures().stream().limit(5).forEach(f -> System.out.println("  failed: " + f));
        m.check().problems().stream().limit(5).forEach(p -> System.out.println("  not in the database: " + p));
    }

    private void summary(List<Integer> concurrencies, List<Stack> stacks) {
        System.out.println();
        System.out.println(
                "| clients | product submissions/s | bare submissions/s | product / bare | floor product / bare "
                        + "| server CPU ms per submission, product / bare |");
        System.out.println("|---|---|---|---|---|---|");
        for (int concurrency : concurrencies) {
            List<Double> product = rate(Stack.PRODUCT, concurrency);
            List<Double> bare = rate(Stack.BARE, concurrency);
            List<Double> ratio = new ArrayList<>();
            List<Double> floorRatio = new ArrayList<>();
            List<Double> productCpu = new ArrayList<>();
            List<Double> bareCpu = new ArrayList<>();
            for (int round : measured.stream().map(Measured::round).distinct().toList()) {
                Measured p = find(round, Stack.PRODUCT, concurrency);
                Measured r = find(round, Stack.BARE, concurrency);
                if (p != null && r != null) {
                    ratio.add(p.burst().perSecond() / r.burst().perSecond());
                    floorRatio.add(p.floor().perSecond() / r.floor().perSecond());
                    if (p.serverCpuNanos() >= 0 && r.serverCpuNanos() >= 0) {
                        productCpu.add(p.serverCpuMs());
                        bareCpu.add(r.serverCpuMs());
                    }
                }
            }
            System.out.printf(
                    Locale.ROOT,
                    "| %d | %s | %s | %s | %s | %s / %s |%n",
                    concurrency,
                    range(product, "%.1f"),
                    range(bare, "%.1f"),
                    range(ratio, "%.2f"),
                    range(floorRatio, "%.2f"),
                    range(productCpu, "%.0f"),
                    range(bareCpu, "%.0f"));
        }
    }

    /** The server JVM's CPU time so far (user and system), or -1 without {@code --server-pid}. */
    private long serverCpu() {
        String pid = option("server-pid", "");
        if (pid.isBlank()) {
            return -1;
        }
        return ProcessHandle.of(Long.parseLong(pid))
                .flatMap(p -> p.info().totalCpuDuration())
                .map(java.time.Duration::toNanos)
                .orElse(-1L);
    }

    private List<Double> rate(Stack stack, int concurrency) {
        return measured.stream()
                .filter(m -> m.burst().stack() == stack && m.burst().concurrency() == concurrency)
                .map(m -> m.burst().perSecond())
                .toList();
    }

    private Measured find(int round, Stack stack, int concurrency) {
        return measured.stream()
                .filter(m -> m.round() == round
                        && m.burst().stack() == stack
                        && m.burst().concurrency() == concurrency)
                .findFirst()
                .orElse(null);
    }

    private static String range(List<Double> values, String format) {
        if (values.isEmpty()) {
            return "–";
        }
        double min = values.stream().mapToDouble(Double::doubleValue).min().orElseThrow();
        double max = values.stream().mapToDouble(Double::doubleValue).max().orElseThrow();
        return String.format(Locale.ROOT, format + "–" + format, min, max);
    }

    static String percentiles(List<Long> nanos) {
        if (nanos.isEmpty()) {
            return "–";
        }
        long[] sorted = nanos.stream().mapToLong(Long::longValue).sorted().toArray();
        return String.format(
                Locale.ROOT,
                "%.0f/%.0f",
                sorted[(sorted.length - 1) / 2] / 1e6,
                sorted[(int) Math.ceil(sorted.length * 0.95) - 1] / 1e6);
    }

    private String option(String name, String fallback) {
        return options.getOrDefault(name, fallback);
    }

    private String required(String name) {
        String value = options.get(name);
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("--" + name + "=… is required");
        }
        return value;
    }
}
