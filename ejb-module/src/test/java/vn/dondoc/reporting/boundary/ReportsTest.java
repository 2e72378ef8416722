package vn.dondoc.reporting.boundary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import jakarta.persistence.EntityManager;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import vn.dondoc.agencies.control.Directory;
import vn.dondoc.documents.control.PlanImport;
import vn.dondoc.documents.control.PlanParser;
import vn.dondoc.platform.boundary.Conflict;
import vn.dondoc.platform.boundary.NotFound;
import vn.dondoc.platform.boundary.TooLarge;
import vn.dondoc.platform.boundary.Unprocessable;
import vn.dondoc.platform.boundary.UnsupportedType;
import vn.dondoc.reporting.control.ObligationSync;
import vn.dondoc.reporting.entity.Obligation;
import vn.dondoc.testing.Callers;
import vn.dondoc.testing.JpaExtension;
import vn.dondoc.testing.Ledgers;
import vn.dondoc.testing.Plans;

/**
 * The report boundary on the real database: Kế hoạch 204 imported into a fresh tenant with Vĩnh
 * Phúc's directory and its obligations synced as of 20/06/2024; Sở Tư pháp's officer, its head and
 * the secretariat take the report through its review. Roles and the audit are the container's (the
 * integration tests cover them); who sees which agency's report is the boundary's and is tested here.
 *
 * <p>Longer than our usual ~300 lines: each test is one turn of the same workflow on the same data.
 */
class ReportsTest {

    @RegisterExtension
    static final JpaExtension jpa = new JpaExtension();

    private static final Instant NOW = Instant.parse("2024-06-20T03:00:00Z");
    private static final byte[] PDF =
            "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"
                    .getBytes(StandardCharsets.US_ASCII);

    private String tenant;
    private long documentId;
    private long h1;
    private long h2;

    @BeforeEach
    void keHoach204WithItsObligations() {
        tenant = jpa.newTenant();
        jpa.bundleDirectory(tenant, "vinh-phuc");
        documentId = importPlan();
        jpa.inTenant(tenant, em -> new ObligationSync(em).sync(documentId, LocalDate.ofInstant(NOW, ZoneOffset.UTC)));
        h1 = obligation("so-tu-phap", "2024-H1");
        h2 = obligation("so-tu-phap", "2023-H2");
    }

    @Test
    void aReportNotBegunIsABlankFormOfTheItemsTheAgencyHolds() {
        ReportView blank = as("so-tu-phap", "AGENCY_OFFICER", r -> r.current(h1));

        assertThat(blank.status()).isEqualTo("PENDING");
        assertThat(blank.number()).isZero();
        assertThat(blank.etag()).isEqualTo("\"0\"");
        assertThat(blank.entries()).isNotEmpty().allSatisfy(e -> {
            assertThat(e.narrative()).isNull();
            assertThat(e.figures()).isEmpty();
        });
        assertThat(blank.entries()).extracting(ReportView.Entry::itemCode).contains("II.1");
        assertThat(blank.entries().stream().map(ReportView.Entry::itemId).toList())
                .containsExactlyInAnyOrderElementsOf(heldItems("so-tu-phap"));
    }

    @Test
    void aDraftIsSavedAndRewrittenInPlaceAndTheObligationFollowsIt() throws SQLException {
        List<Long> items = heldItems("so-tu-phap");
        ReportView first = officer(r -> r.save(h1, input("Bản đầu", items.get(0), items.get(1)), null));
        assertThat(first.status()).isEqualTo("DRAFT");
        assertThat(first.number()).isEqualTo(1);
        assertThat(first.entries()).hasSize(2);
        assertThat(first.entries().get(0).figures())
                .extracting(ReportView.Figure::name, ReportView.Figure::numerator)
                .containsExactly(tuple("Số vụ việc", new BigDecimal("120")));

        ReportView second = officer(r -> r.save(h1, input("Bản hai", items.get(1)), first.etag()));

        assertThat(second.summary()).isEqualTo("Bản hai");
        assertThat(second.entries()).extracting(ReportView.Entry::itemId).containsExactly(items.get(1));
        assertThat(second.etag()).isNotEqualTo(first.etag());
        assertThat(count("SELECT COUNT(*) FROM report WHERE tenant_id = ?")).isEqualTo(1);
        assertThat(count("SELECT COUNT(*) FROM report_entry WHERE tenant_id = ?"))
                .isEqualTo(1);
        assertThat(count("SELECT COUNT(*) FROM report_figure WHERE tenant_id = ?"))
                .isEqualTo(1);
        assertThat(status(h1)).isEqualTo("DRAFT");
        assertThat(history(h1)).extracting(StepView::action).containsExactly("DRAFTED");
    }

