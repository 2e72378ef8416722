package vn.dondoc.notifications.control;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import vn.dondoc.calendar.control.WorkingCalendar;
import vn.dondoc.notifications.entity.NoticeKind;

/**
 * When reminders (nhắc việc) fall due for a deadline, on the tenant's working days only. Each kind
 * has its occurrence, the working day it falls on; a job run on a later working day (a missed
 * night) finds the same occurrence, so the database's unique key sends it once, and a run on a day
 * off finds nothing. Pure: the calendar and N, M, K are given.
 *
 * <ul>
 *   <li>{@link NoticeKind#DUE_SOON}: N working days before the deadline, up to the day before it;
 *   <li>{@link NoticeKind#DUE_TODAY}: on the deadline (a deadline on a day off moves to the next
 *       working day, as Bộ luật Dân sự 2015, Điều 148 moves the end of a time limit);
 *   <li>{@link NoticeKind#OVERDUE}: the first working day after it, then every M working days; a run
 *       catches up the latest one only;
 *   <li>{@link NoticeKind#ESCALATION}: once, K working days after it.
 * </ul>
 */
public final class ReminderSchedule {

    /** A reminder due on a day: its kind, the working day it falls on, and working days overdue then. */
    public record Due(NoticeKind kind, LocalDate occurrence, int workingDaysOverdue) {}

    private final WorkingCalendar calendar;
    private final int daysBefore;
    private final int overdueEvery;
    private final int escalateAfter;

    /**
     * @param daysBefore N, at least 1
     * @param overdueEvery M, at least 1
     * @param escalateAfter K, at least 1
     */
    public ReminderSchedule(WorkingCalendar calendar, int daysBefore, int overdueEvery, int escalateAfter) {
        this.calendar = Objects.requireNonNull(calendar, "calendar");
        if (daysBefore < 1 || overdueEvery < 1 || escalateAfter < 1) {
            throw new IllegalArgumentException(
                    "N, M and K must be 1 or more: " + daysBefore + ", " + overdueEvery + ", " + escalateAfter);
        }
        this.daysBefore = daysBefore;
        this.overdueEvery = overdueEvery;
        this.escalateAfter = escalateAfter;
    }

    /** The reminders due on {@code day} for a report not yet sent that is due on {@code dueOn}. */
    public List<Due> on(LocalDate dueOn, LocalDate day) {
        if (!calendar.isWorkingDay(day)) {
            return List.of();
        }
        LocalDate deadline = deadline(dueOn);
        List<Due> due = new ArrayList<>();
        if (day.isBefore(deadline)) {
            LocalDate soon = minusWorkingDays(deadline, daysBefore);
            if (!day.isBefore(soon)) {
                due.add(new Due(NoticeKind.DUE_SOON, soon, 0));
            }
        } else if (day.equals(deadline)) {
            due.add(new Due(NoticeKind.DUE_TODAY, deadline, 0));
        } else {
            int overdue = workingDaysOverdue(dueOn, day);
            int step = (overdue - 1) / overdueEvery * overdueEvery;
            due.add(new Due(NoticeKind.OVERDUE, calendar.plusWorkingDays(deadline, 1 + step), overdue));
            if (overdue >= escalateAfter) {
                due.add(new Due(NoticeKind.ESCALATION, calendar.plusWorkingDays(deadline, escalateAfter), overdue));
            }
        }
        return due;
    }

    /**
     * The weekly digest's occurrence if one is due on {@code day}: the first working day of its
     * week (Monday, or later when Monday is off), on that day or a later working day of the week.
     */
    public Optional<LocalDate> digestOn(LocalDate day) {
        if (!calendar.isWorkingDay(day)) {
            return Optional.empty();
        }
        LocalDate monday = day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        return Optional.of(calendar.plusWorkingDays(monday, 0));
    }

    /** The working day a report due on {@code dueOn} must be sent by. */
    public LocalDate deadline(LocalDate dueOn) {
        return calendar.plusWorkingDays(dueOn, 0);
    }

    /** Working days after the deadline up to and including {@code day}; 0 on or before it. */
    public int workingDaysOverdue(LocalDate dueOn, LocalDate day) {
        LocalDate deadline = deadline(dueOn);
        int count = 0;
        for (LocalDate d = deadline.plusDays(1); !d.isAfter(day); d = d.plusDays(1)) {
            if (calendar.isWorkingDay(d)) {
                count++;
            }
        }
        return count;
    }

    /**
     * The latest deadline whose {@link NoticeKind#DUE_SOON} can fall on or before {@code day}: the
     * job reads the reports due up to it.
     */
    public LocalDate horizon(LocalDate day) {
        return calendar.plusWorkingDays(day, daysBefore);
    }

    /** The working day {@code n} working days before {@code day}. */
    private LocalDate minusWorkingDays(LocalDate day, int n) {
        LocalDate d = day;
        for (int counted = 0; counted < n; ) {
            d = d.minusDays(1);
            if (calendar.isWorkingDay(d)) {
                counted++;
            }
        }
        return d;
    }
}
