package vn.dondoc.scorecards.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import vn.dondoc.items.entity.Item;
import vn.dondoc.items.entity.Schedule;
import vn.dondoc.platform.security.Role;
import vn.dondoc.reporting.boundary.ExtensionDecision;
import vn.dondoc.reporting.boundary.ExtensionRequest;
import vn.dondoc.reporting.boundary.Extensions;
import vn.dondoc.reporting.boundary.ExtensionsByHand;
import vn.dondoc.reporting.boundary.ItemAgency;
import vn.dondoc.reporting.boundary.ReportInput;
import vn.dondoc.reporting.boundary.Reports;
import vn.dondoc.reporting.boundary.ReportsByHand;
import vn.dondoc.reporting.boundary.ReturnRequest;
import vn.dondoc.reporting.boundary.TasksChanged;
import vn.dondoc.reporting.control.ObligationSync;
import vn.dondoc.scorecards.control.Count;
import vn.dondoc.scorecards.control.Ledger;
import vn.dondoc.scorecards.control.Tally;
import vn.dondoc.scorecards.control.TallyQuery;
import vn.dondoc.scorecards.control.TodaysCounts;
import vn.dondoc.scorecards.control.TodaysLines;
import vn.dondoc.scorecards.entity.TaskCount;
import vn.dondoc.scorecards.entity.TaskVersion;
import vn.dondoc.tenancy.boundary.BoundTenant;
import vn.dondoc.testing.Callers;
import vn.dondoc.testing.JpaExtension;
import vn.dondoc.testing.Plans;

/**
 * Today's counts kept by the ledger's writes (D-037) against the full read of the ledger, over half
 * a year of random reporting on Kế hoạch 204: reports received on time, late, returned and sent
 * again, accepted with items completed on time or late, deadlines of reports and items extended,
 * items' dates edited, periods opened by the nightly run. After every step, and on later days with
 * nothing written in between, every line, the track per period and the overdue list must be what
 * the ledger reads.
 */
class TodaysCountsTest {

    @RegisterExtension
    static final JpaExtension jpa = new JpaExtension();

    private static final Instant IMPORTED = Instant.parse("2023-07-01T02:00:00Z");

    private final Random random = new Random(20261130L);
    private String tenant;
    private long document;
    private ZoneId zone;
    /** Every day's totals compared, added up. */
    private Tally seen = Tally.NONE;
    /** Cells a catching up left as kept, and cells it summed again or added. */
    private long keptLines;

    private long movedLines;
    /** Steps after which the generation had moved. */
    private int changes;

    @Test
    void todaysCountsAreWhatTheLedgerReadsAfterEveryChangeAndOnEveryLaterDay() {
        tenant = jpa.newTenant();
        jpa.bundleDirectory(tenant, "vinh-phuc");
        document = Plans.importInto(jpa, tenant, Plans.keHoach204(), "0".repeat(64), IMPORTED);
        nightly(IMPORTED);
        zone = jpa.fromTenant(tenant, BoundTenant::zoneOf);
        sameAsTheLedger(IMPORTED);

        Instant at = Instant.parse("2024-01-02T02:00:00Z");
        nightly(at);
        for (int step = 0; step < 40; step++) {
            at = at.plus(1 + random.nextInt(6), ChronoUnit.DAYS).plus(random.nextInt(9), ChronoUnit.HOURS);
            if (step % 6 == 0) {
                nightly(at);
            }
            Map<String, Object> before = keptAsOf(at);
            switch (random.nextInt(5)) {
                case 0, 1 -> report(at);
                case 2 -> extendReport(at);
                case 3 -> extendItem(at);
                default -> editItem(at);
            }
            sameAsTheLedger(at.plusSeconds(1));
            caughtUpIsWhatTheLedgerReads(at, before);
            if (step % 5 == 0) {
                // Days pass with nothing written: open tasks fall overdue and age by the day alone.
                sameAsTheLedger(at.plus(3 + random.nextInt(80), ChronoUnit.DAYS));
            }
        }

        // A year after the last change, a day each 30: an open task is then at some day in each age
        // bucket (each bucket is at least 30 days wide), whatever the random walk left open. Which
        // walk the seed gives depends on the ids the rows got, so on the tests that ran before.
        for (int days = 30; days <= 390; days += 30) {
            sameAsTheLedger(at.plus(days, ChronoUnit.DAYS));
        }

        // The random steps reached every count: a check that compared only zeros would prove nothing.
        Tally total = seen;
        assertThat(total.completedOnTime()).as("items done on time").isPositive();
        assertThat(total.completedLate()).as("items or plans done late").isPositive();
        assertThat(total.openOverdue()).as(total.toString()).isPositive();
        assertThat(total.openWithinDeadline()).as(total.toString()).isPositive();
        assertThat(total.overdueUpTo30()).as(total.toString()).isPositive();
        assertThat(total.overdue31To90()).as(total.toString()).isPositive();
        assertThat(total.overdue91To120()).as(total.toString()).isPositive();
        assertThat(total.overdueOver120()).as(total.toString()).isPositive();
        assertThat(total.reportsReceivedOnTime()).isPositive();
        assertThat(total.reportsReceived()).as("some late").isGreaterThan(total.reportsReceivedOnTime());
        assertThat(total.reportsExpected()).as("some missing").isGreaterThan(total.reportsReceived());
        rowsAreTheOpenVersionsCounted();
        assertThat(changes).as("steps that changed the ledger").isGreaterThan(20);
        assertThat(movedLines).as("changes that moved some lines, caught up").isGreaterThan(10);
        assertThat(keptLines).as("lines kept as they were while others moved").isGreaterThan(movedLines);
    }

