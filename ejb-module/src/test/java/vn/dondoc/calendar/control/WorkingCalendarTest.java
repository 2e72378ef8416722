package vn.dondoc.calendar.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.dondoc.calendar.control.DayOffReason.COMPENSATORY;
import static vn.dondoc.calendar.control.DayOffReason.HUNG_KINGS;
import static vn.dondoc.calendar.control.DayOffReason.LABOUR_DAY;
import static vn.dondoc.calendar.control.DayOffReason.MOVED;
import static vn.dondoc.calendar.control.DayOffReason.NATIONAL_DAY;
import static vn.dondoc.calendar.control.DayOffReason.NEW_YEAR;
import static vn.dondoc.calendar.control.DayOffReason.REUNIFICATION;
import static vn.dondoc.calendar.control.DayOffReason.TET;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WorkingCalendarTest {

    private final WorkingCalendar byLaw = new WorkingCalendar(List.of());

    /** The 2025 swap for civil servants: Friday 2/5 off, joining 30/4–1/5 to the weekend, for Saturday 26/4 worked. */
    private static final MovedDay SATURDAY_WORKED =
            new MovedDay(LocalDate.of(2025, 4, 26), true, "Làm bù cho thứ Sáu 02/05/2025");

    private static final MovedDay BRIDGE_DAY_OFF =
            new MovedDay(LocalDate.of(2025, 5, 2), false, "Hoán đổi với thứ Bảy 26/04/2025");

    private final WorkingCalendar withSwap = new WorkingCalendar(List.of(BRIDGE_DAY_OFF, SATURDAY_WORKED));

    @ParameterizedTest(name = "{0} is a working day: {1}")
    @CsvSource({
        "2024-06-07, true", // a Friday
        "2024-06-08, false", // a Saturday
        "2024-06-09, false", // a Sunday
        "2024-02-12, false", // mùng 3 Tết, a Monday
        "2024-02-15, false", // nghỉ bù for mùng 2 Tết, a Thursday
        "2024-02-16, true", // the first working day after Tết
        "2024-09-03, false" // the day next to Quốc khánh, a Tuesday
    })
    void weekendsHolidaysAndCompensatoryDaysAreNotWorkingDays(LocalDate date, boolean working) {
        assertThat(byLaw.isWorkingDay(date)).isEqualTo(working);
    }

    /**
     * From Wednesday 07/02/2024: Thursday 8/2 is day 1; Tết (9/2–13/2, with its weekend) and its two
     * compensatory days (14/2, 15/2) are skipped; 16/2, 19/2, 20/2 and 21/2 are days 2 to 5.
     */
    @Test
    void fiveWorkingDaysFromTheWednesdayBeforeTet2024SkipTetAndItsCompensatoryDays() {
        LocalDate wednesday = LocalDate.of(2024, 2, 7);
        assertThat(wednesday.getDayOfWeek()).isEqualTo(DayOfWeek.WEDNESDAY);

        assertThat(byLaw.plusWorkingDays(wednesday, 1)).isEqualTo(LocalDate.of(2024, 2, 8));
        assertThat(byLaw.plusWorkingDays(wednesday, 2)).isEqualTo(LocalDate.of(2024, 2, 16));
        assertThat(byLaw.plusWorkingDays(wednesday, 5)).isEqualTo(LocalDate.of(2024, 2, 21));
    }

    @Test
    void theStartingDayIsNeverCountedWhetherOrNotItIsWorked() {
        LocalDate friday = LocalDate.of(2024, 6, 7);
        LocalDate saturday = LocalDate.of(2024, 6, 8);
        LocalDate monday = LocalDate.of(2024, 6, 10);
        assertThat(friday.getDayOfWeek()).isEqualTo(DayOfWeek.FRIDAY);

        assertThat(byLaw.plusWorkingDays(friday, 1)).isEqualTo(monday);
        assertThat(byLaw.plusWorkingDays(saturday, 1)).isEqualTo(monday);
        assertThat(byLaw.plusWorkingDays(saturday, 2)).isEqualTo(monday.plusDays(1));
    }

    @Test
    void zeroWorkingDaysIsTheDayItselfIfWorkedElseTheNextWorkingDay() {
        assertThat(byLaw.plusWorkingDays(LocalDate.of(2024, 6, 7), 0)).isEqualTo(LocalDate.of(2024, 6, 7));
        assertThat(byLaw.plusWorkingDays(LocalDate.of(2024, 6, 8), 0)).isEqualTo(LocalDate.of(2024, 6, 10));
        assertThat(byLaw.plusWorkingDays(LocalDate.of(2024, 2, 10), 0)).isEqualTo(LocalDate.of(2024, 2, 16));
    }

    @Test
    void aNegativeNumberOfWorkingDaysIsRefused() {
        assertThatThrownBy(() -> byLaw.plusWorkingDays(LocalDate.of(2024, 6, 7), -1))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aSaturdayWorkedIsAWorkingDayAndABridgeDayOffIsNot() {
        assertThat(byLaw.isWorkingDay(SATURDAY_WORKED.date())).isFalse();
        assertThat(byLaw.isWorkingDay(BRIDGE_DAY_OFF.date())).isTrue();

        assertThat(withSwap.isWorkingDay(SATURDAY_WORKED.date())).isTrue();
        assertThat(withSwap.isWorkingDay(BRIDGE_DAY_OFF.date())).isFalse();
    }

    @Test
    void movedDaysChangeTheCountOfWorkingDays() {
        LocalDate friday = LocalDate.of(2025, 4, 25);
        LocalDate tuesday = LocalDate.of(2025, 4, 29); // the eve of 30/4 and 1/5, Wednesday and Thursday

        assertThat(byLaw.plusWorkingDays(friday, 1)).isEqualTo(LocalDate.of(2025, 4, 28));
        assertThat(withSwap.plusWorkingDays(friday, 1)).isEqualTo(LocalDate.of(2025, 4, 26));

        assertThat(byLaw.plusWorkingDays(tuesday, 1)).isEqualTo(LocalDate.of(2025, 5, 2));
        assertThat(withSwap.plusWorkingDays(tuesday, 1)).isEqualTo(LocalDate.of(2025, 5, 5));
    }

    @Test
    void daysOffAreInDateOrderWithTheirReasonsAndTheTenantsMovedDays() {
        assertThat(withSwap.daysOff(2025))
                .extracting(DayOff::date, DayOff::reason)
                .containsExactly(
                        tuple(2025, 1, 1, NEW_YEAR),
                        tuple(2025, 1, 28, TET),
                        tuple(2025, 1, 29, TET),
                        tuple(2025, 1, 30, TET),
                        tuple(2025, 1, 31, TET),
                        tuple(2025, 2, 1, TET),
                        tuple(2025, 2, 3, COMPENSATORY),
                        tuple(2025, 4, 7, HUNG_KINGS),
                        tuple(2025, 4, 30, REUNIFICATION),
                        tuple(2025, 5, 1, LABOUR_DAY),
                        tuple(2025, 5, 2, MOVED),
                        tuple(2025, 9, 1, NATIONAL_DAY),
                        tuple(2025, 9, 2, NATIONAL_DAY));
        assertThat(withSwap.daysOff(2025))
                .filteredOn(day -> day.reason() == MOVED)
                .extracting(DayOff::note)
                .containsExactly("Hoán đổi với thứ Bảy 26/04/2025");
        assertThat(withSwap.workedWeekendDays(2025)).containsExactly(SATURDAY_WORKED);
        assertThat(withSwap.daysOff(2024)).isEqualTo(PublicHolidays.of(2024));
        assertThat(withSwap.workedWeekendDays(2024)).isEmpty();
    }

    /**
     * A tenant following a government schedule that differs from the Code's defaults (e.g. Tết
     * taken a day earlier): the eve is made a day off and a compensatory day a working day.
     */
    @Test
    void movedDaysOverrideHolidaysAndCompensatoryDaysToo() {
        MovedDay eveOff = new MovedDay(LocalDate.of(2024, 2, 8), false, "29 tháng Chạp, theo thông báo");
        MovedDay compensatoryWorked = new MovedDay(LocalDate.of(2024, 2, 15), true, "Đi làm theo thông báo");
        WorkingCalendar calendar = new WorkingCalendar(List.of(eveOff, compensatoryWorked));

        assertThat(calendar.isWorkingDay(eveOff.date())).isFalse();
        assertThat(calendar.isWorkingDay(compensatoryWorked.date())).isTrue();
        assertThat(calendar.daysOff(2024))
                .extracting(DayOff::date)
                .contains(eveOff.date())
                .doesNotContain(compensatoryWorked.date());
        assertThat(calendar.workedWeekendDays(2024)).containsExactly(compensatoryWorked);
        assertThat(calendar.plusWorkingDays(LocalDate.of(2024, 2, 7), 1)).isEqualTo(compensatoryWorked.date());
    }

    @Test
    void twoDifferentMovedDaysOnOneDateAreRefusedTheSameOneTwiceIsNot() {
        MovedDay off = new MovedDay(LocalDate.of(2025, 5, 2), false, "Nghỉ");
        MovedDay worked = new MovedDay(LocalDate.of(2025, 5, 2), true, "Làm");

        assertThatThrownBy(() -> new WorkingCalendar(List.of(off, worked)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("2025-05-02");
        assertThat(new WorkingCalendar(List.of(off, off)).isWorkingDay(off.date()))
                .isFalse();
    }

    private static org.assertj.core.groups.Tuple tuple(int year, int month, int day, DayOffReason reason) {
        return org.assertj.core.groups.Tuple.tuple(LocalDate.of(year, month, day), reason);
    }
}
