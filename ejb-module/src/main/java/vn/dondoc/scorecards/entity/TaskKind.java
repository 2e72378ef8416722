package vn.dondoc.scorecards.entity;

/** What a line of the scorecard's ledger counts. */
public enum TaskKind {
    /** A dated item the agency leads (nhiệm vụ có thời hạn): done when an accepted report says so. */
    ITEM,
    /** The agency's own implementation plan: done when it is received. */
    DELIVERABLE,
    /** A period's results report: counted on the reporting track (expected, received, on time). */
    REPORT;

    /** Whether it is a task of the four statuses; a report is on the reporting track instead. */
    public boolean isTask() {
        return this != REPORT;
    }
}