    /** Today's lines and track of the day of {@code at}, as a server keeps them, with their generation. */
    private Map<String, Object> keptAsOf(Instant at) {
        LocalDate day = LocalDate.ofInstant(at, zone);
        Map<String, Object> kept = new HashMap<>();
        jpa.inTenant(tenant, em -> {
            kept.put("generation", Ledger.generation(em));
            for (Long doc : new Long[] {null, document}) {
                for (Set<Long> scope : java.util.Arrays.asList(null, firstAgencies(em))) {
                    TodaysCounts counts = new TodaysCounts(em, day, doc, scope);
                    kept.put("lines " + doc + " " + scope, counts.cells());
                    if (doc == null) {
                        kept.put("track " + scope, counts.reportsByAgencyAndPeriod());
                    }
                }
            }
        });
        return kept;
    }

    /**
     * After a change on the day of {@code at}, the lines and track kept before it, caught up by what
     * moved (D-049), are what the ledger reads; and a line the change did not move is the very
     * object kept.
     */
    @SuppressWarnings("unchecked")
    private void caughtUpIsWhatTheLedgerReads(Instant at, Map<String, Object> before) {
        LocalDate day = LocalDate.ofInstant(at, zone);
        Instant cut = day.plusDays(1).atStartOfDay(zone).toInstant();
        long generation = (Long) before.get("generation");
        jpa.inTenant(tenant, em -> {
            if (Ledger.generation(em) > generation) {
                changes++;
            }
            for (Long doc : new Long[] {null, document}) {
                for (Set<Long> scope : java.util.Arrays.asList(null, firstAgencies(em))) {
                    TallyQuery ledger = new TallyQuery(em, day, cut, doc, scope);
                    TodaysCounts counts = new TodaysCounts(em, day, doc, scope);
                    String what = "caught up, " + day + " document " + doc + " agencies " + scope;
                    TodaysLines kept = (TodaysLines) before.get("lines " + doc + " " + scope);
                    TodaysLines caughtUp = counts.linesMovedSince(kept, generation);
                    assertThat(caughtUp.lines()).as(what).isEqualTo(ledger.lines());
                    assertThat(caughtUp.cells())
                            .as(what)
                            .isEqualTo(counts.cells().cells());
                    if (doc == null && scope == null) {
                        caughtUp.cells().forEach((cell, t) -> {
                            if (kept.cells().get(cell) == t) {
                                keptLines++;
                            } else {
                                movedLines++;
                            }
                        });
                    }
                    if (doc == null) {
                        assertThat(counts.reportsMovedSince(
                                        (Map<Long, Map<String, Tally>>) before.get("track " + scope), generation))
                                .as(what)
                                .isEqualTo(ledger.reportsByAgencyAndPeriod());
                    }
                }
            }
        });
    }

    /** The first two agencies by id: a scope that changes sometimes touch and sometimes do not. */
    private static Set<Long> firstAgencies(jakarta.persistence.EntityManager em) {
        return Set.copyOf(em.createQuery("SELECT a.id FROM Agency a ORDER BY a.id", Long.class)
                .setMaxResults(2)
                .getResultList());
    }

