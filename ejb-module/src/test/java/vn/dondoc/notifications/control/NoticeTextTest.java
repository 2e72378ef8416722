package vn.dondoc.notifications.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import vn.dondoc.notifications.entity.NoticeKind;

/** The words of an explanation's reminders, and how a long question is shortened. */
class NoticeTextTest {

    private static final String QUESTION =
            "Đề nghị giải trình lý do chưa gửi báo cáo kỳ 2024-H1 theo Kế hoạch 204/KH-UBND và nêu rõ trách nhiệm";
    private static final NoticeText.Request REQUEST = new NoticeText.Request(
            "Sở Tư pháp",
            QUESTION,
            "Nguyễn Văn A",
            LocalDate.of(2024, 7, 5),
            "https://dondoc.example.vn/explanation-requests/42");

    @Test
    void dueSoonNamesTheQuestionShortenedWhoAskedTheDayAndTheLink() {
        NoticeText.Text text = NoticeText.explanation(NoticeKind.DUE_SOON, REQUEST, 3);

        assertThat(text.subject())
                .isEqualTo("[Đôn Đốc] Sắp đến hạn giải trình \""
                        + NoticeText.shortened(QUESTION, NoticeText.SUBJECT_QUESTION) + "\" (hạn 05/07/2024)");
        assertThat(text.body())
                .startsWith("Kính gửi Sở Tư pháp,\n\nYêu cầu giải trình của Nguyễn Văn A: \"" + QUESTION + "\"")
                .contains("Hạn giải trình là ngày 05/07/2024 (còn 3 ngày làm việc)")
                .contains("Xem và trả lời: https://dondoc.example.vn/explanation-requests/42");
    }

    @Test
    void dueTodayAndOverdueSayWhichDayAndHowLate() {
        assertThat(NoticeText.explanation(NoticeKind.DUE_TODAY, REQUEST, 0).body())
                .contains("Hôm nay, ngày 05/07/2024, là hạn giải trình");
        NoticeText.Text overdue = NoticeText.explanation(NoticeKind.OVERDUE, REQUEST, 4);
        assertThat(overdue.subject()).startsWith("[Đôn Đốc] Quá hạn giải trình").endsWith("(hạn 05/07/2024)");
        assertThat(overdue.body()).contains("đã quá hạn 4 ngày làm việc (hạn ngày 05/07/2024)");
    }

    @Test
    void aRequestIsNeitherEscalatedNorInTheDigest() {
        assertThatThrownBy(() -> NoticeText.explanation(NoticeKind.ESCALATION, REQUEST, 5))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> NoticeText.explanation(NoticeKind.WEEKLY_DIGEST, REQUEST, 5))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aLongQuestionIsCutAtAWordOnOneLine() {
        String shortened = NoticeText.shortened("  Vì sao\nchưa gửi   báo cáo kỳ 2024-H1 của sở? ", 30);

        assertThat(shortened).isEqualTo("Vì sao chưa gửi báo cáo kỳ…");
        assertThat(shortened.length()).isLessThanOrEqualTo(30);
        assertThat(NoticeText.shortened(" Vì sao\tchưa gửi? ", 30)).isEqualTo("Vì sao chưa gửi?");
    }

    @Test
    void aQuestionWithoutSpacesIsCutAtTheLimit() {
        assertThat(NoticeText.shortened("x".repeat(50), 10)).isEqualTo("x".repeat(9) + "…");
    }
}
