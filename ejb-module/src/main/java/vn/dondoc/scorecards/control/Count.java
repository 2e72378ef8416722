package vn.dondoc.scorecards.control;

import java.util.Arrays;
import java.util.Optional;

/**
 * Every count a scorecard line shows, with the one condition on the ledger's versions that selects
 * what it counts: the aggregate that counts and the drill-down that lists use the same condition,
 * so a count's list always adds up to it. The names are the API's.
 */
public enum Count {
    COMPLETED_ON_TIME("completedOnTime", Conditions.TASK + " AND t.doneOn IS NOT NULL AND t.doneOn <= t.dueOn"),
    COMPLETED_LATE("completedLate", Conditions.TASK + " AND t.doneOn IS NOT NULL AND t.doneOn > t.dueOn"),
    OPEN_WITHIN_DEADLINE("openWithinDeadline", Conditions.TASK + " AND t.doneOn IS NULL AND t.dueOn >= :asOf"),
    OPEN_OVERDUE("openOverdue", Conditions.OPEN_OVERDUE),
    OVERDUE_UP_TO_30("overdueUpTo30", Conditions.OPEN_OVERDUE + " AND t.dueOn >= :from30"),
    OVERDUE_31_TO_90("overdue31To90", Conditions.OPEN_OVERDUE + " AND t.dueOn < :from30 AND t.dueOn >= :from90"),
    OVERDUE_91_TO_120("overdue91To120", Conditions.OPEN_OVERDUE + " AND t.dueOn < :from90 AND t.dueOn >= :from120"),
    OVERDUE_OVER_120("overdueOver120", Conditions.OPEN_OVERDUE + " AND t.dueOn < :from120"),
    REPORTS_EXPECTED("reportsExpected", Conditions.REPORT + " AND (t.doneOn IS NOT NULL OR t.dueOn < :asOf)"),
    REPORTS_RECEIVED("reportsReceived", Conditions.REPORT + " AND t.doneOn IS NOT NULL"),
    REPORTS_RECEIVED_ON_TIME(
            "reportsReceivedOnTime", Conditions.REPORT + " AND t.doneOn IS NOT NULL AND t.doneOn <= t.dueOn"),
    /** Not summed: the tasks of the four statuses together. */
    ASSIGNED("assigned", Conditions.TASK),
    /** Not summed: completed, or open and overdue. */
    DUE("due", Conditions.TASK + " AND (t.doneOn IS NOT NULL OR t.dueOn < :asOf)"),
    /** Not summed: expected and not received. */
    REPORTS_MISSING("reportsMissing", Conditions.REPORT + " AND t.doneOn IS NULL AND t.dueOn < :asOf"),
    /**
     * Not summed, and no line shows it: the dated items an agency leads that are not done, within
     * their deadline or overdue; what "Việc của tôi" lists beside the reports (the agency's own plan,
     * the other task, is an obligation and listed with them).
     */
    OPEN_ITEMS("openItems", Conditions.ITEM + " AND t.doneOn IS NULL");

    private final String key;
    private final String condition;

    Count(String key, String condition) {
        this.key = key;
        this.condition = condition;
    }

    /** The count of this name, as the API writes it ({@code openOverdue}). */
    public static Optional<Count> named(String key) {
        return Arrays.stream(values()).filter(c -> c.key.equalsIgnoreCase(key)).findFirst();
    }

    public String key() {
        return key;
    }

    /** The JPQL condition on the ledger's version {@code t}; may name {@code :asOf} and the age bounds. */
    public String condition() {
        return condition;
    }

    /** Whether the aggregate sums it; the others are sums of those. */
    boolean summed() {
        return ordinal() <= REPORTS_RECEIVED_ON_TIME.ordinal();
    }

    private static final class Conditions {
        static final String REPORT_KIND = "vn.dondoc.scorecards.entity.TaskKind.REPORT";
        static final String TASK = "t.kind <> " + REPORT_KIND;
        static final String REPORT = "t.kind = " + REPORT_KIND;
        static final String ITEM = "t.kind = vn.dondoc.scorecards.entity.TaskKind.ITEM";
        static final String OPEN_OVERDUE = TASK + " AND t.doneOn IS NULL AND t.dueOn < :asOf";
    }
}
