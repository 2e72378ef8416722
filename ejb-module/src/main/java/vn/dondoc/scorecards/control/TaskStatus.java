package vn.dondoc.scorecards.control;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * The four statuses of a task with a deadline (Quyết định 42/2014/QĐ-TTg, amended by 23/2018/QĐ-TTg),
 * as of a day. A task due that very day is still within its deadline.
 */
public enum TaskStatus {
    /** Đã hoàn thành đúng hạn. */
    COMPLETED_ON_TIME("Đã hoàn thành đúng hạn", "Completed on time"),
    /** Đã hoàn thành quá hạn. */
    COMPLETED_LATE("Đã hoàn thành quá hạn", "Completed late"),
    /** Chưa hoàn thành, trong hạn. */
    OPEN_WITHIN_DEADLINE("Chưa hoàn thành, trong hạn", "Open, within deadline"),
    /** Chưa hoàn thành, quá hạn. */
    OPEN_OVERDUE("Chưa hoàn thành, quá hạn", "Open, overdue");

    private final String vietnamese;
    private final String english;

    TaskStatus(String vietnamese, String english) {
        this.vietnamese = vietnamese;
        this.english = english;
    }

    /**
     * The status on {@code asOf} of a task due on {@code dueOn} and done on {@code doneOn} ({@code null}
     * while not done). Done on the deadline is on time.
     */
    public static TaskStatus of(LocalDate dueOn, LocalDate doneOn, LocalDate asOf) {
        Objects.requireNonNull(dueOn, "dueOn");
        Objects.requireNonNull(asOf, "asOf");
        if (doneOn != null) {
            return doneOn.isAfter(dueOn) ? COMPLETED_LATE : COMPLETED_ON_TIME;
        }
        return asOf.isAfter(dueOn) ? OPEN_OVERDUE : OPEN_WITHIN_DEADLINE;
    }

    /** Calendar days past the deadline on {@code asOf} of an open task; 0 when not overdue. */
    public static long daysOverdue(LocalDate dueOn, LocalDate doneOn, LocalDate asOf) {
        return of(dueOn, doneOn, asOf) == OPEN_OVERDUE ? ChronoUnit.DAYS.between(dueOn, asOf) : 0;
    }

    /** Whether it counts among the tasks that have fallen due: completed, or open and overdue. */
    public boolean fallenDue() {
        return this != OPEN_WITHIN_DEADLINE;
    }

    public String vietnamese() {
        return vietnamese;
    }

    public String english() {
        return english;
    }
}
