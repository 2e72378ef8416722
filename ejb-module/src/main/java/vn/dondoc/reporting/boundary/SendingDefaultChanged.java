package vn.dondoc.reporting.boundary;

/**
 * Fired inside the transaction that changed the tenant's default sending deadline: the due dates of
 * every document without a deadline of its own move with it.
 */
public record SendingDefaultChanged(int workingDays) {}
