package vn.dondoc.reporting.boundary;

/**
 * What the caller may do with a report now (thao tác được phép), as {@link Reports#actions} says:
 * the page offers these buttons and no others; the step itself is checked again when it is taken.
 */
public enum ReportAction {
    /** Write the draft or the returned report: save, attach and remove files (the agency's officer). */
    EDIT,
    /** Send the draft or the returned report on to the agency's head (the officer). */
    SUBMIT,
    /** Approve what the officer submitted (the agency's head). */
    APPROVE,
    /** Accept the approved report (the focal agency). */
    ACCEPT,
    /** Send it back with a comment: the head a submitted report, the focal agency an approved one. */
    RETURN
}