    @Test
    void theReportGoesThroughReviewAndEveryStepIsKept() {
        long item = heldItems("so-tu-phap").get(0);
        officer(r -> r.save(h1, input("Kết quả 6 tháng", item), null));
        StepView submitted = officer(r -> r.submit(h1, null, null));
        assertThat(submitted.status()).isEqualTo("SUBMITTED");
        assertThat(as("so-tu-phap.head", "AGENCY_HEAD", r -> r.approve(h1, null))
                        .status())
                .isEqualTo("APPROVED");
        assertThat(secretariat(r -> r.returnForRevision(h1, comment("  Bổ sung số liệu quý II  "), null))
                        .status())
                .isEqualTo("RETURNED");
        assertThat(status(h1)).isEqualTo("RETURNED");

        officer(r -> r.save(h1, input("Kết quả 6 tháng, đã bổ sung", item), null));
        assertThat(status(h1)).as("still returned until it is sent again").isEqualTo("RETURNED");
        officer(r -> r.submit(h1, null, null));
        as("so-tu-phap.head", "AGENCY_HEAD", r -> r.approve(h1, null));
        secretariat(r -> r.accept(h1, null));

        assertThat(history(h1))
                .extracting(StepView::action, StepView::status, StepView::actor, StepView::comment)
                .containsExactly(
                        tuple("DRAFTED", "DRAFT", "so-tu-phap", null),
                        tuple("SUBMITTED", "SUBMITTED", "so-tu-phap", null),
                        tuple("APPROVED", "APPROVED", "so-tu-phap.head", null),
                        tuple("RETURNED", "RETURNED", "thu-ky", "Bổ sung số liệu quý II"),
                        tuple("SUBMITTED", "SUBMITTED", "so-tu-phap", null),
                        tuple("APPROVED", "APPROVED", "so-tu-phap.head", null),
                        tuple("ACCEPTED", "ACCEPTED", "thu-ky", null));
        assertThat(status(h1)).isEqualTo("ACCEPTED");
        Obligation obligation = jpa.fromTenant(tenant, em -> em.find(Obligation.class, h1));
        assertThat(obligation.submittedAt()).isEqualTo(NOW);
    }

    @Test
    void eachCallerIsOfferedTheStepsItMayTakeAndTheReviewersTheirQueues() {
        Function<Reports, Set<ReportAction>> actions = r -> r.actions(h1);
        assertThat(officer(actions)).containsExactly(ReportAction.EDIT);
        assertThat(as("so-tu-phap.head", "AGENCY_HEAD", actions)).isEmpty();
        officer(r -> r.save(h1, input("x", heldItems("so-tu-phap").get(0)), null));
        assertThat(officer(actions)).containsExactly(ReportAction.EDIT, ReportAction.SUBMIT);
        assertThat(secretariat(actions)).isEmpty();

        officer(r -> r.submit(h1, null, null));
        assertThat(officer(actions)).isEmpty();
        assertThat(as("so-tu-phap.head", "AGENCY_HEAD", actions))
                .containsExactly(ReportAction.APPROVE, ReportAction.RETURN);
        assertThat(queue("so-noi-vu.head", "AGENCY_HEAD"))
                .as("another agency's head")
                .isEmpty();
        assertThat(queue("so-tu-phap.head", "AGENCY_HEAD"))
                .extracting(ObligationView::id)
                .containsExactly(h1);
        assertThat(queue("thu-ky", "SECRETARIAT")).as("not approved yet").isEmpty();

        as("so-tu-phap.head", "AGENCY_HEAD", r -> r.approve(h1, null));
        assertThat(as("so-tu-phap.head", "AGENCY_HEAD", actions)).isEmpty();
        assertThat(secretariat(actions)).containsExactly(ReportAction.ACCEPT, ReportAction.RETURN);
        assertThat(queue("thu-ky", "SECRETARIAT"))
                .extracting(ObligationView::id, ObligationView::status)
                .containsExactly(tuple(h1, "APPROVED"));
        assertThat(queue("so-tu-phap", "AGENCY_OFFICER"))
                .as("an officer reviews nothing")
                .isEmpty();

        secretariat(r -> r.returnForRevision(h1, comment("Bổ sung"), null));
        assertThat(officer(actions)).containsExactly(ReportAction.EDIT, ReportAction.SUBMIT);
    }

