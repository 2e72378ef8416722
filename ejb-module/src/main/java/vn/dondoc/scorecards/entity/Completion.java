package vn.dondoc.scorecards.entity;

import java.time.LocalDate;

/**
 * Where a task or report stands for today's counts ({@link TaskCount}): not done yet, done on or
 * before its deadline, or done after it. Once done, the day of the scorecard no longer matters.
 */
public enum Completion {
    OPEN,
    ON_TIME,
    LATE;

    public static Completion of(LocalDate dueOn, LocalDate doneOn) {
        if (doneOn == null) {
            return OPEN;
        }
        return doneOn.isAfter(dueOn) ? LATE : ON_TIME;
    }
}
