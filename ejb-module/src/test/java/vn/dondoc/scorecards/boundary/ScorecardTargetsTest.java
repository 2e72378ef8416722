package vn.dondoc.scorecards.boundary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import vn.dondoc.platform.boundary.NotFound;
import vn.dondoc.platform.security.Role;
import vn.dondoc.reporting.boundary.ReportInput;
import vn.dondoc.reporting.boundary.Reports;
import vn.dondoc.reporting.boundary.ReportsByHand;
import vn.dondoc.reporting.boundary.TasksChanged;
import vn.dondoc.reporting.control.ObligationSync;
import vn.dondoc.scorecards.boundary.ScorecardView.AgencyScore;
import vn.dondoc.scorecards.boundary.ScorecardView.TargetTrack;
import vn.dondoc.targets.boundary.TargetInput;
import vn.dondoc.targets.boundary.TargetView;
import vn.dondoc.targets.boundary.Targets;
import vn.dondoc.targets.boundary.TargetsByHand;
import vn.dondoc.targets.control.PlanTargets;
import vn.dondoc.targets.entity.Target;
import vn.dondoc.testing.Callers;
import vn.dondoc.testing.JpaExtension;
import vn.dondoc.testing.Plans;

/**
 * Targets on the real database (D-047): Kế hoạch 204 imported, its 2024-H1 obligations open, Sở Tư
 * pháp given a mediation target of at least 95 % for 2024-H1, and its report of 2.897 successful
 * mediations of 3.073 taken through review. Results come from accepted reports only, a past day's
 * track stays as it was, and the tenant's emulation rule excludes an agency that missed a target.
 */
class ScorecardTargetsTest {

    @RegisterExtension
    static final JpaExtension jpa = new JpaExtension();

    private static final Instant IMPORTED = Instant.parse("2023-07-01T02:00:00Z");
    private static final Instant OPENED_2024 = Instant.parse("2024-01-02T01:15:00Z");
    private static final Instant APPROVED = Instant.parse("2024-06-20T03:00:00Z");
    private static final Instant ACCEPTED = Instant.parse("2024-12-22T03:00:00Z");
    private static final Instant LATER = Instant.parse("2024-12-23T03:00:00Z");
    private static final LocalDate BEFORE_ACCEPTANCE = LocalDate.of(2024, 12, 20);
    private static final String AGENCY = "so-tu-phap";

    private String tenant;
    private long document;
    private long item;

    @BeforeEach
    void kehoach204() {
        tenant = jpa.newTenant();
        jpa.bundleDirectory(tenant, "vinh-phuc");
        document = Plans.importInto(jpa, tenant, Plans.keHoach204(), "0".repeat(64), IMPORTED);
        jpa.inTenant(tenant, em -> {
            new ObligationSync(em).sync(document, LocalDate.ofInstant(IMPORTED, ZoneOffset.UTC));
            new TaskLedger(em, Clock.fixed(IMPORTED, ZoneOffset.UTC)).record(TasksChanged.document(document));
        });
        jpa.inTenant(tenant, em -> {
            new ObligationSync(em).sync(document, LocalDate.ofInstant(OPENED_2024, ZoneOffset.UTC));
            new TaskLedger(em, Clock.fixed(OPENED_2024, ZoneOffset.UTC)).record(TasksChanged.document(document));
        });
        item = jpa.fromTenant(
                tenant,
                em -> em.createQuery(
                                "SELECT a.item.id FROM Assignment a WHERE a.agency.code = :agency ORDER BY a.item.position",
                                Long.class)
                        .setParameter("agency", AGENCY)
                        .setMaxResults(1)
                        .getSingleResult());
    }

    @Test
    void theTargetsAPlanStatesAreReadForItsLeadAgenciesOnceAndQuickly() {
        long started = System.nanoTime();
        int stated = jpa.fromTenant(tenant, em -> new PlanTargets(em).sync(document, "system", IMPORTED));
        long millis = (System.nanoTime() - started) / 1_000_000;
        int again = jpa.fromTenant(tenant, em -> new PlanTargets(em).sync(document, "system", IMPORTED));
        List<Target> kept = jpa.fromTenant(
                tenant,
                em -> em.createQuery("SELECT t FROM Target t JOIN FETCH t.agency", Target.class)
                        .getResultList());
        System.out.printf("Kế hoạch 204: %d targets read in %d ms%n", stated, millis);
        assertThat(again).isEqualTo(stated);
        assertThat(kept).hasSize(stated);
        assertThat(kept).allSatisfy(t -> {
            assertThat(t.sourceText()).isNotBlank();
            assertThat(t.year())
                    .isEqualTo(PlanTargets.yearOf(
                            jpa.fromTenant(tenant, em -> em.find(vn.dondoc.documents.entity.Document.class, document)),
                            IMPORTED));
        });
        assertThat(millis).as("reading the plan's targets").isLessThan(2_000);
    }

