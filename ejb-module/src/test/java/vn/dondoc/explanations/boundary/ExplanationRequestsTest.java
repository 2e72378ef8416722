package vn.dondoc.explanations.boundary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import jakarta.persistence.EntityManager;
import java.io.ByteArrayInputStream;
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
import java.util.function.Function;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import vn.dondoc.explanations.control.UnansweredRequest;
import vn.dondoc.platform.boundary.Conflict;
import vn.dondoc.platform.boundary.InvalidInput;
import vn.dondoc.platform.boundary.NotFound;
import vn.dondoc.platform.boundary.Page;
import vn.dondoc.platform.boundary.Unprocessable;
import vn.dondoc.platform.boundary.UnsupportedType;
import vn.dondoc.reporting.boundary.AttachmentView;
import vn.dondoc.reporting.boundary.Download;
import vn.dondoc.reporting.control.ObligationSync;
import vn.dondoc.reporting.entity.Obligation;
import vn.dondoc.testing.Callers;
import vn.dondoc.testing.JpaExtension;
import vn.dondoc.testing.Plans;
import vn.dondoc.testing.RecordedEvents;

/**
 * The requests-for-explanation boundary on the real database: Kế hoạch 204 imported into a fresh
 * tenant with Vĩnh Phúc's directory and its obligations as of 20/06/2024 10:00 in Vĩnh Phúc; the
 * leader and the secretariat ask, Sở Tư pháp answers. Roles and the audit are the container's (the
 * integration test covers them); who sees which agency's requests is the boundary's and is tested
 * here.
 */
class ExplanationRequestsTest {

    @RegisterExtension
    static final JpaExtension jpa = new JpaExtension();

    private static final Instant NOW = Instant.parse("2024-06-20T03:00:00Z");
    private static final LocalDate TODAY = LocalDate.of(2024, 6, 20);
    private static final byte[] PDF =
            "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"
                    .getBytes(StandardCharsets.US_ASCII);

    private String tenant;
    private long documentId;
    private long h1;
    private Instant now = NOW;
    private final RecordedEvents<ExplanationAsked> asked = new RecordedEvents<>();
    private final RecordedEvents<ExplanationAnswered> answered = new RecordedEvents<>();

    @BeforeEach
    void keHoach204WithItsObligations() {
        tenant = jpa.newTenant();
        jpa.bundleDirectory(tenant, "vinh-phuc");
        documentId = importPlan(Plans.keHoach204(), "0");
        jpa.inTenant(tenant, em -> new ObligationSync(em).sync(documentId, TODAY));
        h1 = obligation("so-tu-phap", "2024-H1");
    }

    @Test
    void theSecretariatAsksAboutAMissingReportAndTheAgencyAnswersInTime() {
        ExplanationRequestView asked = secretariat(
                r -> r.ask(aboutObligation("so-tu-phap", h1, "Vì sao chưa gửi báo cáo 6 tháng?", TODAY.plusDays(5))));

        assertThat(asked.agencyCode()).isEqualTo("so-tu-phap");
        assertThat(asked.agencyName()).isEqualTo("Sở Tư pháp");
        assertThat(asked.subject()).isEqualTo("OBLIGATION");
        assertThat(asked.obligationId()).isEqualTo(h1);
        assertThat(asked.itemId()).isNull();
        assertThat(asked.documentId()).isEqualTo(documentId);
        assertThat(asked.subjectCode()).isEqualTo("2024-H1");
        assertThat(asked.askedBy()).isEqualTo("thu-ky");
        assertThat(asked.askedAt()).isEqualTo(NOW);
        assertThat(asked.status()).isEqualTo("OPEN");
        assertThat(asked.overdue()).isFalse();
        assertThat(asked.answer()).isNull();
        assertThat(asked.auditTarget()).isEqualTo(String.valueOf(asked.id()));

        ExplanationRequestView answered =
                as("so-tu-phap", "AGENCY_OFFICER", r -> r.answer(asked.id(), answer("Do cấp huyện gửi số liệu chậm")));

        assertThat(answered.status()).isEqualTo("ANSWERED");
        assertThat(answered.answer()).isEqualTo("Do cấp huyện gửi số liệu chậm");
        assertThat(answered.answeredBy()).isEqualTo("so-tu-phap");
        assertThat(answered.answeredAt()).isEqualTo(NOW);
        assertThat(answered.answeredLate()).isFalse();
        ExplanationRequestView read = leader(r -> r.one(asked.id()));
        assertThat(read).isEqualTo(answered);
        assertThat(this.asked.fired())
                .containsExactly(new ExplanationAsked(asked.id(), "so-tu-phap", "thu-ky", TODAY.plusDays(5)));
        assertThat(this.answered.fired())
                .containsExactly(new ExplanationAnswered(asked.id(), "so-tu-phap", "thu-ky", false));
    }

