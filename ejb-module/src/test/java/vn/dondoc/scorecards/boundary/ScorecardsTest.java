package vn.dondoc.scorecards.boundary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.function.Function;
import java.util.stream.LongStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import vn.dondoc.items.entity.Item;
import vn.dondoc.items.entity.Schedule;
import vn.dondoc.platform.boundary.InvalidInput;
import vn.dondoc.platform.boundary.NotFound;
import vn.dondoc.platform.boundary.Page;
import vn.dondoc.platform.security.Role;
import vn.dondoc.reporting.boundary.ExtensionDecision;
import vn.dondoc.reporting.boundary.ExtensionRequest;
import vn.dondoc.reporting.boundary.Extensions;
import vn.dondoc.reporting.boundary.ExtensionsByHand;
import vn.dondoc.reporting.boundary.ItemAgency;
import vn.dondoc.reporting.boundary.ReportInput;
import vn.dondoc.reporting.boundary.Reports;
import vn.dondoc.reporting.boundary.ReportsByHand;
import vn.dondoc.reporting.boundary.TasksChanged;
import vn.dondoc.reporting.control.ObligationSync;
import vn.dondoc.reporting.entity.Obligation;
import vn.dondoc.reporting.entity.ObligationStatus;
import vn.dondoc.scorecards.boundary.ScorecardView.AgencyScore;
import vn.dondoc.scorecards.control.Ledger;
import vn.dondoc.scorecards.control.RulesInForce;
import vn.dondoc.scorecards.entity.TaskKind;
import vn.dondoc.testing.Callers;
import vn.dondoc.testing.JpaExtension;
import vn.dondoc.testing.Plans;

/**
 * The scorecard on the real database, with Kế hoạch 204 imported in mid-2023 and its obligations and
 * ledger recorded then; each step runs at its own moment, as the product's clock would give it.
 */
class ScorecardsTest {

    @RegisterExtension
    static final JpaExtension jpa = new JpaExtension();

    private static final Instant IMPORTED = Instant.parse("2023-07-01T02:00:00Z");
    private static final Instant OPENED_2024 = Instant.parse("2024-01-02T01:15:00Z");
    private static final LocalDate END_OF_H1 = LocalDate.of(2024, 6, 30);

    private String tenant;
    private long document;

    @BeforeEach
    void kehoach204() {
        tenant = jpa.newTenant();
        jpa.bundleDirectory(tenant, "vinh-phuc");
        document = Plans.importInto(jpa, tenant, Plans.keHoach204(), "0".repeat(64), IMPORTED);
        jpa.inTenant(tenant, em -> {
            new ObligationSync(em).sync(document, LocalDate.ofInstant(IMPORTED, ZoneOffset.UTC));
            ledger(em, IMPORTED).record(TasksChanged.document(document));
        });
        // The nightly run that opened 2024's first half
        jpa.inTenant(tenant, em -> {
            new ObligationSync(em).sync(document, LocalDate.ofInstant(OPENED_2024, ZoneOffset.UTC));
            ledger(em, OPENED_2024).record(TasksChanged.document(document));
        });
    }

