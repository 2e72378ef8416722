package vn.dondoc.calendar.control;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One tenant's working days (ngày làm việc): Monday to Friday, less the public holidays and their
 * compensatory days ({@link PublicHolidays}), then the tenant's moved days, which override all of it.
 * Immutable and safe to share between threads.
 */
public final class WorkingCalendar {

    private final Map<LocalDate, MovedDay> moved;

    /**
     * @param moved the tenant's moved days, at most one per date
     * @throws IllegalArgumentException if two different moved days share a date: which one holds
     *     would be a guess
     */
    public WorkingCalendar(Collection<MovedDay> moved) {
        Map<LocalDate, MovedDay> byDate = new HashMap<>();
        for (MovedDay day : moved) {
            MovedDay other = byDate.putIfAbsent(day.date(), day);
            if (other != null && !other.equals(day)) {
                throw new IllegalArgumentException("Two moved days on " + day.date() + ": " + other + " and " + day);
            }
        }
        this.moved = Map.copyOf(byDate);
    }

    public boolean isWorkingDay(LocalDate date) {
        MovedDay change = moved.get(date);
        if (change != null) {
            return change.working();
        }
        return isWorkingByLaw(date);
    }

    /**
     * The non-weekend days off of the year, and moved days off, in date order (weekends themselves are
     * not listed): the holidays and compensatory days of {@link PublicHolidays#of}, less those the
     * tenant made working days, and each moved day off as {@link DayOffReason#MOVED} with the tenant's
     * reason as its note. A moved day off on a holiday replaces the holiday in the list.
     */
    public List<DayOff> daysOff(int year) {
        List<DayOff> days = new ArrayList<>();
        for (DayOff day : PublicHolidays.of(year)) {
            if (!moved.containsKey(day.date())) {
                days.add(day);
            }
        }
        for (MovedDay day : moved.values()) {
            if (!day.working() && day.date().getYear() == year) {
                days.add(new DayOff(day.date(), DayOffReason.MOVED, day.reason()));
            }
        }
        days.sort(Comparator.comparing(DayOff::date));
        return days;
    }

    /**
     * The weekend days made working days in that year, in date order: usually a Saturday worked in
     * exchange for a bridge day. A holiday or compensatory day the tenant made a working day is listed
     * too, since it would otherwise show nowhere; a moved working day on an ordinary weekday changes
     * nothing and is left out.
     */
    public List<MovedDay> workedWeekendDays(int year) {
        return moved.values().stream()
                .filter(day -> day.working() && day.date().getYear() == year && !isWorkingByLaw(day.date()))
                .sorted(Comparator.comparing(MovedDay::date))
                .toList();
    }

    /**
     * The date {@code n} working days after {@code from}, counted as Bộ luật Dân sự 2015, Điều 147
     * counts a time limit: {@code from} itself is never counted, whether or not it is a working day;
     * the first working day after it is day 1, and the n-th is the answer. From Friday 07/06/2024, 1
     * working day later is Monday 10/06/2024; from Saturday 08/06/2024 it is that Monday too. For
     * {@code n = 0} the answer is {@code from} itself if it is a working day, else the next working
     * day. Weekends, holidays, compensatory days and moved days are all taken into account.
     *
     * @throws IllegalArgumentException if {@code n} is negative
     */
    public LocalDate plusWorkingDays(LocalDate from, int n) {
        if (n < 0) {
            throw new IllegalArgumentException("Working days to add must be 0 or more, not " + n);
        }
        LocalDate day = from;
        if (n == 0) {
            while (!isWorkingDay(day)) {
                day = day.plusDays(1);
            }
            return day;
        }
        for (int counted = 0; counted < n; ) {
            day = day.plusDays(1);
            if (isWorkingDay(day)) {
                counted++;
            }
        }
        return day;
    }

    /** Worked under the Labour Code alone: a weekday that is neither a holiday nor a compensatory day. */
    private static boolean isWorkingByLaw(LocalDate date) {
        return !PublicHolidays.isWeekend(date) && PublicHolidays.on(date).isEmpty();
    }
}
