package vn.dondoc.calendar.control;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.dondoc.calendar.control.DayOffReason.COMPENSATORY;
import static vn.dondoc.calendar.control.DayOffReason.HUNG_KINGS;
import static vn.dondoc.calendar.control.DayOffReason.LABOUR_DAY;
import static vn.dondoc.calendar.control.DayOffReason.NATIONAL_DAY;
import static vn.dondoc.calendar.control.DayOffReason.NEW_YEAR;
import static vn.dondoc.calendar.control.DayOffReason.REUNIFICATION;
import static vn.dondoc.calendar.control.DayOffReason.TET;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class PublicHolidaysTest {

    private static final Set<DayOffReason> LABOUR_CODE_DAYS =
            Set.of(NEW_YEAR, TET, HUNG_KINGS, REUNIFICATION, LABOUR_DAY, NATIONAL_DAY);

    @Test
    void the2024HolidaysAreTheElevenDaysAndTetsTwoCompensatoryDaysInDateOrder() {
        assertThat(PublicHolidays.of(2024))
                .containsExactly(
                        new DayOff(LocalDate.of(2024, 1, 1), NEW_YEAR, "Ngày 1/1"),
                        new DayOff(LocalDate.of(2024, 2, 9), TET, "30 tháng Chạp"),
                        new DayOff(LocalDate.of(2024, 2, 10), TET, "Mùng 1 Tết"),
                        new DayOff(LocalDate.of(2024, 2, 11), TET, "Mùng 2 Tết"),
                        new DayOff(LocalDate.of(2024, 2, 12), TET, "Mùng 3 Tết"),
                        new DayOff(LocalDate.of(2024, 2, 13), TET, "Mùng 4 Tết"),
                        new DayOff(LocalDate.of(2024, 2, 14), COMPENSATORY, "Nghỉ bù Mùng 1 Tết, thứ Bảy 10/02/2024"),
                        new DayOff(LocalDate.of(2024, 2, 15), COMPENSATORY, "Nghỉ bù Mùng 2 Tết, Chủ nhật 11/02/2024"),
                        new DayOff(LocalDate.of(2024, 4, 18), HUNG_KINGS, "Mùng 10 tháng 3 Âm lịch"),
                        new DayOff(LocalDate.of(2024, 4, 30), REUNIFICATION, "Ngày 30/4"),
                        new DayOff(LocalDate.of(2024, 5, 1), LABOUR_DAY, "Ngày 1/5"),
                        new DayOff(LocalDate.of(2024, 9, 2), NATIONAL_DAY, "Ngày 2/9"),
                        new DayOff(LocalDate.of(2024, 9, 3), NATIONAL_DAY, "Ngày liền kề Quốc khánh 2/9"));
    }

    @ParameterizedTest(name = "in {0} the day next to 2/9 is {1}")
    @CsvSource({
        "2023, 2023-09-01", // 2/9 a Saturday: the Friday before
        "2024, 2024-09-03", // 2/9 a Monday, 1/9 a Sunday: the Tuesday after
        "2025, 2025-09-01" // 2/9 a Tuesday: the Monday before
    })
    void nationalDayTakesTheDayBeforeUnlessItIsAWeekendDayThenTheDayAfter(int year, LocalDate adjacent) {
        assertThat(dates(year, NATIONAL_DAY)).containsExactlyInAnyOrder(LocalDate.of(year, 9, 2), adjacent);
    }

    @Test
    void aNationalDayOnSaturdayIsCompensatedOnTheMondayAfter() {
        assertThat(LocalDate.of(2023, 9, 2).getDayOfWeek()).isEqualTo(DayOfWeek.SATURDAY);

        assertThat(dates(2023, NATIONAL_DAY)).containsExactly(LocalDate.of(2023, 9, 1), LocalDate.of(2023, 9, 2));
        assertThat(compensatory(2023))
                .containsEntry(LocalDate.of(2023, 9, 4), "Nghỉ bù Quốc khánh, thứ Bảy 02/09/2023");
    }

    /**
     * 2023: Giỗ Tổ on Saturday 29/4, Ngày Chiến thắng on Sunday 30/4, Labour Day on Monday 1/5. Each
     * weekend holiday gets the next working day no holiday takes, in date order: 2/5 and 3/5.
     */
    @Test
    void weekendHolidaysAreCompensatedAfterTheHolidaysThatFollowThem() {
        assertThat(LocalDate.of(2023, 4, 29).getDayOfWeek()).isEqualTo(DayOfWeek.SATURDAY);
        assertThat(LocalDate.of(2023, 4, 30).getDayOfWeek()).isEqualTo(DayOfWeek.SUNDAY);
        assertThat(LocalDate.of(2023, 5, 1).getDayOfWeek()).isEqualTo(DayOfWeek.MONDAY);

        assertThat(dates(2023, HUNG_KINGS)).containsExactly(LocalDate.of(2023, 4, 29));
        assertThat(compensatory(2023))
                .containsEntry(LocalDate.of(2023, 5, 2), "Nghỉ bù Giỗ Tổ Hùng Vương, thứ Bảy 29/04/2023")
                .containsEntry(LocalDate.of(2023, 5, 3), "Nghỉ bù Ngày Chiến thắng, Chủ nhật 30/04/2023");
    }

    /** 2022: 30/4 a Saturday and 1/5 a Sunday; Giỗ Tổ on Sunday 10/4 as well. */
    @Test
    void twoHolidaysInOneWeekendGiveTwoCompensatoryDays() {
        assertThat(LocalDate.of(2022, 4, 30).getDayOfWeek()).isEqualTo(DayOfWeek.SATURDAY);
        assertThat(LocalDate.of(2022, 5, 1).getDayOfWeek()).isEqualTo(DayOfWeek.SUNDAY);
        assertThat(LocalDate.of(2022, 4, 10).getDayOfWeek()).isEqualTo(DayOfWeek.SUNDAY);

        assertThat(compensatory(2022).keySet())
                .containsExactly(
                        LocalDate.of(2022, 1, 3), // for Saturday 1/1
                        LocalDate.of(2022, 4, 11), // for Giỗ Tổ, Sunday 10/4
                        LocalDate.of(2022, 5, 2),
                        LocalDate.of(2022, 5, 3));
    }

    /** Tết 2024 runs Friday 9/2 to Tuesday 13/2 and takes a weekend; its two days come after it. */
    @Test
    void tetDaysOnAWeekendAreCompensatedAfterTheLastTetDay() {
        assertThat(dates(2024, TET)).last().isEqualTo(LocalDate.of(2024, 2, 13));
        assertThat(compensatory(2024).keySet()).containsExactly(LocalDate.of(2024, 2, 14), LocalDate.of(2024, 2, 15));
    }

    @Test
    void aTetOnWeekdaysOnlyHasNoCompensatoryDay() {
        // Tết 2026: 29 tháng Chạp, the year's last day, on Monday 16/2; mùng 4 on Friday 20/2.
        assertThat(dates(2026, TET)).first().isEqualTo(LocalDate.of(2026, 2, 16));
        assertThat(dates(2026, TET)).allMatch(day -> !PublicHolidays.isWeekend(day));
        assertThat(compensatory(2026).keySet()).noneMatch(day -> day.getMonthValue() <= 3);
    }

    static IntStream years() {
        return IntStream.rangeClosed(2020, 2040);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("years")
    void everyYearHasTheElevenLabourCodeDaysAndWeekdayCompensatoryDaysOffNoOtherHoliday(int year) {
        List<DayOff> days = PublicHolidays.of(year);
        List<DayOff> holidays = days.stream()
                .filter(day -> LABOUR_CODE_DAYS.contains(day.reason()))
                .toList();
        List<DayOff> compensatory =
                days.stream().filter(day -> day.reason() == COMPENSATORY).toList();

        assertThat(days).isSortedAccordingTo(Comparator.comparing(DayOff::date));
        assertThat(days).allMatch(day -> day.date().getYear() == year);
        assertThat(holidays.stream().map(DayOff::reason).collect(Collectors.groupingBy(r -> r, Collectors.counting())))
                .isEqualTo(Map.of(
                        NEW_YEAR, 1L, TET, 5L, HUNG_KINGS, 1L, REUNIFICATION, 1L, LABOUR_DAY, 1L, NATIONAL_DAY, 2L));
        Set<LocalDate> holidayDates = holidays.stream().map(DayOff::date).collect(Collectors.toSet());
        assertThat(holidayDates).as("eleven different dates").hasSize(11);
        assertThat(dates(year, TET))
                .containsExactly(IntStream.range(-1, 4)
                        .mapToObj(i -> LunarCalendar.newYear(year).plusDays(i))
                        .toArray(LocalDate[]::new));

        long weekendHolidays =
                holidayDates.stream().filter(PublicHolidays::isWeekend).count();
        assertThat(compensatory).hasSize((int) weekendHolidays);
        assertThat(compensatory).allSatisfy(day -> {
            assertThat(PublicHolidays.isWeekend(day.date()))
                    .as("%s on a weekend", day)
                    .isFalse();
            assertThat(holidayDates).as("%s on a holiday", day).doesNotContain(day.date());
        });
        assertThat(days.stream().map(DayOff::date).distinct()).hasSize(days.size());
    }

    private static List<LocalDate> dates(int year, DayOffReason reason) {
        return PublicHolidays.of(year).stream()
                .filter(day -> day.reason() == reason)
                .map(DayOff::date)
                .toList();
    }

    private static Map<LocalDate, String> compensatory(int year) {
        return PublicHolidays.of(year).stream()
                .filter(day -> day.reason() == COMPENSATORY)
                .collect(Collectors.toMap(DayOff::date, DayOff::note, (a, b) -> a, LinkedHashMap::new));
    }
}