    @Test
    void aPastDaysScorecardStaysAsItWasWhateverIsReportedExtendedOrEditedLater() {
        Instant firstLook = Instant.parse("2024-07-01T03:00:00Z");
        ScorecardView before = as(firstLook, "leader", null, Role.Names.LEADER, s -> s.scorecard(END_OF_H1, null));
        // The server's cache reads the settled day (its end three hours ago) once, and keeps it.
        KeptTallies kept = new KeptTallies();
        assertThat(keptIn(kept, firstLook, s -> s.scorecard(END_OF_H1, null)).agencies())
                .isEqualTo(before.agencies());
        long dated = datedItemLedBy("so-tu-phap", END_OF_H1);
        long h1 = obligation("so-tu-phap", "2024-H1");

        // A week later Sở Tư pháp reports that item done on 15/06 and the report is accepted, and
        // another of its items, due in 2025, is edited to have been due on 31/03/2024.
        Instant later = Instant.parse("2024-07-08T03:00:00Z");
        acceptReport(h1, dated, LocalDate.of(2024, 6, 15), later);
        long edited = datedItemLedBy("so-tu-phap", LocalDate.of(2025, 12, 31), dated);
        jpa.inTenant(tenant, em -> {
            Item item = em.find(Item.class, edited);
            item.edit(null, new Schedule(Schedule.Kind.DEADLINE, LocalDate.of(2024, 3, 31), "Quý I/2024"));
            em.flush();
            ledger(em, later).record(TasksChanged.document(document));
        });

        Instant lastLook = later.plusSeconds(60);
        ScorecardView again = as(lastLook, "leader", null, Role.Names.LEADER, s -> s.scorecard(END_OF_H1, null));
        ScorecardView now =
                as(lastLook, "leader", null, Role.Names.LEADER, s -> s.scorecard(LocalDate.of(2024, 7, 8), null));

        assertThat(again.agencies()).isEqualTo(before.agencies());
        assertThat(again.totals()).isEqualTo(before.totals());
        // What the cache kept is what the ledger still reads; today shows the changes.
        ScorecardView againKept = keptIn(kept, lastLook, s -> s.scorecard(END_OF_H1, null));
        assertThat(againKept.agencies()).isEqualTo(again.agencies());
        assertThat(againKept.trend()).isEqualTo(again.trend());
        assertThat(keptIn(kept, lastLook, s -> s.scorecard(LocalDate.of(2024, 7, 8), null))
                        .agencies())
                .isEqualTo(now.agencies());
        ScorecardView.Tasks then = line(before, "so-tu-phap").tasks();
        ScorecardView.Tasks after = line(now, "so-tu-phap").tasks();
        assertThat(after.completedOnTime()).isEqualTo(then.completedOnTime() + 1);
        assertThat(after.openOverdue()).isEqualTo(then.openOverdue() + 1);
        assertThat(after.openWithinDeadline()).isEqualTo(then.openWithinDeadline() - 2);
        assertThat(line(now, "so-tu-phap").reports().received())
                .isEqualTo(line(before, "so-tu-phap").reports().received() + 1);
    }

    @Test
    void todaysCountsAreKeptUntilTheLedgerChangesAndThenReadAgain() {
        Instant look = Instant.parse("2024-07-08T03:00:00Z");
        LocalDate today = LocalDate.of(2024, 7, 8);
        KeptTallies kept = new KeptTallies();
        long generation = generation(tenant);
        assertThat(generation)
                .as("the import and the nightly run were recorded")
                .isPositive();
        ScorecardView first = keptIn(kept, look, s -> s.scorecard(today, null));

        // A count moved behind the ledger's back (never done by the product) is not seen while the
        // counts are kept: proof that the second read came from the cache, not from the database.
        jpa.inTenant(
                tenant,
                em -> em.createQuery("UPDATE TaskCount c SET c.tasks = c.tasks + 5"
                                + " WHERE c.kind = :item AND c.documentId IS NOT NULL")
                        .setParameter("item", TaskKind.ITEM)
                        .executeUpdate());
        assertThat(keptIn(kept, look.plusSeconds(60), s -> s.scorecard(today, null))
                        .totals())
                .isEqualTo(first.totals());
        ScorecardView behindItsBack =
                as(look.plusSeconds(60), "leader", null, Role.Names.LEADER, s -> s.scorecard(today, null));
        assertThat(behindItsBack.totals().tasks().assigned())
                .isGreaterThan(first.totals().tasks().assigned());
        jpa.inTenant(
                tenant,
                em -> em.createQuery("UPDATE TaskCount c SET c.tasks = c.tasks - 5"
                                + " WHERE c.kind = :item AND c.documentId IS NOT NULL")
                        .setParameter("item", TaskKind.ITEM)
                        .executeUpdate());

        // A real change, recorded by the ledger, raises the generation: the next read counts again.
        long h1 = obligation("so-tu-phap", "2024-H1");
        long dated = datedItemLedBy("so-tu-phap", END_OF_H1);
        acceptReport(h1, dated, LocalDate.of(2024, 6, 15), look.plusSeconds(120));
        assertThat(generation(tenant)).isGreaterThan(generation);
        ScorecardView afterTheChange = keptIn(kept, look.plusSeconds(180), s -> s.scorecard(today, null));
        assertThat(afterTheChange.totals())
                .isEqualTo(as(look.plusSeconds(180), "leader", null, Role.Names.LEADER, s -> s.scorecard(today, null))
                        .totals());
        assertThat(afterTheChange.totals().reports().received())
                .isEqualTo(first.totals().reports().received() + 1);
    }

