package vn.dondoc.benchmarks.province;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.HashSet;
import java.util.Set;

/**
 * A faithful approximation of the product's working calendar (calendar.control.WorkingCalendar): no
 * Saturdays or Sundays, the solar holidays (1/1, 30/4, 1/5, 2/9) and Tết from its eve to its fourth
 * day, from a table of the lunar new years this data spans. It leaves out what the product adds: a
 * holiday's make-up day, the days a tenant moved, and Giỗ Tổ Hùng Vương (10/3 lunar); a deadline can
 * thus be one working day earlier here than the product would compute in a few weeks a year.
 */
final class WorkingDays {

    private static final Set<MonthDay> SOLAR =
            Set.of(MonthDay.of(1, 1), MonthDay.of(4, 30), MonthDay.of(5, 1), MonthDay.of(9, 2));

    private static final LocalDate[] TET = {
        LocalDate.of(2022, 2, 1),
        LocalDate.of(2023, 1, 22),
        LocalDate.of(2024, 2, 10),
        LocalDate.of(2025, 1, 29),
        LocalDate.of(2026, 2, 17),
        LocalDate.of(2027, 2, 6),
        LocalDate.of(2028, 1, 26),
        LocalDate.of(2029, 2, 13),
        LocalDate.of(2030, 2, 3)
    };

    private final Set<LocalDate> tet = new HashSet<>();

    WorkingDays() {
        for (LocalDate newYear : TET) {
            for (int d = -1; d <= 3; d++) {
                tet.add(newYear.plusDays(d));
            }
        }
    }

    boolean working(LocalDate day) {
        return day.getDayOfWeek() != DayOfWeek.SATURDAY
                && day.getDayOfWeek() != DayOfWeek.SUNDAY
                && !SOLAR.contains(MonthDay.from(day))
                && !tet.contains(day);
    }

    /** {@code n} working days after {@code day}, the day not counted; 0 gives the day or the next working one. */
    LocalDate plus(LocalDate day, int n) {
        LocalDate d = day;
        if (n == 0) {
            while (!working(d)) {
                d = d.plusDays(1);
            }
            return d;
        }
        for (int left = n; left > 0; ) {
            d = d.plusDays(1);
            if (working(d)) {
                left--;
            }
        }
        return d;
    }
}
