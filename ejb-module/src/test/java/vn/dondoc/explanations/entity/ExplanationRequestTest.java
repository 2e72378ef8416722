package vn.dondoc.explanations.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.dondoc.agencies.entity.Agency;
import vn.dondoc.agencies.entity.AgencyKind;
import vn.dondoc.items.entity.Item;
import vn.dondoc.platform.boundary.Conflict;
import vn.dondoc.platform.boundary.InvalidInput;
import vn.dondoc.platform.boundary.Unprocessable;
import vn.dondoc.reporting.entity.AttachmentContent;
import vn.dondoc.reporting.entity.Obligation;
import vn.dondoc.reporting.entity.ObligationKind;

/** The rules a request for explanation keeps by itself, without a database. */
class ExplanationRequestTest {

    private static final LocalDate TODAY = LocalDate.of(2024, 6, 20);
    private static final Instant NOW = Instant.parse("2024-06-20T03:00:00Z");

    private final Agency justice = new Agency("Sở Tư pháp", null, AgencyKind.DEPARTMENT, List.of());
    private final Obligation h1 = new Obligation(
            7L,
            justice,
            ObligationKind.PERIODIC,
            "2024-H1",
            LocalDate.of(2023, 12, 15),
            LocalDate.of(2024, 6, 14),
            LocalDate.of(2024, 6, 19));

    @Test
    void aRequestAboutAReportKeepsItsAgencyDocumentAndPeriod() {
        ExplanationRequest request = ask("  Vì sao chưa gửi báo cáo 6 tháng?  ", TODAY.plusDays(5));

        assertThat(request.agency()).isSameAs(justice);
        assertThat(request.subjectKind()).isEqualTo(ExplanationSubject.OBLIGATION);
        assertThat(request.obligation()).isSameAs(h1);
        assertThat(request.item()).isNull();
        assertThat(request.documentId()).isEqualTo(7L);
        assertThat(request.subjectCode()).isEqualTo("2024-H1");
        assertThat(request.question()).isEqualTo("Vì sao chưa gửi báo cáo 6 tháng?");
        assertThat(request.status()).isEqualTo(ExplanationStatus.OPEN);
        assertThat(request.overdue(TODAY.plusDays(5))).isFalse();
        assertThat(request.overdue(TODAY.plusDays(6))).isTrue();
    }

    @Test
    void theAgencysPlanIsNamedPlanAndAnItemByItsCode() {
        Obligation plan =
                new Obligation(7L, justice, ObligationKind.DELIVERABLE, null, null, null, LocalDate.of(2023, 8, 1));
        Item item = new Item(7L, null, "II.5.d", "d)", 12);

        assertThat(ExplanationRequest.aboutObligation(plan, "Kế hoạch?", TODAY, "leader", NOW, TODAY)
                        .subjectCode())
                .isEqualTo("PLAN");
        ExplanationRequest aboutItem =
                ExplanationRequest.aboutItem(item, justice, "Tiến độ?", TODAY, "leader", NOW, TODAY);
        assertThat(aboutItem.subjectKind()).isEqualTo(ExplanationSubject.ITEM);
        assertThat(aboutItem.subjectCode()).isEqualTo("II.5.d");
        assertThat(aboutItem.item()).isSameAs(item);
        assertThat(aboutItem.obligation()).isNull();
    }

    @Test
    void theDayToAnswerByMayBeTodayButNotEarlierAndTheQuestionIsNeeded() {
        assertThat(ask("Vì sao?", TODAY).answerBy()).isEqualTo(TODAY);
        assertThatThrownBy(() -> ask("Vì sao?", TODAY.minusDays(1)))
                .isInstanceOf(Unprocessable.class)
                .hasMessageStartingWith("answerBy: ");
        assertThatThrownBy(() -> ask("Vì sao?", null))
                .isInstanceOf(InvalidInput.class)
                .hasMessageStartingWith("answerBy: ");
        assertThatThrownBy(() -> ask("   ", TODAY))
                .isInstanceOf(InvalidInput.class)
                .hasMessageStartingWith("question: ");
        assertThatThrownBy(() -> ask("x".repeat(ExplanationRequest.MAX_QUESTION + 1), TODAY))
                .isInstanceOf(InvalidInput.class)
                .hasMessageStartingWith("question: ");
    }

    @Test
    void anAnswerIsTakenOnceAndMarkedLateOnlyAfterTheDay() {
        ExplanationRequest onTime = ask("Vì sao?", TODAY);
        onTime.answer(" Do thiếu số liệu của cấp huyện ", "so-tu-phap", NOW, TODAY);

        assertThat(onTime.status()).isEqualTo(ExplanationStatus.ANSWERED);
        assertThat(onTime.answer()).isEqualTo("Do thiếu số liệu của cấp huyện");
        assertThat(onTime.answeredBy()).isEqualTo("so-tu-phap");
        assertThat(onTime.answeredAt()).isEqualTo(NOW);
        assertThat(onTime.answeredLate()).isFalse();
        assertThat(onTime.overdue(TODAY.plusDays(30)))
                .as("answered: never overdue")
                .isFalse();
        assertThatThrownBy(() -> onTime.answer("Lần hai", "so-tu-phap", NOW, TODAY))
                .isInstanceOf(Conflict.class);
        assertThat(onTime.answer()).isEqualTo("Do thiếu số liệu của cấp huyện");

        ExplanationRequest late = ask("Vì sao?", TODAY);
        late.answer("Xin lỗi vì chậm", "so-tu-phap.head", NOW.plusSeconds(86_400), TODAY.plusDays(1));
        assertThat(late.answeredLate()).isTrue();
    }

    @Test
    void aBlankAnswerIsRefusedAndLeavesTheRequestOpen() {
        ExplanationRequest request = ask("Vì sao?", TODAY);

        assertThatThrownBy(() -> request.answer(" ", "so-tu-phap", NOW, TODAY))
                .isInstanceOf(InvalidInput.class)
                .hasMessageStartingWith("text: ");
        assertThat(request.status()).isEqualTo(ExplanationStatus.OPEN);
    }

    @Test
    void filesGoWithTheAnswerAndNoneIsAddedOrRemovedAfterIt() {
        ExplanationRequest request = ask("Vì sao?", TODAY);
        byte[] bytes = "%PDF-1.4".getBytes(StandardCharsets.US_ASCII);
        AttachmentContent content = new AttachmentContent(bytes, new byte[32]);
        ExplanationAttachment first = request.attach(content, "giai-trinh.pdf", "application/pdf", "so-tu-phap", NOW);
        ExplanationAttachment second = request.attach(content, "phu-luc.pdf", "application/pdf", "so-tu-phap", NOW);
        request.detach(second);

        assertThat(request.attachments()).containsExactly(first);
        assertThat(first.size()).isEqualTo(bytes.length);
        assertThat(first.request()).isSameAs(request);

        request.answer("Giải trình kèm tệp", "so-tu-phap", NOW, TODAY);
        assertThatThrownBy(() -> request.attach(content, "muon.pdf", "application/pdf", "so-tu-phap", NOW))
                .isInstanceOf(Conflict.class);
        assertThatThrownBy(() -> request.detach(first)).isInstanceOf(Conflict.class);
        assertThat(request.attachments()).containsExactly(first);
    }

    private ExplanationRequest ask(String question, LocalDate answerBy) {
        return ExplanationRequest.aboutObligation(h1, question, answerBy, "leader", NOW, TODAY);
    }
}