    @Test
    void aRecordingThatChangesNothingLeavesTheGenerationAsItWas() {
        long before = generation(tenant);
        jpa.inTenant(tenant, em -> ledger(em, OPENED_2024.plusSeconds(60)).record(TasksChanged.document(document)));
        assertThat(generation(tenant)).isEqualTo(before);
        String other = jpa.newTenant();
        assertThat(generation(other)).as("another tenant's own").isZero();
    }

    @Test
    void anExtensionGrantedLaterMovesTheDeadlineFromItsDayOnwardsOnly() {
        long dated = datedItemLedBy("so-tu-phap", END_OF_H1);
        LocalDate fifth = LocalDate.of(2024, 7, 5);
        ScorecardView before = as(
                Instant.parse("2024-07-05T09:00:00Z"),
                "leader",
                null,
                Role.Names.LEADER,
                s -> s.scorecard(fifth, null));

        Instant sixth = Instant.parse("2024-07-06T03:00:00Z");
        ItemAgency subject = new ItemAgency(document, dated, "so-tu-phap");
        ExtensionRequest ask = new ExtensionRequest();
        ask.requestedDueOn = LocalDate.of(2024, 7, 31);
        ask.reason = "Chờ số liệu của các huyện";
        extensions(sixth, "so-tu-phap", "so-tu-phap", Role.Names.AGENCY_OFFICER, e -> e.requestForItem(subject, ask));
        ExtensionDecision grant = new ExtensionDecision();
        grant.dueOn = LocalDate.of(2024, 7, 31);
        extensions(sixth, "thu-ky", "so-tu-phap", Role.Names.SECRETARIAT, e -> e.approveForItem(subject, grant));

        Instant look = sixth.plusSeconds(60);
        ScorecardView again = as(look, "leader", null, Role.Names.LEADER, s -> s.scorecard(fifth, null));
        ScorecardView after = as(look, "leader", null, Role.Names.LEADER, s -> s.scorecard(fifth.plusDays(1), null));

        assertThat(again.agencies()).isEqualTo(before.agencies());
        ScorecardView.Tasks then = line(before, "so-tu-phap").tasks();
        ScorecardView.Tasks now = line(after, "so-tu-phap").tasks();
        assertThat(now.openOverdue()).isEqualTo(then.openOverdue() - 1);
        assertThat(now.openWithinDeadline()).isEqualTo(then.openWithinDeadline() + 1);
        assertThat(line(after, "so-tu-phap").requests().extensionsApproved()).isEqualTo(1);
        assertThat(line(again, "so-tu-phap").requests().extensionsAsked()).isZero();
        Page<ScorecardLine> within = as(
                look,
                "leader",
                null,
                Role.Names.LEADER,
                s -> s.lines(fifth.plusDays(1), document, "so-tu-phap", null, "openWithinDeadline", 0, 500));
        assertThat(within.items())
                .filteredOn(l -> Long.valueOf(dated).equals(l.itemId()))
                .singleElement()
                .satisfies(l -> {
                    assertThat(l.dueOn()).isEqualTo(LocalDate.of(2024, 7, 31));
                    assertThat(l.originalDueOn()).isEqualTo(END_OF_H1);
                });
    }