    @Test
    void aDayWrittenAfterItsEndIsReadFromTheLedger() {
        tenant = jpa.newTenant();
        jpa.bundleDirectory(tenant, "vinh-phuc");
        document = Plans.importInto(jpa, tenant, Plans.keHoach204(), "0".repeat(64), IMPORTED);
        nightly(IMPORTED);
        zone = jpa.fromTenant(tenant, BoundTenant::zoneOf);
        Instant endOfImportDay = LocalDate.ofInstant(IMPORTED, zone)
                .plusDays(1)
                .atStartOfDay(zone)
                .toInstant();
        assertThat(jpa.<Boolean>fromTenant(tenant, em -> Ledger.countsHoldAt(em, endOfImportDay)))
                .isTrue();
        assertThat(jpa.<Boolean>fromTenant(tenant, em -> Ledger.countsHoldAt(em, IMPORTED)))
                .as("written at that very moment")
                .isFalse();
        nightly(Instant.parse("2024-01-02T02:00:00Z"));
        assertThat(jpa.<Boolean>fromTenant(tenant, em -> Ledger.countsHoldAt(em, endOfImportDay)))
                .isFalse();
    }

    /** As of the day of {@code now}, and of its end: the counts give what the ledger reads. */
    private void sameAsTheLedger(Instant now) {
        LocalDate day = LocalDate.ofInstant(now, zone);
        Instant cut = day.plusDays(1).atStartOfDay(zone).toInstant();
        jpa.inTenant(tenant, em -> {
            assertThat(Ledger.countsHoldAt(em, cut)).isTrue();
            List<Long> agencies = em.createQuery("SELECT a.id FROM Agency a ORDER BY a.id", Long.class)
                    .getResultList();
            Set<Long> some =
                    new java.util.HashSet<>(List.of(agencies.get(random.nextInt(agencies.size())), agencies.get(0)));
            for (Long doc : new Long[] {null, document}) {
                for (Set<Long> scope : java.util.Arrays.asList(null, some)) {
                    TallyQuery ledger = new TallyQuery(em, day, cut, doc, scope);
                    TodaysCounts counts = new TodaysCounts(em, day, doc, scope);
                    String what = day + " document " + doc + " agencies " + scope;
                    TallyQuery.Lines lines = counts.lines();
                    assertThat(lines).as(what).isEqualTo(ledger.lines());
                    if (doc == null && scope == null) {
                        seen = lines.byAgency().values().stream().reduce(seen, Tally::plus);
                    }
                    if (doc == null) {
                        assertThat(counts.reportsByAgencyAndPeriod())
                                .as(what)
                                .isEqualTo(ledger.reportsByAgencyAndPeriod());
                    }
                    for (Count count : List.of(Count.OPEN_OVERDUE, Count.OPEN_WITHIN_DEADLINE, Count.REPORTS_MISSING)) {
                        assertThat(ids(ledger.openAtCut().versions(count)))
                                .as(what + " " + count.key())
                                .isEqualTo(ids(ledger.versions(count)));
                        assertThat(ledger.openAtCut().facts(count))
                                .as(what + " " + count.key() + ", read as values")
                                .isEqualTo(ledger.versions(count).stream()
                                        .map(TaskVersion::facts)
                                        .toList());
                    }
                }
            }
        });
    }

    /** Every non-zero row is the number of open versions of its key, and no key is missing. */
    private void rowsAreTheOpenVersionsCounted() {
        jpa.inTenant(tenant, em -> {
            Map<TaskCount.Key, Long> expected = new HashMap<>();
            em.createQuery("SELECT t FROM TaskVersion t WHERE t.validTo IS NULL", TaskVersion.class)
                    .getResultList()
                    .forEach(v -> TaskCount.Key.of(v.facts()).forEach(k -> expected.merge(k, 1L, Long::sum)));
            Map<TaskCount.Key, Long> kept = new HashMap<>();
            for (Object[] row : em.createQuery(
                            "SELECT c.agencyId, c.documentId, c.kind, c.periodLabel, c.completion, c.dueOn, c.tasks"
                                    + " FROM TaskCount c WHERE c.tasks > 0",
                            Object[].class)
                    .getResultList()) {
                kept.merge(
                        new TaskCount.Key(
                                (Long) row[0],
                                (Long) row[1],
                                (vn.dondoc.scorecards.entity.TaskKind) row[2],
                                (String) row[3],
                                (vn.dondoc.scorecards.entity.Completion) row[4],
                                (LocalDate) row[5]),
                        (Long) row[6],
                        Long::sum);
            }
            assertThat(kept).isEqualTo(expected);
        });
    }

