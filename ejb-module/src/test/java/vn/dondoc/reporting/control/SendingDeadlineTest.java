package vn.dondoc.reporting.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.dondoc.calendar.control.MovedDay;
import vn.dondoc.calendar.control.WorkingCalendar;

class SendingDeadlineTest {

    private final WorkingCalendar byLaw = new WorkingCalendar(List.of());

    private final SendingDeadline byDefault = new SendingDeadline(SendingDeadline.DEFAULT_WORKING_DAYS);

    private static ReportingPeriod period(String label) {
        return ReportingPeriod.parse(label);
    }

    @Test
    void theDefaultIsThreeWorkingDaysAfterTheCutOff() {
        assertThat(SendingDeadline.DEFAULT_WORKING_DAYS).isEqualTo(3);
    }

    /** 2024-H1 cuts off on Friday 14/06/2024: the weekend is skipped. */
    @Test
    void aDeadlineAfterAFridayCutOffSkipsTheWeekend() {
        ReportingPeriod h1 = period("2024-H1");
        assertThat(h1.cutOff().getDayOfWeek()).isEqualTo(DayOfWeek.FRIDAY);

        assertThat(new SendingDeadline(1).of(h1, byLaw)).isEqualTo(LocalDate.of(2024, 6, 17)); // Monday
        assertThat(byDefault.of(h1, byLaw)).isEqualTo(LocalDate.of(2024, 6, 19)); // Wednesday
    }

    /** 2024-Y cuts off on Saturday 14/12/2024; the Saturday itself is not counted, nor the Sunday. */
    @Test
    void aCutOffOnASaturdayCountsFromTheMonday() {
        ReportingPeriod year = period("2024-Y");
        assertThat(year.cutOff().getDayOfWeek()).isEqualTo(DayOfWeek.SATURDAY);

        assertThat(byDefault.of(year, byLaw)).isEqualTo(LocalDate.of(2024, 12, 18));
    }

    /**
     * 2026-M02 cuts off on Saturday 14/02/2026, just before Tết 2026 (mùng 1 is Tuesday 17/02): Tết runs
     * Monday 16/02 to Friday 20/02, so the three working days are 23, 24 and 25/02.
     */
    @Test
    void aCutOffRightBeforeTetIsDueOnlyAfterTet() {
        ReportingPeriod february = period("2026-M02");
        assertThat(february.cutOff()).isEqualTo(LocalDate.of(2026, 2, 14));

        assertThat(byDefault.of(february, byLaw)).isEqualTo(LocalDate.of(2026, 2, 25));
    }

    /**
     * 2025-M01 cuts off on Tuesday 14/01/2025, two weeks before Tết 2025 (mùng 1 is 29/01/2025). With a
     * document's ten working days: 15–17/01 and 20–24/01 are days 1–8, 27/01 is day 9; Tết (28/01 to
     * Saturday 01/02), the Sunday and the compensatory Monday 03/02 are skipped; Tuesday 04/02 is day 10.
     * A tenant's moved day off before Tết (27/01/2025, the bridge day of 2025) pushes it one more day.
     */
    @Test
    void aDocumentsLongerDeadlineRunsPastTet2025AndTheTenantsMovedDays() {
        ReportingPeriod january = period("2025-M01");
        SendingDeadline documentOverride = new SendingDeadline(10);

        assertThat(byDefault.of(january, byLaw)).isEqualTo(LocalDate.of(2025, 1, 17));
        assertThat(documentOverride.of(january, byLaw)).isEqualTo(LocalDate.of(2025, 2, 4));

        WorkingCalendar withBridgeDay =
                new WorkingCalendar(List.of(new MovedDay(LocalDate.of(2025, 1, 27), false, "Hoán đổi")));
        assertThat(documentOverride.of(january, withBridgeDay)).isEqualTo(LocalDate.of(2025, 2, 5));
    }

    /** Every monthly deadline from 2023 to 2026 falls on a working day after its cut-off. */
    @Test
    void everyDeadlineIsAWorkingDayAfterTheCutOff() {
        ReportingPeriod month = period("2023-M01");
        while (month.year() <= 2026) {
            LocalDate due = byDefault.of(month, byLaw);
            assertThat(due).isAfter(month.cutOff());
            assertThat(byLaw.isWorkingDay(due)).as("%s due %s", month, due).isTrue();
            month = month.next();
        }
    }

    /** Nghị định 09/2019/NĐ-CP, Điều 8 khoản 5: at least one working day after the cut-off. */
    @Test
    void lessThanOneWorkingDayIsRefused() {
        assertThatThrownBy(() -> new SendingDeadline(0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("at least 1 working day");
        assertThatThrownBy(() -> new SendingDeadline(-2)).isInstanceOf(IllegalArgumentException.class);
    }
}
