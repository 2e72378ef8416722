package vn.dondoc.web.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;

/**
 * Issue 11: a deadline-day burst of report submissions while the database is killed with SIGKILL
 * and started again mid-burst. The product runs on a Payara Micro of its own ({@link
 * ProductServer}) against a MariaDB of the test's own ({@link OwnMariaDb}: the shared server is
 * never touched); the load client ({@link DeadlineBurst}) retries as a careful client does, the
 * submit with the same {@code Idempotency-Key}. Afterwards every acknowledged submission must be in
 * the database exactly once, nothing half-written anywhere, the same server process answering
 * again, and {@code /health/ready} down during the outage and up after.
 *
 * <p>The suite runs a short burst; {@code docs/bench/db-kill.sh} runs a longer one through this same
 * class with {@code -Ddurability.plans=…} and the other options below, and writes the figures to
 * {@code target/durability/figures.md}.
 */
@EnabledIf(
        value = "aServerOfItsOwnCanRun",
        disabledReason = "No MariaDB server program on this machine (dondoc.test.mariadbd, default /usr/sbin/mariadbd,"
                + " and mariadb-install-db): the kill test needs a server of its own to kill, never the shared one.")
class DatabaseKillIT {

    private static final Logger LOG = Logger.getLogger(DatabaseKillIT.class.getName());

    /** Copies of Kế hoạch 204 imported: each brings every reporting agency's half-year report. */
    private static final int PLANS = Integer.getInteger("durability.plans", 1);

    private static final int CONCURRENCY = Integer.getInteger("durability.concurrency", 8);
    /** The database is killed once this share of the submissions has been acknowledged. */
    private static final double KILL_AFTER = Double.parseDouble(System.getProperty("durability.kill-after", "0.25"));

    private static final Duration OUTAGE = Duration.ofSeconds(Integer.getInteger("durability.outage-seconds", 5));
    private static final Duration PATIENCE = Duration.ofSeconds(Integer.getInteger("durability.patience-seconds", 180));

    private static Path work;
    private static OwnMariaDb database;
    private static String databaseUrl;
    private static ProductServer product;

    static boolean aServerOfItsOwnCanRun() {
        return OwnMariaDb.serverProgram().isPresent();
    }

    @BeforeAll
    static void startOwnDatabaseAndProduct() throws Exception {
        Path mariadbd = OwnMariaDb.serverProgram().orElseThrow();
        work = Path.of(System.getProperty("dondoc.test.work", "target/it-work"))
                .toAbsolutePath()
                .resolveSibling("durability");
        Files.createDirectories(work);
        database = OwnMariaDb.install(mariadbd, work.resolve("mariadb"));
        databaseUrl = database.createDatabase("dondoc");
        List<String> options = new ArrayList<>();
        for (String option : TestEnvironment.productOptions()) {
            if (!option.startsWith("-Ddondoc.db.")) {
                options.add(option);
            }
        }
        options.addAll(List.of(
                "-Ddondoc.db.url=" + databaseUrl,
                "-Ddondoc.db.user=root",
                "-Ddondoc.db.password=",
                // The half-year's reports due: the same day the report tests use.
                "-Ddondoc.clock=2024-06-20T03:00:00Z"));
        product = ProductServer.start(options, work.resolve("payara.log"));
    }

    @AfterAll
    static void stopBoth() throws Exception {
        if (product != null) {
            product.close();
        }
        if (database != null) {
            database.close();
        }
    }