    private static List<Long> ids(List<TaskVersion> versions) {
        return versions.stream().map(TaskVersion::id).toList();
    }

    private void nightly(Instant at) {
        jpa.inTenant(tenant, em -> {
            new ObligationSync(em).sync(document, LocalDate.ofInstant(at, ZoneOffset.UTC));
            new TaskLedger(em, Clock.fixed(at, ZoneOffset.UTC)).record(TasksChanged.document(document));
        });
    }

    /** A report of a period already open: received on time or late, returned, accepted with completions. */
    private void report(Instant at) {
        Object[] o = pick(
                "SELECT o.id, o.agency.code, o.agency.id FROM Obligation o WHERE o.documentId = :document"
                        + " AND o.status IN :status AND (o.periodFrom IS NULL OR o.periodFrom <= :today)"
                        // Half the time an agency that leads dated items, which its report completes.
                        + (random.nextBoolean()
                                ? ""
                                : " AND o.agency.id IN (SELECT a.agency.id FROM Assignment a JOIN a.item i"
                                        + " WHERE i.documentId = :document"
                                        + " AND a.role = vn.dondoc.items.entity.ResponsibilityRole.LEAD"
                                        + " AND i.schedule.kind = vn.dondoc.items.entity.Schedule.Kind.DEADLINE)"),
                Map.of(
                        "status",
                        List.of(
                                vn.dondoc.reporting.entity.ObligationStatus.PENDING,
                                vn.dondoc.reporting.entity.ObligationStatus.DRAFT,
                                vn.dondoc.reporting.entity.ObligationStatus.RETURNED),
                        "today",
                        LocalDate.ofInstant(at, ZoneOffset.UTC)));
        if (o == null) {
            return;
        }
        long obligation = (Long) o[0];
        String agency = (String) o[1];
        ReportInput input = new ReportInput();
        input.summary = "Báo cáo kết quả thực hiện";
        Object[] item = pick(
                "SELECT i.id, i.schedule.deadline FROM Assignment a JOIN a.item i WHERE i.documentId = :document"
                        + " AND a.agency.id = :agency AND a.role = vn.dondoc.items.entity.ResponsibilityRole.LEAD"
                        + " AND i.schedule.kind = vn.dondoc.items.entity.Schedule.Kind.DEADLINE",
                Map.of("agency", o[2]));
        if (item != null) {
            ReportInput.Entry entry = new ReportInput.Entry();
            entry.itemId = (Long) item[0];
            entry.narrative = "Đã hoàn thành";
            entry.completed = true;
            LocalDate latest = LocalDate.ofInstant(at, ZoneOffset.UTC);
            entry.completedOn = latest.minusDays(random.nextInt(240));
            input.entries.add(entry);
        }
        try {
            reports(at, agency, agency, Role.Names.AGENCY_OFFICER, r -> r.save(obligation, input, null));
            reports(at, agency, agency, Role.Names.AGENCY_OFFICER, r -> r.submit(obligation, null, null));
            int next = random.nextInt(4);
            if (next == 0) {
                return;
            }
            reports(at, agency + ".head", agency, Role.Names.AGENCY_HEAD, r -> r.approve(obligation, null));
            if (next == 1) {
                ReturnRequest back = new ReturnRequest();
                back.comment = "Bổ sung số liệu";
                reports(at, "thu-ky", agency, Role.Names.SECRETARIAT, r -> r.returnForRevision(obligation, back, null));
            } else {
                reports(at, "thu-ky", agency, Role.Names.SECRETARIAT, r -> r.accept(obligation, null));
            }
        } catch (RuntimeException refused) {
            // A step the workflow refuses here (a period not open yet, an entry not allowed) changes nothing.
        }
    }

    private void extendReport(Instant at) {
        Object[] o = pick(
                "SELECT o.id, o.agency.code, o.dueOn FROM Obligation o WHERE o.documentId = :document"
                        + " AND o.status IN :status",
                Map.of(
                        "status",
                        List.of(
                                vn.dondoc.reporting.entity.ObligationStatus.PENDING,
                                vn.dondoc.reporting.entity.ObligationStatus.DRAFT)));
        if (o == null) {
            return;
        }
        long obligation = (Long) o[0];
        String agency = (String) o[1];
        LocalDate later = ((LocalDate) o[2]).plusDays(5 + random.nextInt(40));
        ExtensionRequest ask = new ExtensionRequest();
        ask.requestedDueOn = later;
        ask.reason = "Chờ số liệu của các huyện";
        ExtensionDecision grant = new ExtensionDecision();
        grant.dueOn = later;
        try {
            extensions(at, agency, agency, Role.Names.AGENCY_OFFICER, e -> e.request(obligation, ask));
            extensions(at, "thu-ky", agency, Role.Names.SECRETARIAT, e -> e.approve(obligation, grant));
        } catch (RuntimeException refused) {
            // Not asked in time, or one waiting already: nothing changed.
        }
    }