    @Test
    void aReportIsReceivedOnTheTenantsDayNotUtcs() {
        long h1 = obligation("so-tu-phap", "2024-H1");
        LocalDate due =
                jpa.fromTenant(tenant, em -> em.find(Obligation.class, h1).dueOn());
        // 00:30 in Vĩnh Phúc the day after the deadline is still the deadline's day in UTC
        Instant halfPastMidnight = due.plusDays(1)
                .atTime(0, 30)
                .atZone(ZoneId.of("Asia/Ho_Chi_Minh"))
                .toInstant();
        jpa.inTenant(tenant, em -> {
            em.createQuery("UPDATE Obligation o SET o.receivedAt = :at, o.status = :submitted WHERE o.id = :id")
                    .setParameter("at", halfPastMidnight)
                    .setParameter("submitted", ObligationStatus.SUBMITTED)
                    .setParameter("id", h1)
                    .executeUpdate();
            ledger(em, halfPastMidnight).record(TasksChanged.obligation(document, h1));
        });

        Page<ScorecardLine> received = as(
                halfPastMidnight.plusSeconds(3600),
                "leader",
                null,
                Role.Names.LEADER,
                s -> s.lines(null, document, "so-tu-phap", null, "reportsReceived", 0, 50));

        assertThat(received.items())
                .filteredOn(l -> Long.valueOf(h1).equals(l.obligationId()))
                .singleElement()
                .satisfies(l -> {
                    assertThat(l.doneOn()).isEqualTo(due.plusDays(1));
                    assertThat(l.status()).isEqualTo("RECEIVED_LATE");
                });
    }

    @Test
    void everyCountsDrillDownListsExactlyWhatItCounts() {
        Instant look = Instant.parse("2024-09-01T03:00:00Z");
        ScorecardView card = as(look, "leader", null, Role.Names.LEADER, s -> s.scorecard(END_OF_H1, null));
        AgencyScore justice = line(card, "so-tu-phap");
        assertThat(justice.tasks().assigned()).isPositive();
        assertThat(justice.reports().expected()).isPositive();

        for (String count : List.of(
                "assigned",
                "due",
                "completedOnTime",
                "completedLate",
                "openWithinDeadline",
                "openOverdue",
                "reportsExpected",
                "reportsReceived",
                "reportsMissing")) {
            Page<ScorecardLine> lines = as(
                    look,
                    "leader",
                    null,
                    Role.Names.LEADER,
                    s -> s.lines(END_OF_H1, null, "so-tu-phap", null, count, 0, 500));
            assertThat(lines.total()).as(count).isEqualTo(expected(justice, count));
            assertThat(lines.items())
                    .as(count)
                    .hasSize((int) lines.total())
                    .allMatch(l -> l.agencyCode().equals("so-tu-phap"));
        }
        Page<ScorecardLine> overdue = as(
                look,
                "leader",
                null,
                Role.Names.LEADER,
                s -> s.lines(END_OF_H1, null, "so-tu-phap", null, "openOverdue", 0, 500));
        assertThat(overdue.items()).allSatisfy(l -> {
            assertThat(l.status()).isEqualTo("OPEN_OVERDUE");
            assertThat(l.daysOverdue())
                    .isEqualTo(END_OF_H1.toEpochDay() - l.dueOn().toEpochDay());
            assertThat(l.aging()).isNotNull();
        });
        assertThat(justice.drillDown()).isEqualTo("/api/v1/scorecard/lines?asOf=2024-06-30&agency=so-tu-phap");
    }

    @Test
    void openItemsListsTheAgencysUnfinishedDatedItemsWithinDeadlineAndOverdueSoonestFirst() {
        Instant look = Instant.parse("2024-09-01T03:00:00Z");
        LocalDate midJuly = LocalDate.of(2024, 7, 15); // one item overdue since 30/06, others within
        Function<String, Page<ScorecardLine>> officer = count -> as(
                look,
                "so-tu-phap",
                "so-tu-phap",
                Role.Names.AGENCY_OFFICER,
                s -> s.lines(midJuly, null, "so-tai-chinh", null, count, 0, 500));
        List<ScorecardLine> open = officer.apply("openItems").items();
        List<ScorecardLine> items = new java.util.ArrayList<>();
        items.addAll(officer.apply("openWithinDeadline").items());
        items.addAll(officer.apply("openOverdue").items());
        items.removeIf(l -> !l.kind().equals(TaskKind.ITEM.name()));

        assertThat(open).isNotEmpty();
        assertThat(open)
                .extracting(ScorecardLine::itemId)
                .containsExactlyInAnyOrderElementsOf(
                        items.stream().map(ScorecardLine::itemId).toList());
        assertThat(open).allSatisfy(l -> {
            assertThat(l.kind()).isEqualTo("ITEM");
            assertThat(l.agencyCode()).as("an agency's user reads its own").isEqualTo("so-tu-phap");
            assertThat(l.doneOn()).isNull();
            assertThat(l.status()).isIn("OPEN_WITHIN_DEADLINE", "OPEN_OVERDUE");
        });
        assertThat(open).extracting(ScorecardLine::dueOn).isSorted();
        assertThat(open).anyMatch(l -> l.daysOverdue() > 0);
        assertThat(open).anyMatch(l -> l.daysOverdue() == 0);
    }