    @Test
    void anAnswerAfterTheDayIsTakenAndMarkedLateButNeverTwice() {
        long id = leader(r -> r.ask(aboutObligation("so-tu-phap", h1, "Vì sao?", TODAY)))
                .id();
        now = NOW.plusSeconds(24 * 3600);
        assertThat(officer(r -> r.one(id)).overdue()).isTrue();

        ExplanationRequestView late = as("so-tu-phap.head", "AGENCY_HEAD", r -> r.answer(id, answer("Đã gửi muộn")));

        assertThat(late.answeredLate()).isTrue();
        assertThat(late.overdue()).isFalse();
        assertThatThrownBy(() -> officer(r -> r.answer(id, answer("Lần hai")))).isInstanceOf(Conflict.class);
        assertThat(officer(r -> r.one(id)).answer()).isEqualTo("Đã gửi muộn");
    }

    @Test
    void theDayIsTheTenantsDayNotUtcs() {
        // 20/06/2024 23:30 UTC is already 21/06 in Vĩnh Phúc (UTC+7): the 20th is past there.
        now = Instant.parse("2024-06-20T23:30:00Z");
        assertThatThrownBy(() -> leader(r -> r.ask(aboutObligation("so-tu-phap", h1, "Vì sao?", TODAY))))
                .isInstanceOf(Unprocessable.class)
                .hasMessageStartingWith("answerBy: ");
    }

    @Test
    void anItemTheAgencyHoldsMayBeAskedAboutAndOneItDoesNotHoldMayNot() {
        long held = heldItems("so-tu-phap").get(0);
        long notHeld = itemNotHeldBy("so-tu-phap");

        ExplanationRequestView asked =
                leader(r -> r.ask(aboutItem("so-tu-phap", held, "Tiến độ nhiệm vụ?", TODAY.plusDays(3))));

        assertThat(asked.subject()).isEqualTo("ITEM");
        assertThat(asked.itemId()).isEqualTo(held);
        assertThat(asked.obligationId()).isNull();
        assertThat(asked.subjectCode()).isEqualTo(itemCode(held));
        assertThatThrownBy(() -> leader(r -> r.ask(aboutItem("so-tu-phap", notHeld, "?", TODAY))))
                .isInstanceOf(Unprocessable.class)
                .hasMessageStartingWith("itemId: ");
        assertThatThrownBy(() -> leader(r -> r.ask(aboutItem("so-tu-phap", Long.MAX_VALUE, "?", TODAY))))
                .isInstanceOf(Unprocessable.class)
                .hasMessageStartingWith("itemId: ");
    }

    @Test
    void whatIsAskedWrongIsRefusedNamingItsFieldAndNothingIsStored() throws SQLException {
        long otherAgencys = obligation("so-noi-vu", "2024-H1");
        ExplanationRequestInput both = aboutObligation("so-tu-phap", h1, "?", TODAY);
        both.itemId = heldItems("so-tu-phap").get(0);
        ExplanationRequestInput neither = aboutObligation("so-tu-phap", h1, "?", TODAY);
        neither.obligationId = null;

        assertRefused(null, InvalidInput.class, "Cần nội dung");
        assertRefused(aboutObligation(" ", h1, "?", TODAY), InvalidInput.class, "agencyCode: ");
        assertRefused(both, InvalidInput.class, "obligationId, itemId: ");
        assertRefused(neither, InvalidInput.class, "obligationId, itemId: ");
        assertRefused(aboutObligation("so-khong-co", h1, "?", TODAY), Unprocessable.class, "agencyCode: ");
        assertRefused(aboutObligation("so-tu-phap", otherAgencys, "?", TODAY), Unprocessable.class, "obligationId: ");
        assertRefused(aboutObligation("so-tu-phap", 999_999_999L, "?", TODAY), Unprocessable.class, "obligationId: ");
        assertRefused(aboutObligation("so-tu-phap", h1, "  ", TODAY), InvalidInput.class, "question: ");
        assertRefused(aboutObligation("so-tu-phap", h1, "?", null), InvalidInput.class, "answerBy: ");
        assertRefused(aboutObligation("so-tu-phap", h1, "?", TODAY.minusDays(1)), Unprocessable.class, "answerBy: ");
        long open = secretariat(r -> r.ask(aboutObligation("so-tu-phap", h1, "?", TODAY)))
                .id();
        assertThatThrownBy(() -> officer(r -> r.answer(open, answer(" "))))
                .isInstanceOf(InvalidInput.class)
                .hasMessageStartingWith("text: ");

        assertThat(count("SELECT COUNT(*) FROM explanation_request WHERE tenant_id = ?"))
                .as("only the one asked to test the answer")
                .isEqualTo(1);
        assertThat(count("SELECT COUNT(*) FROM explanation_request WHERE tenant_id = ? AND answered_at IS NULL"))
                .isEqualTo(1);
    }