    @Test
    void aResultComesFromAcceptedReportsOnlyAndAPastDayStaysAsItWas() {
        TargetView target = mediationTarget();
        approvedReport("2897", "3073");

        TargetTrack before = track(
                scorecard(BEFORE_ACCEPTANCE, BEFORE_ACCEPTANCE.atTime(9, 0).toInstant(ZoneOffset.UTC)));
        assertThat(before.year()).isEqualTo(2024);
        assertThat(before.due()).isEqualTo(1);
        assertThat(before.noResult()).as("an approved report is not a result").isEqualTo(1);
        assertThat(before.missed()).isZero();
        TargetView approvedOnly = targets(
                BEFORE_ACCEPTANCE.atTime(9, 0).toInstant(ZoneOffset.UTC),
                "thu-ky",
                AGENCY,
                Role.Names.SECRETARIAT,
                t -> t.one(target.id()));
        assertThat(approvedOnly.attainment().status()).isEqualTo("NO_RESULT");

        call("thu-ky", AGENCY, "SECRETARIAT", ACCEPTED, r -> r.accept(obligation(), null));

        TargetTrack sameDayAsked = track(scorecard(BEFORE_ACCEPTANCE, LATER));
        assertThat(sameDayAsked).as("asked again after the acceptance").isEqualTo(before);
        TargetTrack after = track(scorecard(LocalDate.of(2024, 12, 23), LATER));
        assertThat(after.missed()).isEqualTo(1);
        assertThat(after.met()).isZero();
        assertThat(after.excludedFromEmulation())
                .as("the rule is off by default")
                .isFalse();
        assertThat(after.missedTargets()).singleElement().satisfies(m -> {
            assertThat(m.result()).isEqualByComparingTo("94.27");
            assertThat(m.target()).isEqualTo("≥ 95 %");
            assertThat(m.resultShown()).isEqualTo("94,27 % (2.897/3.073)");
        });

        TargetView judged = targets(LATER, "thu-ky", AGENCY, Role.Names.SECRETARIAT, t -> t.one(target.id()));
        assertThat(judged.attainment().status()).isEqualTo("MISSED");
        assertThat(judged.attainment().result().numerator()).isEqualByComparingTo("2897");
        assertThat(judged.attainment().result().denominator()).isEqualByComparingTo("3073");
        assertThat(judged.attainment().result().value()).isEqualByComparingTo("94.27");
        assertThat(judged.attainment().result().oneDecimal()).isEqualTo("94,3 %");
    }

    @Test
    void theEmulationRuleExcludesAnAgencyThatMissedATargetAndTheTotalsCountIt() {
        mediationTarget();
        approvedReport("2897", "3073");
        call("thu-ky", AGENCY, "SECRETARIAT", ACCEPTED, r -> r.accept(obligation(), null));
        ScoringRulesInput rule = new ScoringRulesInput();
        rule.excludeMissedTargets = true;
        jpa.inTenant(
                tenant,
                em -> scorecards(em, ACCEPTED, "admin", null, Role.Names.ADMIN).setRules(rule));

        ScorecardView card = scorecard(LocalDate.of(2024, 12, 23), LATER);
        assertThat(track(card).excludedFromEmulation()).isTrue();
        assertThat(card.totals().targets().agenciesExcluded()).isEqualTo(1);
        assertThat(card.totals().targets().missed()).isEqualTo(1);
        assertThat(card.rules().excludeMissedTargets()).isTrue();
        ScorecardView earlier = scorecard(LocalDate.of(2024, 12, 21), LATER);
        assertThat(track(earlier).excludedFromEmulation())
                .as("judged before the acceptance")
                .isFalse();
    }