    @Test
    void aPeriodsReportsDrillDownListsThatPeriodsReportsOnly() {
        Instant look = Instant.parse("2024-09-01T03:00:00Z");
        AgencyScore justice =
                line(as(look, "leader", null, Role.Names.LEADER, s -> s.scorecard(END_OF_H1, null)), "so-tu-phap");
        assertThat(justice.periods()).isNotEmpty();

        for (ScorecardView.PeriodReports period : justice.periods()) {
            Page<ScorecardLine> expected = as(
                    look,
                    "leader",
                    null,
                    Role.Names.LEADER,
                    s -> s.lines(END_OF_H1, null, "so-tu-phap", null, period.periodLabel(), "reportsExpected", 0, 500));
            assertThat(expected.total()).as(period.periodLabel()).isEqualTo(period.expected());
            assertThat(expected.items())
                    .hasSize((int) period.expected())
                    .allMatch(l -> l.kind().equals("REPORT") && l.subject().contains(period.periodLabel()));
            Page<ScorecardLine> received = as(
                    look,
                    "leader",
                    null,
                    Role.Names.LEADER,
                    s -> s.lines(END_OF_H1, null, "so-tu-phap", null, period.periodLabel(), "reportsReceived", 0, 500));
            assertThat(received.total()).as(period.periodLabel()).isEqualTo(period.received());
        }
        assertThat(justice.periods().stream()
                        .mapToLong(ScorecardView.PeriodReports::expected)
                        .sum())
                .isEqualTo(justice.reports().expected());
        Page<ScorecardLine> tasksOfAPeriod = as(
                look,
                "leader",
                null,
                Role.Names.LEADER,
                s -> s.lines(END_OF_H1, null, "so-tu-phap", null, "2024-H1", "assigned", 0, 500));
        assertThat(tasksOfAPeriod.items()).allMatch(l -> l.kind().equals("REPORT"));
    }

    @Test
    void theLinesAddUpToTheTotalsAndTheRatesUseTheirDenominators() {
        ScorecardView card = as(
                Instant.parse("2024-09-01T03:00:00Z"),
                "leader",
                null,
                Role.Names.LEADER,
                s -> s.scorecard(END_OF_H1, null));

        assertThat(card.agencies().stream().mapToLong(a -> a.tasks().assigned()).sum())
                .isEqualTo(card.totals().tasks().assigned());
        assertThat(card.agencies().stream()
                        .mapToLong(a -> a.reports().expected())
                        .sum())
                .isEqualTo(card.totals().reports().expected());
        assertThat(card.documents())
                .singleElement()
                .satisfies(d -> assertThat(d.tasks()).isEqualTo(card.totals().tasks()));
        ScorecardView.Tasks t = card.totals().tasks();
        assertThat(t.due()).isEqualTo(t.completedOnTime() + t.completedLate() + t.openOverdue());
        assertThat(card.totals().rates().overdueOfDue())
                .isEqualTo(vn.dondoc.scorecards.control.Percent.unfavourable(t.openOverdue(), t.due()));
        assertThat(card.trend()).hasSize(Scorecards.TREND_POINTS);
        assertThat(card.trend().get(Scorecards.TREND_POINTS - 1).asOf()).isEqualTo(LocalDate.of(2023, 12, 31));
    }

