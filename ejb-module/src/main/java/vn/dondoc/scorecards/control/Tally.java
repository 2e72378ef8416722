package vn.dondoc.scorecards.control;

/**
 * The counts behind one line of a scorecard (an agency, a group, a document, the tenant) as of one
 * day: its tasks by status, the open overdue ones by age, and its reporting track. Lines add up.
 */
public record Tally(
        long completedOnTime,
        long completedLate,
        long openWithinDeadline,
        long openOverdue,
        long overdueUpTo30,
        long overdue31To90,
        long overdue91To120,
        long overdueOver120,
        long reportsExpected,
        long reportsReceived,
        long reportsReceivedOnTime) {

    public static final Tally NONE = new Tally(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);

    public Tally {
        if (overdueUpTo30 + overdue31To90 + overdue91To120 + overdueOver120 != openOverdue) {
            throw new IllegalArgumentException("The overdue tasks by age do not add up to " + openOverdue);
        }
        if (reportsReceived > reportsExpected || reportsReceivedOnTime > reportsReceived) {
            throw new IllegalArgumentException("Received " + reportsReceived + " (on time " + reportsReceivedOnTime
                    + ") of " + reportsExpected + " expected");
        }
    }

    /** Every task assigned, due or not. */
    public long assigned() {
        return completed() + openWithinDeadline + openOverdue;
    }

    /** The tasks that have fallen due: completed (whenever) and open overdue. */
    public long due() {
        return completed() + openOverdue;
    }

    public long completed() {
        return completedOnTime + completedLate;
    }

    public Tally plus(Tally other) {
        return new Tally(
                completedOnTime + other.completedOnTime,
                completedLate + other.completedLate,
                openWithinDeadline + other.openWithinDeadline,
                openOverdue + other.openOverdue,
                overdueUpTo30 + other.overdueUpTo30,
                overdue31To90 + other.overdue31To90,
                overdue91To120 + other.overdue91To120,
                overdueOver120 + other.overdueOver120,
                reportsExpected + other.reportsExpected,
                reportsReceived + other.reportsReceived,
                reportsReceivedOnTime + other.reportsReceivedOnTime);
    }
}
