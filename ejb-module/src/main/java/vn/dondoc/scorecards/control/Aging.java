package vn.dondoc.scorecards.control;

import java.time.LocalDate;
import java.util.Map;

/**
 * How long an open task has been overdue, in the buckets officials report (≤ 30, 31–90, 91–120,
 * > 120 days). Each bucket is a range of deadlines relative to the day, so that a database query can
 * count it with plain date comparisons.
 */
public enum Aging {
    UP_TO_30(1, 30, "≤ 30 ngày", "≤ 30 days"),
    FROM_31_TO_90(31, 90, "31–90 ngày", "31–90 days"),
    FROM_91_TO_120(91, 120, "91–120 ngày", "91–120 days"),
    OVER_120(121, Integer.MAX_VALUE, "> 120 ngày", "> 120 days");

    private final int fromDays;
    private final int toDays;
    private final String vietnamese;
    private final String english;

    Aging(int fromDays, int toDays, String vietnamese, String english) {
        this.fromDays = fromDays;
        this.toDays = toDays;
        this.vietnamese = vietnamese;
        this.english = english;
    }

    /** The bucket of a task overdue by {@code days} (1 or more). */
    public static Aging of(long days) {
        if (days < 1) {
            throw new IllegalArgumentException("Not overdue: " + days + " days");
        }
        for (Aging aging : values()) {
            if (days <= aging.toDays) {
                return aging;
            }
        }
        throw new AssertionError(days);
    }

    /** The latest deadline in this bucket on {@code asOf}: due on it or before. */
    public LocalDate latestDueOn(LocalDate asOf) {
        return asOf.minusDays(fromDays);
    }

    /** The earliest deadline in this bucket on {@code asOf}, or {@code null} for the last, open bucket. */
    public LocalDate earliestDueOn(LocalDate asOf) {
        return toDays == Integer.MAX_VALUE ? null : asOf.minusDays(toDays);
    }

    public String vietnamese() {
        return vietnamese;
    }

    public String english() {
        return english;
    }

    /**
     * The query parameters every status count names for the buckets' lower bounds on {@code asOf}
     * ({@code from30}, {@code from90}, {@code from120}): one definition for the ledger's read and
     * today's kept counts.
     */
    public static Map<String, LocalDate> boundsAsOf(LocalDate asOf) {
        return Map.of(
                "from30", UP_TO_30.earliestDueOn(asOf),
                "from90", FROM_31_TO_90.earliestDueOn(asOf),
                "from120", FROM_91_TO_120.earliestDueOn(asOf));
    }
}
