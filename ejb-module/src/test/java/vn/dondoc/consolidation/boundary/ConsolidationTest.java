package vn.dondoc.consolidation.boundary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.function.Function;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import vn.dondoc.consolidation.control.ConsolidatedReport;
import vn.dondoc.consolidation.control.ConsolidatedReport.Contribution;
import vn.dondoc.consolidation.control.ConsolidatedReport.FigureTotal;
import vn.dondoc.consolidation.control.ConsolidatedReport.ItemPart;
import vn.dondoc.consolidation.control.ConsolidatedReport.Missing;
import vn.dondoc.platform.boundary.InvalidInput;
import vn.dondoc.platform.boundary.NotFound;
import vn.dondoc.reporting.boundary.ReportInput;
import vn.dondoc.reporting.boundary.Reports;
import vn.dondoc.reporting.boundary.ReportsByHand;
import vn.dondoc.reporting.boundary.ReturnRequest;
import vn.dondoc.reporting.control.ObligationSync;
import vn.dondoc.testing.Callers;
import vn.dondoc.testing.JpaExtension;
import vn.dondoc.testing.Plans;

/**
 * The consolidated report on the real database: Kế hoạch 204 imported into a fresh tenant with Vĩnh
 * Phúc's directory, its obligations synced as of 20/06/2024, and a few 6-month reports taken through
 * review with the reports boundary as the agencies and the secretariat would.
 */
class ConsolidationTest {

    @RegisterExtension
    static final JpaExtension jpa = new JpaExtension();

    private static final Instant NOW = Instant.parse("2024-06-20T03:00:00Z");
    private static final String H1 = "2024-H1";

    private String tenant;
    private long documentId;
    /** An item Sở Tư pháp holds with another agency that owes the 2024-H1 report. */
    private long shared;

    private String other;

    @BeforeEach
    void keHoach204WithItsObligations() {
        tenant = jpa.newTenant();
        jpa.bundleDirectory(tenant, "vinh-phuc");
        documentId = importPlan();
        jpa.inTenant(tenant, em -> new ObligationSync(em).sync(documentId, LocalDate.ofInstant(NOW, ZoneOffset.UTC)));
        Object[] pair = jpa.fromTenant(
                tenant,
                em -> em.createQuery(
                                "SELECT a.item.id, b.agency.code FROM Assignment a, Assignment b, Obligation o"
                                        + " WHERE a.item = b.item AND a.agency.code = 'so-tu-phap'"
                                        + " AND b.agency <> a.agency AND o.agency = b.agency"
                                        + " AND o.periodLabel = :period ORDER BY a.item.position, b.agency.code",
                                Object[].class)
                        .setParameter("period", H1)
                        .setMaxResults(1)
                        .getSingleResult());
        shared = (Long) pair[0];
        other = (String) pair[1];
    }