    @Test
    void theObligationOfAReportIsShownToThoseWhoMaySeeIt() {
        ObligationView seen = this.<ObligationView>officer(r -> r.obligationOf(h1));
        assertThat(seen.periodLabel()).isEqualTo("2024-H1");
        assertThat(seen.agencyCode()).isEqualTo("so-tu-phap");
        assertThat(secretariat(r -> r.obligationOf(h1)).id()).isEqualTo(h1);
        assertThatThrownBy(() -> as("so-noi-vu", "AGENCY_OFFICER", r -> r.obligationOf(h1)))
                .isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> as("so-noi-vu", "AGENCY_OFFICER", r -> r.actions(h1)))
                .isInstanceOf(NotFound.class);
    }

    @Test
    void theHeadMayReturnWhatItsOfficerSubmittedButNotWhatItApproved() {
        officer(r -> r.save(h1, input("x", heldItems("so-tu-phap").get(0)), null));
        officer(r -> r.submit(h1, null, null));

        assertThat(as("so-tu-phap.head", "AGENCY_HEAD", r -> r.returnForRevision(h1, comment("Sửa lại"), null))
                        .status())
                .isEqualTo("RETURNED");
        officer(r -> r.submit(h1, null, null));
        as("so-tu-phap.head", "AGENCY_HEAD", r -> r.approve(h1, null));
        assertThatThrownBy(
                        () -> as("so-tu-phap.head", "AGENCY_HEAD", r -> r.returnForRevision(h1, comment("Sửa"), null)))
                .isInstanceOf(Conflict.class);
    }

    @Test
    void aStepOutOfOrderIsAConflictAndChangesNothing() throws SQLException {
        assertThatThrownBy(() -> officer(r -> r.submit(h1, null, null)))
                .isInstanceOf(Conflict.class)
                .hasMessageContaining("lưu bản nháp trước");
        officer(r -> r.save(h1, input("x", heldItems("so-tu-phap").get(0)), null));

        assertThatThrownBy(() -> as("so-tu-phap.head", "AGENCY_HEAD", r -> r.approve(h1, null)))
                .isInstanceOf(Conflict.class)
                .hasMessageContaining("DRAFT");
        assertThatThrownBy(() -> secretariat(r -> r.accept(h1, null))).isInstanceOf(Conflict.class);
        officer(r -> r.submit(h1, null, null));
        assertThatThrownBy(() -> secretariat(r -> r.accept(h1, null)))
                .as("the head approves first")
                .isInstanceOf(Conflict.class);
        assertThatThrownBy(() -> officer(
                        r -> r.save(h1, input("y", heldItems("so-tu-phap").get(0)), null)))
                .as("with a reviewer")
                .isInstanceOf(Conflict.class);
        assertThatThrownBy(() -> officer(r -> r.submit(h1, null, null))).isInstanceOf(Conflict.class);

        assertThat(status(h1)).isEqualTo("SUBMITTED");
        assertThat(officer(r -> r.current(h1)).summary()).isEqualTo("x");
        assertThat(history(h1)).extracting(StepView::action).containsExactly("DRAFTED", "SUBMITTED");
    }

    @Test
    void aRetriedSubmitWithTheSameKeyAnswersTheSameAndChangesNothing() {
        officer(r -> r.save(h1, input("x", heldItems("so-tu-phap").get(0)), null));

        StepView first = officer(r -> r.submit(h1, "3f0c2a9e-key", null));
        StepView again = officer(r -> r.submit(h1, "3f0c2a9e-key", null));

        assertThat(again).isEqualTo(first);
        assertThat(history(h1)).extracting(StepView::action).containsExactly("DRAFTED", "SUBMITTED");
        assertThatThrownBy(() -> officer(r -> r.submit(h1, "another-key", null)))
                .as("a new key is a new submit, out of order now")
                .isInstanceOf(Conflict.class);
    }

    @Test
    void aFileSentAgainWithTheTagItWasFirstSentWithIsRefusedSoARetryNeverStoresItTwice() {
        long item = heldItems("so-tu-phap").get(0);
        ReportView read = officer(r -> r.save(h1, input("A", item), null));
        officer(r -> r.attach(h1, "bao-cao.pdf", new ByteArrayInputStream(PDF), null, read.etag()));

        // The answer was lost; the client sends the same file with the same If-Match again.
        assertThatThrownBy(() ->
                        officer(r -> r.attach(h1, "bao-cao.pdf", new ByteArrayInputStream(PDF), null, read.etag())))
                .isInstanceOf(Conflict.class)
                .hasMessageContaining("If-Match");
        assertThat(officer(r -> r.current(h1)).attachments()).hasSize(1);
    }

    @Test
    void aWritePreparedOnAnOlderVersionIsAConflictAndChangesNothing() {
        long item = heldItems("so-tu-phap").get(0);
        ReportView read = officer(r -> r.save(h1, input("A", item), null));
        officer(r -> r.save(h1, input("B", item), read.etag()));

        assertThatThrownBy(() -> officer(r -> r.save(h1, input("C", item), read.etag())))
                .isInstanceOf(Conflict.class)
                .hasMessageContaining("If-Match");
        assertThatThrownBy(() -> officer(r -> r.submit(h1, null, read.etag()))).isInstanceOf(Conflict.class);
        assertThatThrownBy(() -> officer(r -> r.save(h2, input("A", item), "\"12.3\"")))
                .as("a tag for a report not begun")
                .isInstanceOf(Conflict.class);

        ReportView now = officer(r -> r.current(h1));
        assertThat(now.summary()).isEqualTo("B");
        assertThat(officer(r -> r.save(h1, input("C", item), "W/" + now.etag())).summary())
                .isEqualTo("C");
    }

    @Test
    void wrongFiguresAreRefusedNamingTheFieldAndNothingIsSaved() throws SQLException {
        ReportInput input = input("x", heldItems("so-tu-phap").get(0));
        input.entries.get(0).figures.get(0).denominator = BigDecimal.ZERO;

        assertThatThrownBy(() -> officer(r -> r.save(h1, input, null)))
                .isInstanceOf(Unprocessable.class)
                .hasMessageContaining("entries[0].figures[0].denominator");
        input.entries.get(0).figures.get(0).denominator = null;
        input.entries.get(0).itemId = itemOfAnotherDocumentOrMissing();
        assertThatThrownBy(() -> officer(r -> r.save(h1, input, null)))
                .isInstanceOf(Unprocessable.class)
                .hasMessageContaining("entries[0].itemId");

        assertThat(count("SELECT COUNT(*) FROM report WHERE tenant_id = ?")).isZero();
        assertThat(count("SELECT COUNT(*) FROM report_step WHERE tenant_id = ?"))
                .isZero();
        assertThat(status(h1)).isEqualTo("PENDING");
    }

    @Test
    void aCountLowerThanTheLastAcceptedHalfYearIsSavedFlagged() {
        long item = heldItems("so-tu-phap").get(0);
        officer(r -> r.save(h2, input("2023-H2", item), null));
        officer(r -> r.submit(h2, null, null));
        as("so-tu-phap.head", "AGENCY_HEAD", r -> r.approve(h2, null));
        secretariat(r -> r.accept(h2, null));

        ReportInput lower = input("2024-H1", item);
        lower.entries.get(0).figures.get(0).numerator = new BigDecimal("100");
        ReportView saved = officer(r -> r.save(h1, lower, null));

        assertThat(saved.entries().get(0).figures().get(0).flag())
                .isEqualTo("Thấp hơn kỳ 2023-H2 đã tiếp nhận (120 → 100) / Lower than in the accepted 2023-H2");
    }

    @Test
    void aCorrectionAfterAcceptanceIsANewVersionAndTheAcceptedOneStays() {
        long item = heldItems("so-tu-phap").get(0);
        officer(r -> r.save(h1, input("Bản đã tiếp nhận", item), null));
        officer(r -> r.attach(h1, "bao-cao.pdf", new ByteArrayInputStream(PDF), null, null));
        officer(r -> r.submit(h1, null, null));
        as("so-tu-phap.head", "AGENCY_HEAD", r -> r.approve(h1, null));
        secretariat(r -> r.accept(h1, null));

        ReportView correction = officer(r -> r.save(h1, input("Bản đính chính", item), null));

        assertThat(correction.number()).isEqualTo(2);
        assertThat(correction.versions()).isEqualTo(2);
        assertThat(correction.status()).isEqualTo("DRAFT");
        assertThat(correction.attachments())
                .extracting(AttachmentView::fileName)
                .containsExactly("bao-cao.pdf");
        ReportView accepted = secretariat(r -> r.version(h1, 1));
        assertThat(accepted.status()).isEqualTo("ACCEPTED");
        assertThat(accepted.summary()).isEqualTo("Bản đã tiếp nhận");
        assertThat(status(h1)).isEqualTo("DRAFT");
        assertThat(history(h1))
                .extracting(StepView::action, StepView::reportNumber)
                .endsWith(tuple("DRAFTED", 2));
        assertThatThrownBy(() -> secretariat(r -> r.version(h1, 3))).isInstanceOf(NotFound.class);
    }

    @Test
    void filesAreKeptWithTheirDigestAndReadBackAsSent() {
        AttachmentView attached = officer(r -> r.attach(h1, "Báo cáo.pdf", new ByteArrayInputStream(PDF), null, null));

        assertThat(attached.contentType()).isEqualTo("application/pdf");
        assertThat(attached.sha256()).isEqualTo("56c2ac043c28d3543275a6f50b593a6beb0b6888ed8159ac02e3e7f4a32ccb26");
        assertThat(attached.size()).isEqualTo(PDF.length);
        Download download = secretariat(r -> r.download(h1, attached.id()));
        assertThat(download.content()).isEqualTo(PDF);
        assertThat(download.fileName()).isEqualTo("Báo cáo.pdf");
        assertThat(officer(r -> r.current(h1)).status())
                .as("a file begins the draft")
                .isEqualTo("DRAFT");

        assertThatThrownBy(() -> officer(r -> r.download(h2, attached.id())))
                .as("through another obligation")
                .isInstanceOf(NotFound.class);
        ReportView detached = officer(r -> r.detach(h1, attached.id(), null));
        assertThat(detached.attachments()).isEmpty();
    }

    @Test
    void aFileOfTheWrongTypeOrTooLargeIsRefusedAndNothingIsKept() throws SQLException {
        assertThatThrownBy(() -> officer(r -> r.attach(
                        h1,
                        "bao-cao.pdf",
                        new ByteArrayInputStream("<html></html>".getBytes(StandardCharsets.UTF_8)),
                        null,
                        null)))
                .isInstanceOf(UnsupportedType.class);
        assertThatThrownBy(() -> jpa.fromTenant(tenant, em -> {
                    Reports reports = reports(em, "so-tu-phap", "so-tu-phap", "AGENCY_OFFICER");
                    reports.maxAttachmentBytes = 16;
                    return reports.attach(h1, "bao-cao.pdf", new ByteArrayInputStream(PDF), null, null);
                }))
                .isInstanceOf(TooLarge.class);

        assertThat(count("SELECT COUNT(*) FROM attachment_content WHERE tenant_id = ?"))
                .isZero();
        assertThat(count("SELECT COUNT(*) FROM report WHERE tenant_id = ?")).isZero();
    }

    @Test
    void anotherAgencyFindsNothingAndTheLeaderReads() {
        officer(r -> r.save(h1, input("x", heldItems("so-tu-phap").get(0)), null));

        assertThatThrownBy(() -> as("so-noi-vu", "AGENCY_OFFICER", r -> r.current(h1)))
                .isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> as("so-noi-vu", "AGENCY_OFFICER", r -> r.submit(h1, null, null)))
                .isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> as("so-noi-vu.head", "AGENCY_HEAD", r -> r.history(h1)))
                .isInstanceOf(NotFound.class);
        assertThat(as("lanh-dao", "LEADER", r -> r.current(h1)).summary()).isEqualTo("x");
        assertThatThrownBy(() -> officer(r -> r.current(999_999_999L))).isInstanceOf(NotFound.class);
    }

    @Test
    void aReImportThatNoLongerPrintsAnItemAReportSpeaksOfKeepsIt() {
        long tenth = jpa.fromTenant(
                tenant,
                em -> em.createQuery("SELECT i.id FROM Item i WHERE i.documentId = :d AND i.code = 'II.10'", Long.class)
                        .setParameter("d", documentId)
                        .getSingleResult());
        officer(r -> r.save(h1, input("Về mục 10", tenth), null));

        String plan = Plans.keHoach204();
        String withoutTheTenth = plan.substring(0, plan.indexOf("10. Phối hợp xử lý nghiêm minh"))
                + plan.substring(plan.indexOf("III. TỔ CHỨC THỰC HIỆN"));
        List<String> preserved = jpa.fromTenant(tenant, em -> {
            Directory directory = new Directory(em);
            try {
                return new PlanImport(em, directory, ids -> Set.copyOf(ReportedItems.among(em, ids)))
                        .record(
                                new PlanParser(directory.nameMatcher()).parse(withoutTheTenth),
                                "TEXT",
                                "1".repeat(64),
                                NOW,
                                "thu-ky")
                        .preservedItems();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });

        assertThat(preserved).contains("II.10");
        assertThat(officer(r -> r.current(h1)).entries())
                .extracting(ReportView.Entry::itemCode)
                .containsExactly("II.10");
    }

    // --- the fixture ---

    private static ReportInput input(String summary, long... items) {
        ReportInput input = new ReportInput();
        input.summary = summary;
        for (long item : items) {
            ReportInput.Entry entry = new ReportInput.Entry();
            entry.itemId = item;
            entry.narrative = "Đã tổ chức triển khai";
            ReportInput.Figure figure = new ReportInput.Figure();
            figure.name = "Số vụ việc";
            figure.numerator = new BigDecimal("120");
            figure.unit = "vụ";
            entry.figures.add(figure);
            input.entries.add(entry);
        }
        return input;
    }

    private static ReturnRequest comment(String text) {
        ReturnRequest request = new ReturnRequest();
        request.comment = text;
        return request;
    }

    private <T> T officer(Function<Reports, T> call) {
        return as("so-tu-phap", "AGENCY_OFFICER", call);
    }

    /** The reports awaiting the review of {@code user}; the secretariat is "thu-ky" of Sở Tư pháp. */
    private List<ObligationView> queue(String user, String role) {
        String agency = user.equals("thu-ky") ? "so-tu-phap" : user.replace(".head", "");
        return jpa.fromTenant(
                tenant,
                em -> reports(em, user, agency, role).awaitingReview(0, 10).items());
    }

    private <T> T secretariat(Function<Reports, T> call) {
        return jpa.fromTenant(tenant, em -> call.apply(reports(em, "thu-ky", "so-tu-phap", "SECRETARIAT")));
    }

    /** One call as {@code user} of the agency its name begins with, in one transaction of the tenant. */
    private <T> T as(String user, String role, Function<Reports, T> call) {
        String agency = user.endsWith(".head") ? user.substring(0, user.length() - 5) : user;
        return jpa.fromTenant(tenant, em -> call.apply(reports(em, user, agency, role)));
    }

    private Reports reports(EntityManager em, String user, String agency, String role) {
        Reports reports = new Reports();
        reports.em = em;
        reports.clock = Clock.fixed(NOW, ZoneOffset.UTC);
        reports.tasksChanged = Ledgers.recordingOn(em, reports.clock);
        reports.maxAttachmentBytes = 10 * 1024 * 1024;
        reports.caller = Callers.as(user, tenant, agency, role);
        return reports;
    }

    private List<StepView> history(long obligation) {
        return secretariat(r -> r.history(obligation));
    }

    private String status(long obligation) {
        return jpa.fromTenant(
                tenant, em -> em.find(Obligation.class, obligation).status().name());
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

    private List<Long> heldItems(String agency) {
        return jpa.fromTenant(
                tenant,
                em -> em.createQuery(
                                "SELECT DISTINCT a.item.id FROM Assignment a WHERE a.agency.code = :agency", Long.class)
                        .setParameter("agency", agency)
                        .getResultList());
    }

    private long itemOfAnotherDocumentOrMissing() {
        return Long.MAX_VALUE;
    }

    private long count(String sql) throws SQLException {
        try (Connection c = jpa.jdbc();
                PreparedStatement s = c.prepareStatement(sql)) {
            s.setString(1, tenant);
            try (ResultSet rows = s.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }

    private long importPlan() {
        return Plans.importInto(jpa, tenant, Plans.keHoach204(), "0".repeat(64), NOW);
    }
}
