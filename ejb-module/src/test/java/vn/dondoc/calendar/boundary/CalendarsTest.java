package vn.dondoc.calendar.boundary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import vn.dondoc.calendar.boundary.CalendarYear.DayOffView;
import vn.dondoc.calendar.boundary.CalendarYear.WorkedDayView;
import vn.dondoc.platform.boundary.InvalidInput;
import vn.dondoc.testing.JpaExtension;
import vn.dondoc.testing.RecordedEvents;

/** The calendar boundary on the real database, one fresh tenant per test. */
class CalendarsTest {

    @RegisterExtension
    static final JpaExtension jpa = new JpaExtension();

    private String tenant;

    @BeforeEach
    void freshTenant() {
        tenant = jpa.newTenant();
    }

    @Test
    void aYearWithNothingMovedShowsTheLabourCodesHolidays() {
        CalendarYear year = in(tenant, calendars -> calendars.year(2024));

        assertThat(year.daysOff())
                .extracting(DayOffView::date)
                .contains(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 2, 10), LocalDate.of(2024, 4, 18))
                .isSorted();
        assertThat(year.workedWeekendDays()).isEmpty();
    }

    @Test
    void movedDaysReplaceTheYearsEarlierListAndStayInTheirTenant() {
        in(
                tenant,
                calendars -> calendars.moveDays(
                        2025,
                        List.of(
                                day("2025-01-27", false, "Hoán đổi với thứ Bảy 08/02/2025"),
                                day("2025-02-08", true, "Làm bù cho thứ Hai 27/01/2025"))));

        CalendarYear year = in(tenant, calendars -> calendars.year(2025));
        assertThat(year.daysOff())
                .filteredOn(d -> d.date().equals(LocalDate.of(2025, 1, 27)))
                .extracting(DayOffView::reason, DayOffView::note)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("MOVED", "Hoán đổi với thứ Bảy 08/02/2025"));
        assertThat(year.workedWeekendDays()).extracting(WorkedDayView::date).containsExactly(LocalDate.of(2025, 2, 8));

        String other = jpa.newTenant();
        assertThat(in(other, calendars -> calendars.year(2025)).workedWeekendDays())
                .isEmpty();
        in(other, calendars -> calendars.moveDays(2025, List.of()));
        assertThat(in(tenant, calendars -> calendars.year(2025)).workedWeekendDays())
                .as("another tenant clearing its year leaves this tenant's moves")
                .extracting(WorkedDayView::date)
                .containsExactly(LocalDate.of(2025, 2, 8));

        CalendarYear replaced = in(tenant, calendars -> calendars.moveDays(2025, List.of()));
        assertThat(replaced.workedWeekendDays()).isEmpty();
        assertThat(replaced.daysOff()).extracting(DayOffView::reason).doesNotContain("MOVED");
    }

    @Test
    void movingADayOfAnotherYearTwiceOrToWhatItIsAlreadyIsRefusedAndChangesNothing() {
        in(tenant, calendars -> calendars.moveDays(2026, List.of(day("2026-01-02", false, "Nghỉ nối"))));

        assertThatThrownBy(() -> in(
                        tenant, calendars -> calendars.moveDays(2026, List.of(day("2025-12-31", false, "Năm khác")))))
                .isInstanceOf(InvalidInput.class);
        assertThatThrownBy(() -> in(
                        tenant,
                        calendars -> calendars.moveDays(
                                2026, List.of(day("2026-01-05", false, "Một"), day("2026-01-05", false, "Hai")))))
                .isInstanceOf(InvalidInput.class);
        assertThatThrownBy(() -> in(
                        tenant,
                        calendars ->
                                calendars.moveDays(2026, List.of(day("2026-01-05", true, "Thứ Hai vốn làm việc")))))
                .isInstanceOf(InvalidInput.class);
        assertThatThrownBy(() -> in(
                        tenant,
                        calendars -> calendars.moveDays(2026, List.of(day("2026-01-03", false, "Thứ Bảy vốn nghỉ")))))
                .isInstanceOf(InvalidInput.class);
        assertThatThrownBy(() -> in(tenant, calendars -> calendars.year(1999))).isInstanceOf(InvalidInput.class);

        assertThat(in(tenant, calendars -> calendars.year(2026)).daysOff())
                .filteredOn(d -> d.reason().equals("MOVED"))
                .extracting(DayOffView::date)
                .containsExactly(LocalDate.of(2026, 1, 2));
    }

    @Test
    void aDayMovedOneByOneJoinsTheYearsOthersAndOneUnmovedLeavesThemInPlace() {
        in(tenant, calendars -> calendars.moveDays(2025, List.of(day("2025-01-27", false, "Hoán đổi"))));

        CalendarYear added = in(tenant, calendars -> calendars.moveDay(day("2025-02-08", true, "Làm bù")));

        assertThat(added.workedWeekendDays())
                .extracting(WorkedDayView::date, WorkedDayView::reason)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(LocalDate.of(2025, 2, 8), "Làm bù"));
        assertThat(added.daysOff())
                .filteredOn(d -> d.reason().equals("MOVED"))
                .extracting(DayOffView::date)
                .containsExactly(LocalDate.of(2025, 1, 27));

        CalendarYear removed = in(tenant, calendars -> calendars.unmoveDay(LocalDate.of(2025, 1, 27)));

        assertThat(removed.daysOff()).extracting(DayOffView::reason).doesNotContain("MOVED");
        assertThat(in(tenant, calendars -> calendars.year(2025)).workedWeekendDays())
                .extracting(WorkedDayView::date)
                .containsExactly(LocalDate.of(2025, 2, 8));
    }

    @Test
    void aDayMovedTwiceOrToWhatItIsAndADayNeverMovedAreRefused() {
        in(tenant, calendars -> calendars.moveDay(day("2026-01-02", false, "Nghỉ nối")));

        assertThatThrownBy(() -> in(tenant, calendars -> calendars.moveDay(day("2026-01-02", false, "Lần hai"))))
                .isInstanceOf(InvalidInput.class);
        assertThatThrownBy(() -> in(tenant, calendars -> calendars.moveDay(day("2026-01-03", false, "Thứ Bảy"))))
                .isInstanceOf(InvalidInput.class);
        assertThatThrownBy(() -> in(tenant, calendars -> calendars.unmoveDay(LocalDate.of(2026, 1, 5))))
                .isInstanceOf(vn.dondoc.platform.boundary.NotFound.class);
        assertThat(in(tenant, calendars -> calendars.year(2026)).daysOff())
                .filteredOn(d -> d.reason().equals("MOVED"))
                .extracting(DayOffView::date, DayOffView::note)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(LocalDate.of(2026, 1, 2), "Nghỉ nối"));
    }

    private static MovedDayInput day(String date, boolean working, String reason) {
        MovedDayInput day = new MovedDayInput();
        day.date = LocalDate.parse(date);
        day.working = working;
        day.reason = reason;
        return day;
    }

    /** One call of the boundary in one transaction of the tenant, as the container would run it. */
    private static <T> T in(String tenant, Function<Calendars, T> call) {
        return jpa.fromTenant(tenant, em -> {
            Calendars calendars = new Calendars();
            calendars.em = em;
            calendars.changed = new RecordedEvents<>();
            return call.apply(calendars);
        });
    }
}