    @Test
    void acceptedReportsAreMergedAndALateReportAcceptedAfterAFirstGenerationIsInTheNext() throws IOException {
        accepted(
                "so-tu-phap",
                "Tổ chức 12 hội nghị tuyên truyền",
                figure("Số vụ việc", "120", null, "vụ"),
                figure("Tỷ lệ hồ sơ đúng hạn", "90", "100", "hồ sơ"));
        approved(
                other,
                "Tuyên truyền trên đài phát thanh",
                figure("số  vụ việc", "30", null, "Vụ"),
                figure("Tỷ lệ hồ sơ đúng hạn", "243", "300", "hồ sơ"));

        ConsolidatedReport first = secretariat(c -> c.report(documentId, H1));

        assertThat(item(first, shared).contributions())
                .extracting(Contribution::agencyCode, Contribution::narrative)
                .containsExactly(
                        org.assertj.core.api.Assertions.tuple("so-tu-phap", "Tổ chức 12 hội nghị tuyên truyền"));
        assertThat(item(first, shared).figures())
                .extracting(f -> f.numerator().toPlainString())
                .containsExactly("120", "90");
        assertThat(first.inReview()).extracting(Missing::agencyCode).containsExactly(other);
        assertThat(first.notReported())
                .extracting(Missing::agencyCode)
                .doesNotContain("so-tu-phap", other)
                .isNotEmpty();
        assertThat(first.header().agenciesReported()).isEqualTo(1);
        assertThat(first.header().issuingBody()).isEqualTo("ỦY BAN NHÂN DÂN TỈNH THỬ NGHIỆM");
        assertThat(first.header().documentNumber()).isEqualTo("204/KH-UBND");

        call("thu-ky", "so-tu-phap", "SECRETARIAT", r -> r.accept(obligation(other), null)); // the late report
        ConsolidatedReport second = secretariat(c -> c.report(documentId, H1));

        ItemPart item = item(second, shared);
        assertThat(item.contributions())
                .extracting(Contribution::agencyCode)
                .containsExactlyInAnyOrder("so-tu-phap", other);
        FigureTotal cases = item.figures().get(0);
        assertThat(cases.name()).isIn("Số vụ việc", "số vụ việc");
        assertThat(cases.numerator()).isEqualByComparingTo("150");
        FigureTotal share = item.figures().get(1);
        assertThat(share.numerator()).isEqualByComparingTo("333");
        assertThat(share.denominator()).isEqualByComparingTo("400");
        assertThat(share.rate()).isEqualByComparingTo("83.25");
        assertThat(second.inReview()).isEmpty();
        assertThat(second.header().agenciesReported()).isEqualTo(2);
        assertThat(second.header().agenciesOwing())
                .isEqualTo(first.notReported().size()
                        + first.returned().size()
                        + first.inReview().size()
                        + 1);

        ConsolidatedFile file = secretariat(c -> c.docx(documentId, H1));
        assertThat(file.fileName()).isEqualTo("Báo cáo tổng hợp 204-KH-UBND kỳ 2024-H1.docx");
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(file.content()));
                XWPFWordExtractor text = new XWPFWordExtractor(doc)) {
            assertThat(text.getText())
                    .contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Sở Tư pháp: Tổ chức 12 hội nghị tuyên truyền")
                    .contains("83,25 %", "Nơi nhận:");
        }
    }

    @Test
    void theLatestAcceptedVersionCountsWhileItsCorrectionIsADraftAndAReturnedReportIsListed() {
        accepted("so-tu-phap", "Bản đã tiếp nhận", figure("Số vụ việc", "120", null, "vụ"));
        call(
                "so-tu-phap",
                "so-tu-phap",
                "AGENCY_OFFICER",
                r -> r.save(
                        obligation("so-tu-phap"),
                        input("Bản đính chính chưa gửi", figure("Số vụ việc", "999", null, "vụ")),
                        null));
        approved(other, "Thiếu số liệu", figure("Số vụ việc", "1", null, "vụ"));
        ReturnRequest comment = new ReturnRequest();
        comment.comment = "Bổ sung số liệu";
        call("thu-ky", "so-tu-phap", "SECRETARIAT", r -> r.returnForRevision(obligation(other), comment, null));

        ConsolidatedReport report = secretariat(c -> c.report(documentId, H1));

        assertThat(item(report, shared).contributions())
                .extracting(Contribution::narrative, Contribution::reportNumber)
                .containsExactly(org.assertj.core.api.Assertions.tuple("Bản đã tiếp nhận", 1));
        assertThat(item(report, shared).figures().get(0).numerator()).isEqualByComparingTo("120");
        assertThat(report.returned())
                .extracting(Missing::agencyCode, Missing::status)
                .containsExactly(org.assertj.core.api.Assertions.tuple(other, "RETURNED"));
        assertThat(report.notReported()).extracting(Missing::agencyCode).doesNotContain("so-tu-phap", other);
    }

    @Test
    void anObligationDueAfterItsOriginalDateIsAnExtensionGranted() throws SQLException {
        long obligation = obligation(other);
        try (Connection c = jpa.jdbc();
                PreparedStatement s = c.prepareStatement(
                        "UPDATE obligation SET due_on = '2024-06-28' WHERE id = ? AND tenant_id = ?")) {
            s.setLong(1, obligation);
            s.setString(2, tenant);
            assertThat(s.executeUpdate()).isEqualTo(1);
        }

        ConsolidatedReport report = secretariat(c -> c.report(documentId, H1));

        assertThat(report.extensions())
                .extracting(e -> e.agencyCode() + " " + e.originalDueOn() + " → " + e.dueOn())
                .containsExactly(other + " 2024-06-19 → 2024-06-28");
        assertThat(report.notReported())
                .filteredOn(m -> m.agencyCode().equals(other))
                .extracting(Missing::dueOn)
                .containsExactly(LocalDate.of(2024, 6, 28));
    }

    @Test
    void aLabelThatIsNoPeriodIsInvalidAndAPeriodOrDocumentNotThereIsNotFound() {
        assertThatThrownBy(() -> secretariat(c -> c.report(documentId, "2024-H3")))
                .isInstanceOf(InvalidInput.class)
                .hasMessageContaining("2024-H3");
        assertThatThrownBy(() -> secretariat(c -> c.report(documentId, "2030-H1")))
                .isInstanceOf(NotFound.class)
                .hasMessageContaining("2030-H1");
        assertThatThrownBy(() -> secretariat(c -> c.report(Long.MAX_VALUE, H1))).isInstanceOf(NotFound.class);
        String another = jpa.newTenant();
        assertThatThrownBy(() ->
                        jpa.fromTenant(another, em -> consolidation(em, another).report(documentId, H1)))
                .as("another tenant's document")
                .isInstanceOf(NotFound.class);
    }

    // --- the fixture ---

    /** The agency's report on the shared item, written, submitted, approved and accepted. */
    private void accepted(String agency, String narrative, ReportInput.Figure... figures) {
        approved(agency, narrative, figures);
        call("thu-ky", "so-tu-phap", "SECRETARIAT", r -> r.accept(obligation(agency), null));
    }

    private void approved(String agency, String narrative, ReportInput.Figure... figures) {
        long obligation = obligation(agency);
        call(agency, agency, "AGENCY_OFFICER", r -> r.save(obligation, input(narrative, figures), null));
        call(agency, agency, "AGENCY_OFFICER", r -> r.submit(obligation, null, null));
        call(agency + ".head", agency, "AGENCY_HEAD", r -> r.approve(obligation, null));
    }

    private ReportInput input(String narrative, ReportInput.Figure... figures) {
        ReportInput input = new ReportInput();
        input.summary = "Báo cáo 6 tháng đầu năm 2024";
        ReportInput.Entry entry = new ReportInput.Entry();
        entry.itemId = shared;
        entry.narrative = narrative;
        entry.figures.addAll(List.of(figures));
        input.entries.add(entry);
        return input;
    }

    private static ReportInput.Figure figure(String name, String numerator, String denominator, String unit) {
        ReportInput.Figure figure = new ReportInput.Figure();
        figure.name = name;
        figure.numerator = new BigDecimal(numerator);
        figure.denominator = denominator == null ? null : new BigDecimal(denominator);
        figure.unit = unit;
        return figure;
    }

    private <T> T call(String user, String agency, String role, Function<Reports, T> work) {
        return jpa.fromTenant(
                tenant,
                em -> work.apply(ReportsByHand.as(em, Clock.fixed(NOW, ZoneOffset.UTC), tenant, user, agency, role)));
    }

    private <T> T secretariat(Function<Consolidation, T> work) {
        return jpa.fromTenant(tenant, em -> work.apply(consolidation(em, tenant)));
    }

    private static Consolidation consolidation(jakarta.persistence.EntityManager em, String tenant) {
        Consolidation consolidation = new Consolidation();
        consolidation.em = em;
        consolidation.caller = Callers.as("thu-ky", tenant, "so-tu-phap", "SECRETARIAT");
        return consolidation;
    }

    private static ItemPart item(ConsolidatedReport report, long id) {
        return report.items().stream().filter(i -> i.itemId() == id).findFirst().orElseThrow();
    }

    private long obligation(String agency) {
        return jpa.fromTenant(
                tenant,
                em -> em.createQuery(
                                "SELECT o.id FROM Obligation o WHERE o.agency.code = :agency AND o.periodLabel = :period",
                                Long.class)
                        .setParameter("agency", agency)
                        .setParameter("period", H1)
                        .getSingleResult());
    }

    private long importPlan() {
        return Plans.importInto(jpa, tenant, Plans.keHoach204(), "0".repeat(64), NOW);
    }
}
