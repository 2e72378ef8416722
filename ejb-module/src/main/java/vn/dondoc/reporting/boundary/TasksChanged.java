package vn.dondoc.reporting.boundary;

/**
 * Fired inside the transaction of a change to what a scorecard counts, after reporting has brought
 * its obligations up to date: for the scorecard's ledger, which records what was known from when.
 * The scope says what to read again; anything wider is always right, only slower.
 *
 * @param documentId the document, or {@code null} for every document of the tenant
 * @param obligationId one obligation of it (its deadline or its report), or {@code null}
 * @param agencyId the agency whose dated items of the document to read again (a report accepted may
 *     say an item was completed), or {@code null}
 */
public record TasksChanged(Long documentId, Long obligationId, Long agencyId) {

    /** Every task of every document: the calendar, a group's members or the default deadline changed. */
    public static TasksChanged everything() {
        return new TasksChanged(null, null, null);
    }

    /** Every task of one document: it was imported, its regime or its items changed. */
    public static TasksChanged document(long documentId) {
        return new TasksChanged(documentId, null, null);
    }

    /** One obligation's deadline or report. */
    public static TasksChanged obligation(long documentId, long obligationId) {
        return new TasksChanged(documentId, obligationId, null);
    }

    /** One agency's dated items of one document. */
    public static TasksChanged itemsOf(long documentId, long agencyId) {
        return new TasksChanged(documentId, null, agencyId);
    }

    /** Whether the whole of {@link #documentId} (or of the tenant) is to be read again. */
    public boolean wholeDocument() {
        return obligationId == null && agencyId == null;
    }
}
