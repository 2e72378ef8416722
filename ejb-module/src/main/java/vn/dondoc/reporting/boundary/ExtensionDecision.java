package vn.dondoc.reporting.boundary;

import java.time.LocalDate;

/**
 * What the secretariat decides on a request for more time: to approve, the date it grants ({@code
 * dueOn}); to refuse, why ({@code comment}). A class, not a record: D-010.
 */
public class ExtensionDecision {

    public LocalDate dueOn;

    public String comment;
}
