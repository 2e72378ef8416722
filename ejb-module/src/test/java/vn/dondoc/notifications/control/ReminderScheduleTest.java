package vn.dondoc.notifications.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.dondoc.calendar.control.MovedDay;
import vn.dondoc.calendar.control.WorkingCalendar;
import vn.dondoc.notifications.control.ReminderSchedule.Due;
import vn.dondoc.notifications.entity.NoticeKind;

/** Which reminders fall due on which working day, with N = 5, M = 2, K = 5 (the defaults). */
class ReminderScheduleTest {

    private final ReminderSchedule schedule = new ReminderSchedule(new WorkingCalendar(List.of()), 5, 2, 5);

    private static LocalDate d(String dmy) {
        String[] p = dmy.split("/");
        return LocalDate.of(Integer.parseInt(p[2]), Integer.parseInt(p[1]), Integer.parseInt(p[0]));
    }

    @Test
    void dueSoonFallsFiveWorkingDaysBeforeAndIsTheSameOccurrenceUntilTheDeadline() {
        LocalDate due = d("12/07/2024"); // a Friday
        assertThat(schedule.on(due, d("04/07/2024"))).isEmpty();
        assertThat(schedule.on(due, d("05/07/2024"))).containsExactly(new Due(NoticeKind.DUE_SOON, d("05/07/2024"), 0));
        assertThat(schedule.on(due, d("06/07/2024"))).as("Saturday: nothing").isEmpty();
        assertThat(schedule.on(due, d("07/07/2024"))).as("Sunday: nothing").isEmpty();
        assertThat(schedule.on(due, d("08/07/2024")))
                .as("Monday after a missed Friday: the same occurrence, which the database holds once")
                .containsExactly(new Due(NoticeKind.DUE_SOON, d("05/07/2024"), 0));
        assertThat(schedule.on(due, d("12/07/2024"))).containsExactly(new Due(NoticeKind.DUE_TODAY, due, 0));
    }

    @Test
    void overdueFallsOnTheFirstWorkingDayAfterThenEveryTwoAndEscalatesAfterFive() {
        LocalDate due = d("12/07/2024");
        assertThat(schedule.on(due, d("13/07/2024"))).isEmpty();
        assertThat(schedule.on(due, d("15/07/2024"))).containsExactly(new Due(NoticeKind.OVERDUE, d("15/07/2024"), 1));
        assertThat(schedule.on(due, d("16/07/2024")))
                .as("between two occurrences a run finds the last one again")
                .containsExactly(new Due(NoticeKind.OVERDUE, d("15/07/2024"), 2));
        assertThat(schedule.on(due, d("17/07/2024"))).containsExactly(new Due(NoticeKind.OVERDUE, d("17/07/2024"), 3));
        assertThat(schedule.on(due, d("18/07/2024"))).containsExactly(new Due(NoticeKind.OVERDUE, d("17/07/2024"), 4));
        assertThat(schedule.on(due, d("19/07/2024")))
                .containsExactly(
                        new Due(NoticeKind.OVERDUE, d("19/07/2024"), 5),
                        new Due(NoticeKind.ESCALATION, d("19/07/2024"), 5));
        assertThat(schedule.on(due, d("22/07/2024")))
                .as("the escalation keeps its one occurrence")
                .contains(new Due(NoticeKind.ESCALATION, d("19/07/2024"), 6));
    }

    @Test
    void nothingFallsDuringTetAndTheFirstWorkingDayAfterItCatchesUpOnce() {
        // Tết Giáp Thìn by the Labour Code: Friday 09/02 to Tuesday 13/02/2024, then two compensatory days
        LocalDate due = d("08/02/2024"); // the last working day before it
        for (LocalDate day = d("09/02/2024"); day.isBefore(d("16/02/2024")); day = day.plusDays(1)) {
            assertThat(schedule.on(due, day)).as(day.toString()).isEmpty();
        }
        assertThat(schedule.on(due, d("16/02/2024"))).containsExactly(new Due(NoticeKind.OVERDUE, d("16/02/2024"), 1));
        assertThat(schedule.workingDaysOverdue(due, d("19/02/2024"))).isEqualTo(2);
    }

    @Test
    void dueSoonCountsBackOverTet() {
        LocalDate due = d("19/02/2024");
        // 16/02, then over Tết: 08, 07, 06 and 05/02
        assertThat(schedule.on(due, d("02/02/2024"))).isEmpty();
        assertThat(schedule.on(due, d("05/02/2024"))).containsExactly(new Due(NoticeKind.DUE_SOON, d("05/02/2024"), 0));
        assertThat(schedule.on(due, d("16/02/2024"))).containsExactly(new Due(NoticeKind.DUE_SOON, d("05/02/2024"), 0));
    }

    @Test
    void aDeadlineOnADayOffIsDueOnTheNextWorkingDay() {
        LocalDate saturday = d("13/07/2024");
        assertThat(schedule.deadline(saturday)).isEqualTo(d("15/07/2024"));
        assertThat(schedule.on(saturday, d("15/07/2024")))
                .containsExactly(new Due(NoticeKind.DUE_TODAY, d("15/07/2024"), 0));
    }

    @Test
    void aLaterDueDateMovesEveryReminder() {
        LocalDate original = d("12/07/2024");
        LocalDate extended = d("26/07/2024");
        assertThat(schedule.on(original, d("15/07/2024"))).extracting(Due::kind).containsExactly(NoticeKind.OVERDUE);
        assertThat(schedule.on(extended, d("15/07/2024"))).isEmpty();
        assertThat(schedule.on(extended, d("19/07/2024")))
                .containsExactly(new Due(NoticeKind.DUE_SOON, d("19/07/2024"), 0));
        assertThat(schedule.on(extended, d("29/07/2024")))
                .containsExactly(new Due(NoticeKind.OVERDUE, d("29/07/2024"), 1));
    }

    @Test
    void aTenantsMovedDaysCount() {
        // a Saturday made a working day: a reminder falls on it, and it counts
        ReminderSchedule moved = new ReminderSchedule(
                new WorkingCalendar(List.of(new MovedDay(d("13/07/2024"), true, "làm bù"))), 5, 2, 5);
        assertThat(moved.on(d("12/07/2024"), d("13/07/2024")))
                .containsExactly(new Due(NoticeKind.OVERDUE, d("13/07/2024"), 1));
    }

    @Test
    void theDigestFallsOnTheFirstWorkingDayOfTheWeek() {
        assertThat(schedule.digestOn(d("15/07/2024"))).contains(d("15/07/2024"));
        assertThat(schedule.digestOn(d("17/07/2024")))
                .as("a missed Monday is caught up")
                .contains(d("15/07/2024"));
        assertThat(schedule.digestOn(d("14/07/2024"))).isEmpty();
        assertThat(schedule.digestOn(d("15/02/2024"))).as("a day of Tết").isEmpty();
        assertThat(schedule.digestOn(d("16/02/2024")))
                .as("the week of Tết begins on Friday")
                .contains(d("16/02/2024"));
    }

    @Test
    void nMAndKAreAtLeastOne() {
        assertThatThrownBy(() -> new ReminderSchedule(new WorkingCalendar(List.of()), 0, 2, 5))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