    @Test
    void eachAgencySeesOnlyItsOwnRequestsAndTheLeadersSeeAll() {
        long noiVu = obligation("so-noi-vu", "2024-H1");
        long justice = leader(r -> r.ask(aboutObligation("so-tu-phap", h1, "Tư pháp?", TODAY.plusDays(2))))
                .id();
        now = NOW.plusSeconds(60);
        long home = secretariat(r -> r.ask(aboutObligation("so-noi-vu", noiVu, "Nội vụ?", TODAY.plusDays(2))))
                .id();

        assertThat(leader(r -> r.list(null, null, 0, 50)).items())
                .extracting(ExplanationRequestView::id)
                .as("latest asked first")
                .containsExactly(home, justice);
        assertThat(as("admin", "ADMIN", r -> r.list("so-noi-vu", null, 0, 50)).items())
                .extracting(ExplanationRequestView::id)
                .containsExactly(home);
        Page<ExplanationRequestView> own = officer(r -> r.list(null, null, 0, 50));
        assertThat(own.items()).extracting(ExplanationRequestView::id).containsExactly(justice);
        assertThat(own.total()).isEqualTo(1);
        assertThat(officer(r -> r.list("so-noi-vu", null, 0, 50)).items()).isEmpty();

        assertThatThrownBy(() -> officer(r -> r.one(home))).isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> officer(r -> r.answer(home, answer("Không phải của tôi"))))
                .isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> officer(r -> r.attach(home, "a.pdf", new ByteArrayInputStream(PDF), null)))
                .isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> officer(r -> r.one(999_999_999L))).isInstanceOf(NotFound.class);
    }

    @Test
    void theListIsFilteredByStatusAndPaged() {
        long first = leader(r -> r.ask(aboutObligation("so-tu-phap", h1, "Một?", TODAY)))
                .id();
        now = NOW.plusSeconds(60);
        long second = leader(r -> r.ask(aboutObligation("so-tu-phap", h1, "Hai?", TODAY)))
                .id();
        officer(r -> r.answer(first, answer("Đã rõ")));

        assertThat(leader(r -> r.list("so-tu-phap", "answered", 0, 50)).items())
                .extracting(ExplanationRequestView::id)
                .containsExactly(first);
        assertThat(leader(r -> r.list("so-tu-phap", "OPEN", 0, 50)).items())
                .extracting(ExplanationRequestView::id)
                .containsExactly(second);
        Page<ExplanationRequestView> secondPage = leader(r -> r.list(null, null, 1, 1));
        assertThat(secondPage.items()).extracting(ExplanationRequestView::id).containsExactly(first);
        assertThat(secondPage.total()).isEqualTo(2);
        assertThatThrownBy(() -> leader(r -> r.list(null, "DONE", 0, 50)))
                .isInstanceOf(InvalidInput.class)
                .hasMessageStartingWith("status: ");
    }

    @Test
    void filesAreAttachedBeforeTheAnswerAndDownloadedAsTheyWere() {
        long id = leader(r -> r.ask(aboutObligation("so-tu-phap", h1, "Vì sao?", TODAY)))
                .id();

        AttachmentView kept = officer(r -> r.attach(id, "Giải trình.pdf", new ByteArrayInputStream(PDF), null));
        AttachmentView dropped = officer(r -> r.attach(id, "nham.pdf", new ByteArrayInputStream(PDF), null));
        assertThat(officer(r -> r.detach(id, dropped.id())).attachments())
                .extracting(AttachmentView::fileName)
                .containsExactly("Giải trình.pdf");
        assertThatThrownBy(() -> officer(r -> r.attach(
                        id,
                        "trang.pdf",
                        new ByteArrayInputStream("<html></html>".getBytes(StandardCharsets.UTF_8)),
                        null)))
                .isInstanceOf(UnsupportedType.class);
        ExplanationRequestView answered = officer(r -> r.answer(id, answer("Xem tệp kèm theo")));

        assertThat(answered.attachments())
                .extracting(AttachmentView::fileName, AttachmentView::contentType, AttachmentView::uploadedBy)
                .containsExactly(tuple("Giải trình.pdf", "application/pdf", "so-tu-phap"));
        Download download = secretariat(r -> r.download(id, kept.id()));
        assertThat(download.content()).isEqualTo(PDF);
        assertThat(download.sha256()).isEqualTo(kept.sha256());
        assertThatThrownBy(() -> officer(r -> r.attach(id, "muon.pdf", new ByteArrayInputStream(PDF), null)))
                .as("the answer closed the list")
                .isInstanceOf(Conflict.class);
        assertThatThrownBy(() -> secretariat(r -> r.download(id, dropped.id()))).isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> as("so-noi-vu", "AGENCY_OFFICER", r -> r.download(id, kept.id())))
                .isInstanceOf(NotFound.class);
    }

    @Test
    void theUnansweredAreFoundByTheirDayForWhoeverUrgesThem() {
        long today = leader(r -> r.ask(aboutObligation("so-tu-phap", h1, "Hôm nay?", TODAY)))
                .id();
        long inThreeDays = leader(r -> r.ask(aboutObligation("so-tu-phap", h1, "Ba ngày?", TODAY.plusDays(3))))
                .id();
        long answered = leader(r -> r.ask(aboutObligation("so-tu-phap", h1, "Đã trả lời?", TODAY)))
                .id();
        officer(r -> r.answer(answered, answer("Rồi")));

        List<UnansweredRequest> due = leader(r -> r.unansweredDueBy(tenant, TODAY));
        assertThat(due).extracting(UnansweredRequest::id).containsExactly(today);
        assertThat(due.get(0).agencyCode()).isEqualTo("so-tu-phap");
        assertThat(due.get(0).answerBy()).isEqualTo(TODAY);
        List<UnansweredRequest> near = leader(r -> r.unansweredDueBy(tenant, TODAY.plusDays(3)));
        assertThat(near).extracting(UnansweredRequest::id).containsExactly(today, inThreeDays);
    }

    @Test
    void aRequestOutlivesTheItemARe_importNoLongerPrints() {
        long tenth = jpa.fromTenant(
                tenant,
                em -> em.createQuery("SELECT i.id FROM Item i WHERE i.documentId = :d AND i.code = 'II.10'", Long.class)
                        .setParameter("d", documentId)
                        .getSingleResult());
        String holder = jpa.fromTenant(
                tenant,
                em -> em.createQuery("SELECT a.agency.code FROM Assignment a WHERE a.item.id = :item", String.class)
                        .setParameter("item", tenth)
                        .setMaxResults(1)
                        .getSingleResult());
        long id = leader(r -> r.ask(aboutItem(holder, tenth, "Mục 10 đến đâu?", TODAY)))
                .id();

        String plan = Plans.keHoach204();
        importPlan(
                plan.substring(0, plan.indexOf("10. Phối hợp xử lý nghiêm minh"))
                        + plan.substring(plan.indexOf("III. TỔ CHỨC THỰC HIỆN")),
                "1");

        ExplanationRequestView kept = leader(r -> r.one(id));
        assertThat(kept.itemId()).as("the item is gone").isNull();
        assertThat(kept.subject()).isEqualTo("ITEM");
        assertThat(kept.subjectCode()).isEqualTo("II.10");
        assertThat(kept.question()).isEqualTo("Mục 10 đến đâu?");
    }

    @Test
    void aRequestOutlivesAnObligationNoLongerAskedFor() {
        long id = leader(r -> r.ask(aboutObligation("so-tu-phap", h1, "Vì sao?", TODAY)))
                .id();

        // as ObligationSync removes an obligation the regime no longer asks for and no report began
        jpa.inTenant(tenant, em -> em.remove(em.find(Obligation.class, h1)));

        ExplanationRequestView kept = officer(r -> r.one(id));
        assertThat(kept.obligationId()).isNull();
        assertThat(kept.subject()).isEqualTo("OBLIGATION");
        assertThat(kept.subjectCode()).isEqualTo("2024-H1");
        assertThat(kept.documentId()).isEqualTo(documentId);
        assertThat(officer(r -> r.answer(id, answer("Báo cáo không còn phải gửi")))
                        .status())
                .isEqualTo("ANSWERED");
    }

    // --- the fixture ---

    private void assertRefused(ExplanationRequestInput input, Class<? extends Exception> kind, String start) {
        assertThatThrownBy(() -> leader(r -> r.ask(input))).isInstanceOf(kind).hasMessageStartingWith(start);
    }

    private static ExplanationRequestInput aboutObligation(
            String agency, long obligation, String question, LocalDate answerBy) {
        ExplanationRequestInput input = new ExplanationRequestInput();
        input.agencyCode = agency;
        input.obligationId = obligation;
        input.question = question;
        input.answerBy = answerBy;
        return input;
    }

    private static ExplanationRequestInput aboutItem(String agency, long item, String question, LocalDate answerBy) {
        ExplanationRequestInput input = aboutObligation(agency, 0, question, answerBy);
        input.obligationId = null;
        input.itemId = item;
        return input;
    }

    private static AnswerInput answer(String text) {
        AnswerInput input = new AnswerInput();
        input.text = text;
        return input;
    }

    private <T> T officer(Function<ExplanationRequests, T> call) {
        return as("so-tu-phap", "AGENCY_OFFICER", call);
    }

    private <T> T secretariat(Function<ExplanationRequests, T> call) {
        return jpa.fromTenant(tenant, em -> call.apply(boundary(em, "thu-ky", "so-tu-phap", "SECRETARIAT")));
    }

    private <T> T leader(Function<ExplanationRequests, T> call) {
        return jpa.fromTenant(tenant, em -> call.apply(boundary(em, "lanh-dao", null, "LEADER")));
    }

    /** One call as {@code user} of the agency its name begins with, in one transaction of the tenant. */
    private <T> T as(String user, String role, Function<ExplanationRequests, T> call) {
        String agency = user.endsWith(".head") ? user.substring(0, user.length() - 5) : user;
        return jpa.fromTenant(tenant, em -> call.apply(boundary(em, user, agency, role)));
    }

    private ExplanationRequests boundary(EntityManager em, String user, String agency, String role) {
        ExplanationRequests boundary = new ExplanationRequests();
        boundary.em = em;
        boundary.clock = Clock.fixed(now, ZoneOffset.UTC);
        boundary.maxAttachmentBytes = 10 * 1024 * 1024;
        boundary.asked = asked;
        boundary.answered = answered;
        boundary.caller = Callers.as(user, tenant, agency, role);
        return boundary;
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
                                "SELECT DISTINCT a.item.id FROM Assignment a WHERE a.agency.code = :agency ORDER BY"
                                        + " a.item.id",
                                Long.class)
                        .setParameter("agency", agency)
                        .getResultList());
    }

    private long itemNotHeldBy(String agency) {
        return jpa.fromTenant(
                tenant,
                em -> em.createQuery(
                                "SELECT i.id FROM Item i WHERE i.documentId = :d AND NOT EXISTS (SELECT a FROM"
                                        + " Assignment a WHERE a.item = i AND a.agency.code = :agency) ORDER BY i.id",
                                Long.class)
                        .setParameter("d", documentId)
                        .setParameter("agency", agency)
                        .setMaxResults(1)
                        .getSingleResult());
    }

    private String itemCode(long item) {
        return jpa.fromTenant(
                tenant,
                em -> em.createQuery("SELECT i.code FROM Item i WHERE i.id = :id", String.class)
                        .setParameter("id", item)
                        .getSingleResult());
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

    private long importPlan(String text, String digit) {
        return Plans.importInto(jpa, tenant, text, digit.repeat(64), NOW);
    }
}