    private void extendItem(Instant at) {
        Object[] a = pick(
                "SELECT i.id, a.agency.code, i.schedule.deadline FROM Assignment a JOIN a.item i"
                        + " WHERE i.documentId = :document AND a.role = vn.dondoc.items.entity.ResponsibilityRole.LEAD"
                        + " AND i.schedule.kind = vn.dondoc.items.entity.Schedule.Kind.DEADLINE",
                Map.of());
        if (a == null) {
            return;
        }
        String agency = (String) a[1];
        ItemAgency subject = new ItemAgency(document, (Long) a[0], agency);
        LocalDate deadline = (LocalDate) a[2];
        LocalDate today = LocalDate.ofInstant(at, ZoneOffset.UTC);
        LocalDate later = (deadline.isAfter(today) ? deadline : today).plusDays(5 + random.nextInt(60));
        ExtensionRequest ask = new ExtensionRequest();
        ask.requestedDueOn = later;
        ask.reason = "Chờ ý kiến của các bộ";
        ExtensionDecision grant = new ExtensionDecision();
        grant.dueOn = later;
        try {
            extensions(at, agency, agency, Role.Names.AGENCY_OFFICER, e -> e.requestForItem(subject, ask));
            extensions(at, "thu-ky", agency, Role.Names.SECRETARIAT, e -> e.approveForItem(subject, grant));
        } catch (RuntimeException refused) {
            // Not asked in time, or one waiting already: nothing changed.
        }
    }

    /** An item's date moved, earlier or later, as the secretariat's edit does, then recorded. */
    private void editItem(Instant at) {
        Object[] i = pick(
                "SELECT i.id, i.schedule.deadline FROM Item i WHERE i.documentId = :document"
                        + " AND i.schedule.kind = vn.dondoc.items.entity.Schedule.Kind.DEADLINE",
                Map.of());
        if (i == null) {
            return;
        }
        // Around the day, so that the tasks fall into every age as the days pass.
        LocalDate moved = LocalDate.ofInstant(at, ZoneOffset.UTC).plusDays(random.nextInt(211) - 150);
        jpa.inTenant(tenant, em -> {
            em.find(Item.class, i[0]).edit(null, new Schedule(Schedule.Kind.DEADLINE, moved, "Sửa thời hạn"));
            em.flush();
            new TaskLedger(em, Clock.fixed(at, ZoneOffset.UTC)).record(TasksChanged.document(document));
        });
    }

    /** One row of the query, at random, or {@code null} when none. */
    private Object[] pick(String jpql, Map<String, Object> parameters) {
        List<Object[]> rows = jpa.fromTenant(tenant, em -> {
            var query = em.createQuery(jpql, Object[].class).setParameter("document", document);
            parameters.forEach(query::setParameter);
            // In the order the rows were written (the first column is the id), not the order the
            // database happens to return: the same seed then makes the same steps whatever ids the
            // rows got, that is whichever tests ran before.
            List<Object[]> found = new java.util.ArrayList<>(query.getResultList());
            found.sort(java.util.Comparator.comparingLong(row -> ((Number) row[0]).longValue()));
            return found;
        });
        return rows.isEmpty() ? null : rows.get(random.nextInt(rows.size()));
    }

    private <T> T extensions(Instant at, String user, String agency, String role, Function<Extensions, T> call) {
        return jpa.fromTenant(
                tenant,
                em -> call.apply(ExtensionsByHand.as(
                        em, Clock.fixed(at, ZoneOffset.UTC), Callers.as(user, tenant, agency, role))));
    }

    private <T> T reports(Instant at, String user, String agency, String role, Function<Reports, T> call) {
        return jpa.fromTenant(
                tenant,
                em -> call.apply(ReportsByHand.as(em, Clock.fixed(at, ZoneOffset.UTC), tenant, user, agency, role)));
    }
}