    @Test
    void aMetTargetIsNotMissedAndExceedingCountsAsMet() {
        mediationTarget();
        approvedReport("2950", "3073");
        call("thu-ky", AGENCY, "SECRETARIAT", ACCEPTED, r -> r.accept(obligation(), null));
        TargetTrack t = track(scorecard(LocalDate.of(2024, 12, 23), LATER));
        assertThat(t.met()).isEqualTo(1);
        assertThat(t.exceeded()).as("96,00 % against ≥ 95 %").isEqualTo(1);
        assertThat(t.missed()).isZero();
    }

    @Test
    void anotherAgencySeesNoneOfItAndAnotherTenantFindsNothing() {
        TargetView target = mediationTarget();
        var own = targets(LATER, AGENCY, AGENCY, Role.Names.AGENCY_OFFICER, t -> t.list(document, null, 2024, 0, 50));
        assertThat(own.items()).extracting(TargetView::id).contains(target.id());
        var other = targets(
                LATER, "so-noi-vu", "so-noi-vu", Role.Names.AGENCY_OFFICER, t -> t.list(document, AGENCY, null, 0, 50));
        assertThat(other.items()).isEmpty();
        assertThatThrownBy(() ->
                        targets(LATER, "so-noi-vu", "so-noi-vu", Role.Names.AGENCY_OFFICER, t -> t.one(target.id())))
                .isInstanceOf(NotFound.class);
        String elsewhere = jpa.newTenant();
        jpa.bundleDirectory(elsewhere, "vinh-phuc");
        assertThatThrownBy(() -> jpa.fromTenant(
                        elsewhere,
                        em -> TargetsByHand.as(
                                        em,
                                        Clock.fixed(LATER, ZoneOffset.UTC),
                                        elsewhere,
                                        "thu-ky",
                                        AGENCY,
                                        Role.Names.SECRETARIAT)
                                .one(target.id())))
                .isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> jpa.fromTenant(
                        elsewhere,
                        em -> TargetsByHand.as(
                                        em,
                                        Clock.fixed(LATER, ZoneOffset.UTC),
                                        elsewhere,
                                        "thu-ky",
                                        AGENCY,
                                        Role.Names.SECRETARIAT)
                                .create(document, mediationInput())))
                .isInstanceOf(NotFound.class);
    }

    @Test
    void theFilesShowTheTargetsTrackAndTheMissedTargetsWithNumbersAsNumbers() throws Exception {
        mediationTarget();
        approvedReport("2897", "3073");
        call("thu-ky", AGENCY, "SECRETARIAT", ACCEPTED, r -> r.accept(obligation(), null));
        ScorecardView card = scorecard(LocalDate.of(2024, 12, 23), LATER);

        String csv = new String(
                vn.dondoc.scorecards.control.ScorecardCsv.write(ScorecardTables.targets(card)),
                java.nio.charset.StandardCharsets.UTF_8);
        assertThat(csv.lines()
                        .filter(l -> l.startsWith(AGENCY + ","))
                        .findFirst()
                        .orElseThrow())
                .endsWith(",2024,1,0,0,1,0,,0");
        String missed = new String(
                vn.dondoc.scorecards.control.ScorecardCsv.write(ScorecardTables.missedTargets(card)),
                java.nio.charset.StandardCharsets.UTF_8);
        assertThat(missed).contains("Tỷ lệ hòa giải thành", "≥ 95 %", "94.27");

        byte[] xlsx = vn.dondoc.scorecards.control.ScorecardXlsx.write(ScorecardTables.all(card, List.of()));
        try (var book = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(xlsx))) {
            var sheet = book.getSheet("Chỉ tiêu không đạt");
            assertThat(sheet).isNotNull();
            assertThat(sheet.getRow(1).getCell(5).getNumericCellValue()).isEqualTo(94.27);
            assertThat(sheet.getRow(1).getCell(4).getNumericCellValue()).isEqualTo(95.0);
        }

        byte[] pdf =
                vn.dondoc.scorecards.control.ScorecardPdf.write(new vn.dondoc.scorecards.control.ScorecardPdf.Content(
                        "ỦY BAN NHÂN DÂN TỈNH THỬ NGHIỆM",
                        null,
                        card.asOf(),
                        card.takenAt(),
                        ZoneOffset.ofHours(7),
                        ScorecardTables.agencies(card),
                        ScorecardTables.overdue(List.of()),
                        ScorecardTables.onTimeBars(card),
                        card.rules(),
                        ScorecardTables.targets(card),
                        ScorecardTables.missedTargets(card)));
        try (var doc = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            String text =
                    new org.apache.pdfbox.text.PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
            assertThat(text)
                    .contains("Chỉ tiêu theo cơ quan, đơn vị", "Chỉ tiêu không đạt", "Tỷ lệ hòa giải thành")
                    .contains("94,27 % (2.897/3.073)", "≥ 95 %", "Loại khỏi xét thi đua");
        }
    }

    // --- the fixture ---

    private static TargetInput mediationInput() {
        TargetInput in = new TargetInput();
        in.agencyCode = AGENCY;
        in.year = 2024;
        in.periodLabel = "2024-H1";
        in.name = "Tỷ lệ hòa giải thành";
        in.unit = "%";
        in.direction = "AT_LEAST";
        in.value = new BigDecimal("95");
        return in;
    }

    private TargetView mediationTarget() {
        List<TargetView> made =
                targets(APPROVED, "thu-ky", AGENCY, Role.Names.SECRETARIAT, t -> t.create(document, mediationInput()));
        assertThat(made).singleElement().satisfies(t -> assertThat(t.source()).isEqualTo("MANUAL"));
        return made.get(0);
    }

    private void approvedReport(String numerator, String denominator) {
        long obligation = obligation();
        ReportInput input = new ReportInput();
        input.summary = "Báo cáo 6 tháng đầu năm 2024";
        ReportInput.Entry entry = new ReportInput.Entry();
        entry.itemId = item;
        entry.narrative = "Hòa giải thành " + numerator + " vụ việc";
        ReportInput.Figure figure = new ReportInput.Figure();
        figure.name = "tỷ lệ  hòa giải thành";
        figure.numerator = new BigDecimal(numerator);
        figure.denominator = new BigDecimal(denominator);
        figure.unit = "vụ việc";
        entry.figures.add(figure);
        input.entries.add(entry);
        call(AGENCY, AGENCY, "AGENCY_OFFICER", APPROVED, r -> r.save(obligation, input, null));
        call(AGENCY, AGENCY, "AGENCY_OFFICER", APPROVED, r -> r.submit(obligation, null, null));
        call(AGENCY + ".head", AGENCY, "AGENCY_HEAD", APPROVED, r -> r.approve(obligation, null));
    }

    private long obligation() {
        return jpa.fromTenant(
                tenant,
                em -> em.createQuery(
                                "SELECT o.id FROM Obligation o WHERE o.agency.code = :agency AND o.periodLabel = :period",
                                Long.class)
                        .setParameter("agency", AGENCY)
                        .setParameter("period", "2024-H1")
                        .getSingleResult());
    }

    private <T> T call(String user, String agency, String role, Instant at, Function<Reports, T> work) {
        return jpa.fromTenant(
                tenant,
                em -> work.apply(ReportsByHand.as(em, Clock.fixed(at, ZoneOffset.UTC), tenant, user, agency, role)));
    }

    private <T> T targets(Instant at, String user, String agency, String role, Function<Targets, T> work) {
        return jpa.fromTenant(
                tenant,
                em -> work.apply(TargetsByHand.as(em, Clock.fixed(at, ZoneOffset.UTC), tenant, user, agency, role)));
    }

    private ScorecardView scorecard(LocalDate asOf, Instant at) {
        return jpa.fromTenant(
                tenant,
                em -> scorecards(em, at, "leader", null, Role.Names.LEADER).scorecard(asOf, null));
    }

    private Scorecards scorecards(EntityManager em, Instant at, String user, String agency, String role) {
        Scorecards scorecards = new Scorecards();
        scorecards.em = em;
        scorecards.clock = Clock.fixed(at, ZoneOffset.UTC);
        scorecards.caller = Callers.as(user, tenant, agency, role);
        return scorecards;
    }

    private static TargetTrack track(ScorecardView card) {
        AgencyScore line = card.agencies().stream()
                .filter(a -> AGENCY.equals(a.agencyCode()))
                .findFirst()
                .orElseThrow(() -> new AssertionError("No line for " + AGENCY));
        return line.targets();
    }
}