    @Test
    void anAgencysUserReadsItsOwnLineOnly() {
        ScorecardView own = as(
                Instant.parse("2024-09-01T03:00:00Z"),
                "so-tu-phap",
                "so-tu-phap",
                Role.Names.AGENCY_OFFICER,
                s -> s.scorecard(END_OF_H1, null));

        assertThat(own.agencies()).extracting(AgencyScore::agencyCode).containsExactly("so-tu-phap");
        assertThat(own.totals().tasks()).isEqualTo(own.agencies().get(0).tasks());
        Page<ScorecardLine> asked = as(
                Instant.parse("2024-09-01T03:00:00Z"),
                "so-tu-phap",
                "so-tu-phap",
                Role.Names.AGENCY_OFFICER,
                s -> s.lines(END_OF_H1, null, "so-tai-chinh", null, "assigned", 0, 50));
        assertThat(asked.items()).allMatch(l -> l.agencyCode().equals("so-tu-phap"));
    }

    @Test
    void anotherTenantsDocumentIsNotFoundAndADayAfterTodayIsRefused() {
        String other = jpa.newTenant();
        jpa.bundleDirectory(other, "vinh-phuc");
        Instant look = Instant.parse("2024-09-01T03:00:00Z");

        assertThatThrownBy(() -> asIn(other, look, "leader", null, Role.Names.LEADER, s -> s.scorecard(null, document)))
                .isInstanceOf(NotFound.class);
        assertThat(asIn(other, look, "leader", null, Role.Names.LEADER, s -> s.scorecard(END_OF_H1, null))
                        .agencies())
                .isEmpty();
        assertThatThrownBy(() ->
                        as(look, "leader", null, Role.Names.LEADER, s -> s.scorecard(LocalDate.of(2024, 9, 2), null)))
                .isInstanceOf(InvalidInput.class)
                .hasMessageContaining("asOf");
        assertThatThrownBy(() -> as(
                        look,
                        "leader",
                        null,
                        Role.Names.LEADER,
                        s -> s.lines(END_OF_H1, null, null, null, "nothing", 0, 10)))
                .isInstanceOf(InvalidInput.class)
                .hasMessageContaining("count");
    }

    @Test
    void newRulesGradeFromTheirMomentAndEarlierDaysKeepTheirs() {
        Instant look = Instant.parse("2024-09-01T03:00:00Z");
        RulesInForce before = as(look, "leader", null, Role.Names.LEADER, Scorecards::rules);
        ScoringRulesInput stricter = new ScoringRulesInput();
        stricter.bandExcellent = new BigDecimal("95");

        RulesInForce set = as(look, "admin", null, Role.Names.ADMIN, s -> s.setRules(stricter));

        assertThat(set.bandExcellent()).isEqualByComparingTo("95");
        assertThat(set.weightCompletedOfDue()).isEqualTo(before.weightCompletedOfDue());
        assertThat(as(look.plusSeconds(1), "leader", null, Role.Names.LEADER, s -> s.scorecard(null, null))
                        .rules()
                        .bandExcellent())
                .isEqualByComparingTo("95");
        assertThat(as(
                                look.plusSeconds(1),
                                "leader",
                                null,
                                Role.Names.LEADER,
                                s -> s.scorecard(LocalDate.of(2024, 8, 31), null))
                        .rules()
                        .bandExcellent())
                .isEqualByComparingTo("90");
    }

    private static long expected(AgencyScore line, String count) {
        return switch (count) {
            case "assigned" -> line.tasks().assigned();
            case "due" -> line.tasks().due();
            case "completedOnTime" -> line.tasks().completedOnTime();
            case "completedLate" -> line.tasks().completedLate();
            case "openWithinDeadline" -> line.tasks().openWithinDeadline();
            case "openOverdue" -> line.tasks().openOverdue();
            case "reportsExpected" -> line.reports().expected();
            case "reportsReceived" -> line.reports().received();
            case "reportsMissing" -> line.reports().expected() - line.reports().received();
            default -> throw new IllegalArgumentException(count);
        };
    }

