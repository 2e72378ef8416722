package vn.dondoc.reporting.boundary;

/**
 * The tenant's reporting settings as the API shows them (docs/api.md): {@code sendingWorkingDays},
 * the working days after a period's cut-off that a report is due, for every document that sets no
 * deadline of its own.
 */
public record ReportingSettingsView(int sendingWorkingDays) {}
