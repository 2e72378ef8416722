package vn.dondoc.notifications.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** A notice's topic, the first column of its exactly-once key after the tenant. */
class NoticeTest {

    private static final LocalDate DAY = LocalDate.of(2024, 7, 10);
    private static final Instant NOW = Instant.parse("2024-07-10T00:00:00Z");

    @Test
    void anObligationsNoticeKeepsItsTopicAndId() {
        Notice notice = new Notice(NoticeKind.OVERDUE, DAY, "so-tu-phap", 7L, "so-tu-phap", "s", "b", "l", NOW);

        assertThat(notice.topic()).isEqualTo("obligation:7");
        assertThat(notice.obligationId()).isEqualTo(7L);
        assertThat(notice.key()).isEqualTo("obligation:7|OVERDUE|2024-07-10|so-tu-phap");
    }

    @Test
    void aRequestForExplanationsNoticeCarriesItsTopicAndNoObligation() {
        Notice notice = Notice.about(
                Notice.explanationTopic(42), NoticeKind.DUE_TODAY, DAY, "so-tu-phap", "so-tu-phap", "s", "b", "l", NOW);

        assertThat(notice.topic()).isEqualTo("explanation:42");
        assertThat(notice.obligationId()).isNull();
        assertThat(notice.agencyCode()).isEqualTo("so-tu-phap");
        assertThat(notice.key()).isEqualTo("explanation:42|DUE_TODAY|2024-07-10|so-tu-phap");
    }

    @Test
    void aTopicOfItsOwnIsNotAnObligationsNorBlankNorLongerThanItsColumn() {
        assertThatThrownBy(() -> about("obligation:7")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> about(" ")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> about("x".repeat(65))).isInstanceOf(IllegalArgumentException.class);
    }

    private static Notice about(String topic) {
        return Notice.about(topic, NoticeKind.DUE_TODAY, DAY, "so-tu-phap", null, "s", "b", null, NOW);
    }
}