    private void acceptReport(long obligation, long item, LocalDate completedOn, Instant at) {
        ReportInput input = new ReportInput();
        input.summary = "Báo cáo 6 tháng đầu năm 2024";
        ReportInput.Entry entry = new ReportInput.Entry();
        entry.itemId = item;
        entry.narrative = "Đã hoàn thành";
        entry.completed = true;
        entry.completedOn = completedOn;
        input.entries.add(entry);
        reports(at, "so-tu-phap", "so-tu-phap", Role.Names.AGENCY_OFFICER, r -> r.save(obligation, input, null));
        reports(at, "so-tu-phap", "so-tu-phap", Role.Names.AGENCY_OFFICER, r -> r.submit(obligation, null, null));
        reports(at, "so-tu-phap.head", "so-tu-phap", Role.Names.AGENCY_HEAD, r -> r.approve(obligation, null));
        reports(at, "thu-ky", "so-tu-phap", Role.Names.SECRETARIAT, r -> r.accept(obligation, null));
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

    /** A dated item the agency leads, due on or before {@code by}, other than {@code except}. */
    private long datedItemLedBy(String agency, LocalDate by, long... except) {
        return jpa.fromTenant(
                tenant,
                em -> em.createQuery(
                                "SELECT i.id FROM Assignment a JOIN a.item i WHERE a.agency.code = :agency"
                                        + " AND a.role = vn.dondoc.items.entity.ResponsibilityRole.LEAD"
                                        + " AND i.schedule.deadline <= :by AND i.id NOT IN :except"
                                        + " ORDER BY i.schedule.deadline, i.id",
                                Long.class)
                        .setParameter("agency", agency)
                        .setParameter("by", by)
                        .setParameter(
                                "except",
                                LongStream.concat(LongStream.of(-1), LongStream.of(except))
                                        .boxed()
                                        .toList())
                        .setMaxResults(1)
                        .getSingleResult());
    }

    private long obligation(String agency, String period) {
        return jpa.fromTenant(
                tenant,
                em -> em.createQuery(
                                "SELECT o.id FROM Obligation o WHERE o.agency.code = :agency AND o.periodLabel = :period",
                                Long.class)
                        .setParameter("agency", agency)
                        .setParameter("period", period)
                        .getSingleResult());
    }

    private static long generation(String of) {
        return jpa.<Long>fromTenant(of, Ledger::generation);
    }

    private static AgencyScore line(ScorecardView card, String agency) {
        return card.agencies().stream()
                .filter(a -> agency.equals(a.agencyCode()))
                .findFirst()
                .orElseThrow(() -> new AssertionError("No line for " + agency));
    }

    /** Without the cache of past days: every count read from the ledger. */
    private <T> T as(Instant at, String user, String agency, String role, Function<Scorecards, T> call) {
        return asIn(tenant, at, user, agency, role, call);
    }

    private static <T> T asIn(
            String inTenant, Instant at, String user, String agency, String role, Function<Scorecards, T> call) {
        return asIn(null, inTenant, at, user, agency, role, call);
    }

    /** As the server reads: through {@code kept}, the cache of settled days' counts (D-034). */
    private <T> T keptIn(KeptTallies kept, Instant at, Function<Scorecards, T> call) {
        return asIn(kept, tenant, at, "leader", null, Role.Names.LEADER, call);
    }

    private static <T> T asIn(
            KeptTallies kept,
            String inTenant,
            Instant at,
            String user,
            String agency,
            String role,
            Function<Scorecards, T> call) {
        return jpa.fromTenant(inTenant, em -> {
            Scorecards scorecards = new Scorecards();
            scorecards.em = em;
            scorecards.clock = Clock.fixed(at, ZoneOffset.UTC);
            scorecards.kept = kept;
            scorecards.caller = Callers.as(user, inTenant, agency, role);
            return call.apply(scorecards);
        });
    }

    private static TaskLedger ledger(EntityManager em, Instant at) {
        return new TaskLedger(em, Clock.fixed(at, ZoneOffset.UTC));
    }
}