    @Test
    void everySubmissionAcknowledgedAcrossADatabaseKillIsStoredOnceAndNothingIsHalfWritten() throws Exception {
        DeadlineBurst burst = new DeadlineBurst(product.base(), "2024-H1", PATIENCE);
        List<DeadlineBurst.Submission> submissions = burst.prepare(PLANS);
        assertThat(submissions).as("reports due on the day").hasSizeGreaterThan(10);
        long productPid = product.pid();
        int killWhen = Math.max(1, (int) (submissions.size() * KILL_AFTER));

        Readiness readiness = Readiness.watch(product.base());
        CompletableFuture<DeadlineBurst.Result> running = CompletableFuture.supplyAsync(() -> {
            try {
                return burst.run(submissions, CONCURRENCY);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        });
        while (burst.acknowledgedSoFar() < killWhen && !running.isDone()) {
            Thread.sleep(20);
        }
        assertThat(running)
                .as("the burst was still going when the database was to be killed")
                .isNotDone();
        int acknowledgedBeforeKill = burst.acknowledgedSoFar();
        Instant killed = Instant.now();
        database.kill();
        Thread.sleep(OUTAGE.toMillis());
        Instant restarting = Instant.now();
        database.start();
        Instant restarted = Instant.now();
        DeadlineBurst.Result result = running.get();
        Instant backUp = readiness.awaitUp(Duration.ofMinutes(2));
        List<Integer> readyWhileDown = readiness.statusesBetween(killed, restarting);
        readiness.stop();

        DurabilityLedger.Check check = new DurabilityLedger(databaseUrl).check(result.outcomes());
        Figures figures = new Figures(
                submissions.size(),
                result,
                acknowledgedBeforeKill,
                check,
                Duration.between(killed, restarted),
                Duration.between(restarting, restarted),
                readiness.firstDownAfter(killed).map(down -> Duration.between(killed, down)),
                Optional.ofNullable(backUp).map(up -> Duration.between(restarting, up)),
                firstAcknowledgementAfter(result, restarting).map(ack -> Duration.between(restarting, ack)),
                readyWhileDown);
        figures.write(work.resolve("figures.md"));
        LOG.info(figures::text);

        assertThat(result.unacknowledged())
                .as("every submission acknowledged in the end (the client's patience is %s)", PATIENCE)
                .isEmpty();
        assertThat(check.missing())
                .as("acknowledged but not stored exactly once")
                .isEmpty();
        assertThat(check.present()).isEqualTo((int) result.acknowledged());
        assertThat(check.duplicates()).as("stored twice").isEmpty();
        assertThat(check.halfWritten()).as("half-written").isEmpty();
        assertThat(result.retries())
                .as("requests the outage made fail and the client sent again")
                .isPositive();
        assertThat(acknowledgedBeforeKill).isLessThan(submissions.size());

        assertThat(product.isAlive())
                .as("the same server process, never restarted")
                .isTrue();
        assertThat(product.pid()).isEqualTo(productPid);
        assertThat(readyWhileDown)
                .as("/health/ready while the database was down")
                .contains(503)
                .doesNotContain(200);
        assertThat(backUp).as("/health/ready up again after the restart").isNotNull();
        assertThat(readiness.lastStatus()).isEqualTo(200);
    }

    private static Optional<Instant> firstAcknowledgementAfter(DeadlineBurst.Result result, Instant moment) {
        return result.outcomes().stream()
                .filter(DeadlineBurst.Outcome::acknowledged)
                .map(DeadlineBurst.Outcome::acknowledgedAt)
                .filter(at -> at.isAfter(moment))
                .min(Instant::compareTo);
    }

    /** Polls {@code /health/ready} every 200 ms and keeps every answer (status 0: no answer). */
    private static final class Readiness {

        private record Poll(Instant at, int status) {}

        private final List<Poll> polls = Collections.synchronizedList(new ArrayList<>());
        private final HttpRequest request;
        private final HttpClient client =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        private volatile boolean stopped;
        private final Thread thread;

        private Readiness(URI base) {
            request = HttpRequest.newBuilder(base.resolve("/health/ready"))
                    .timeout(Duration.ofSeconds(3))
                    .build();
            thread = new Thread(this::poll, "readiness-watch");
            thread.setDaemon(true);
        }

        static Readiness watch(URI base) {
            Readiness readiness = new Readiness(base);
            readiness.thread.start();
            return readiness;
        }

        private void poll() {
            while (!stopped) {
                Instant at = Instant.now();
                int status;
                try {
                    status = client.send(request, HttpResponse.BodyHandlers.discarding())
                            .statusCode();
                } catch (IOException e) {
                    status = 0;
                } catch (InterruptedException e) {
                    return;
                }
                polls.add(new Poll(at, status));
                try {
                    Thread.sleep(200);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }

        /** The first 200 after the last answer that was not one; null if it never came. */
        Instant awaitUp(Duration patience) throws InterruptedException {
            Instant deadline = Instant.now().plus(patience);
            while (Instant.now().isBefore(deadline)) {
                if (lastStatus() == 200) {
                    synchronized (polls) {
                        Instant up = null;
                        for (int i = polls.size() - 1; i >= 0 && polls.get(i).status() == 200; i--) {
                            up = polls.get(i).at();
                        }
                        return up;
                    }
                }
                Thread.sleep(200);
            }
            return null;
        }

        void stop() throws InterruptedException {
            stopped = true;
            thread.join(5000);
        }

        int lastStatus() {
            synchronized (polls) {
                return polls.isEmpty() ? 0 : polls.get(polls.size() - 1).status();
            }
        }

        Optional<Instant> firstDownAfter(Instant moment) {
            synchronized (polls) {
                return polls.stream()
                        .filter(p -> p.at().isAfter(moment) && p.status() != 200)
                        .map(Poll::at)
                        .findFirst();
            }
        }

        /** The statuses answered from the kill to the restart, after the first one that saw it. */
        List<Integer> statusesBetween(Instant from, Instant to) {
            Instant down = firstDownAfter(from).orElse(to);
            synchronized (polls) {
                return polls.stream()
                        .filter(p -> !p.at().isBefore(down) && p.at().isBefore(to))
                        .map(Poll::status)
                        .distinct()
                        .toList();
            }
        }
    }

    /** The run's figures, as docs/reliability/durability.md reports them. */
    private record Figures(
            int submissions,
            DeadlineBurst.Result result,
            int acknowledgedBeforeKill,
            DurabilityLedger.Check check,
            Duration outage,
            Duration databaseRecovery,
            Optional<Duration> readinessDownAfterKill,
            Optional<Duration> readinessUpAfterRestart,
            Optional<Duration> firstAcknowledgementAfterRestart,
            List<Integer> readinessDuringOutage) {

        String text() {
            return String.join(
                    "\n",
                    "| figure | value |",
                    "|---|---|",
                    "| submissions (reports due) | " + submissions + " |",
                    "| concurrency | " + CONCURRENCY + " |",
                    "| HTTP requests sent (all steps, retries included) | " + result.requestsSent() + " |",
                    "| submit requests sent | " + result.submitsSent() + " |",
                    "| retries (a request sent again after a failure) | " + result.retries() + " |",
                    "| why requests were sent again | " + result.retryReasons() + " |",
                    "| files found already stored on retry (not sent again) | " + result.attachmentsFoundOnRetry()
                            + " |",
                    "| submissions acknowledged (2xx to the submit) | " + result.acknowledged() + " |",
                    "| of which before the kill | " + acknowledgedBeforeKill + " |",
                    "| present afterwards, exactly once | " + check.present() + " |",
                    "| acknowledged but missing | " + check.missing().size() + " |",
                    "| duplicates | " + check.duplicates().size() + " |",
                    "| half-written rows | " + check.halfWritten().size() + " |",
                    "| given up by the client | " + result.unacknowledged().size() + " |",
                    "| outage (SIGKILL to the database accepting connections again) | " + millis(Optional.of(outage))
                            + " |",
                    "| of which the database's own start (InnoDB recovery included) | "
                            + millis(Optional.of(databaseRecovery)) + " |",
                    "| /health/ready answers while the database was down | " + readinessDuringOutage + " |",
                    "| /health/ready down after the kill within | " + millis(readinessDownAfterKill) + " |",
                    "| /health/ready up, counted from the database's restart | " + millis(readinessUpAfterRestart)
                            + " |",
                    "| first submission acknowledged, counted from the database's restart | "
                            + millis(firstAcknowledgementAfterRestart) + " |",
                    "| slowest request (any answer) | " + millis(Optional.of(result.slowestRequest())) + " |",
                    "| burst took | " + millis(Optional.of(result.took())) + " |");
        }

        void write(Path file) throws IOException {
            Files.createDirectories(file.getParent());
            Files.writeString(file, text() + "\n", StandardCharsets.UTF_8);
        }

        private static String millis(Optional<Duration> duration) {
            return duration.map(d -> d.toMillis() + " ms").orElse("—");
        }
    }
}
