package vn.dondoc.scorecards.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class TaskStatusTest {

    private static final LocalDate DUE = LocalDate.of(2024, 6, 30);

    @Test
    void doneOnOrBeforeTheDeadlineIsOnTimeAndAfterItLate() {
        assertThat(TaskStatus.of(DUE, DUE, DUE.plusDays(40))).isEqualTo(TaskStatus.COMPLETED_ON_TIME);
        assertThat(TaskStatus.of(DUE, DUE.minusDays(3), DUE)).isEqualTo(TaskStatus.COMPLETED_ON_TIME);
        assertThat(TaskStatus.of(DUE, DUE.plusDays(1), DUE.plusDays(1))).isEqualTo(TaskStatus.COMPLETED_LATE);
    }

    @Test
    void anOpenTaskIsWithinItsDeadlineThroughItsLastDayAndOverdueTheDayAfter() {
        assertThat(TaskStatus.of(DUE, null, DUE)).isEqualTo(TaskStatus.OPEN_WITHIN_DEADLINE);
        assertThat(TaskStatus.of(DUE, null, DUE.plusDays(1))).isEqualTo(TaskStatus.OPEN_OVERDUE);
        assertThat(TaskStatus.daysOverdue(DUE, null, DUE)).isZero();
        assertThat(TaskStatus.daysOverdue(DUE, null, DUE.plusDays(1))).isEqualTo(1);
        assertThat(TaskStatus.daysOverdue(DUE, DUE.plusDays(5), DUE.plusDays(9)))
                .isZero();
    }

    @Test
    void onlyAnOpenTaskWithinItsDeadlineHasNotFallenDue() {
        assertThat(TaskStatus.OPEN_WITHIN_DEADLINE.fallenDue()).isFalse();
        assertThat(TaskStatus.COMPLETED_ON_TIME.fallenDue()).isTrue();
        assertThat(TaskStatus.COMPLETED_LATE.fallenDue()).isTrue();
        assertThat(TaskStatus.OPEN_OVERDUE.fallenDue()).isTrue();
    }

    @Test
    void theAgingBucketsMeetWithoutGapsAtTheirBounds() {
        assertThat(Aging.of(1)).isEqualTo(Aging.UP_TO_30);
        assertThat(Aging.of(30)).isEqualTo(Aging.UP_TO_30);
        assertThat(Aging.of(31)).isEqualTo(Aging.FROM_31_TO_90);
        assertThat(Aging.of(90)).isEqualTo(Aging.FROM_31_TO_90);
        assertThat(Aging.of(91)).isEqualTo(Aging.FROM_91_TO_120);
        assertThat(Aging.of(120)).isEqualTo(Aging.FROM_91_TO_120);
        assertThat(Aging.of(121)).isEqualTo(Aging.OVER_120);
        assertThatThrownBy(() -> Aging.of(0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void eachBucketsDeadlinesAreTheDaysThatGiveItsAges() {
        LocalDate asOf = LocalDate.of(2024, 12, 31);
        for (Aging aging : Aging.values()) {
            LocalDate latest = aging.latestDueOn(asOf);
            assertThat(Aging.of(TaskStatus.daysOverdue(latest, null, asOf))).isEqualTo(aging);
            LocalDate earliest = aging.earliestDueOn(asOf);
            if (earliest != null) {
                assertThat(Aging.of(TaskStatus.daysOverdue(earliest, null, asOf)))
                        .isEqualTo(aging);
                assertThat(Aging.of(TaskStatus.daysOverdue(earliest.minusDays(1), null, asOf)))
                        .isNotEqualTo(aging);
            }
        }
    }
}
