package vn.dondoc.reporting.boundary;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import vn.dondoc.reporting.entity.ReportingSettings;

/**
 * What an administrator sets: the tenant's default sending deadline, in working days after a
 * period's cut-off. A class, not a record: D-010.
 */
public class ReportingSettingsEdit {

    private static final String RANGE = "phải là số ngày làm việc từ " + ReportingSettings.MIN_WORKING_DAYS + " đến "
            + ReportingSettings.MAX_WORKING_DAYS + " / must be a number of working days from "
            + ReportingSettings.MIN_WORKING_DAYS + " to " + ReportingSettings.MAX_WORKING_DAYS;

    @NotNull(message = RANGE)
    @Min(value = ReportingSettings.MIN_WORKING_DAYS, message = RANGE)
    @Max(value = ReportingSettings.MAX_WORKING_DAYS, message = RANGE)
    public Integer sendingWorkingDays;

    /** What the audit trail records as the target. */
    @Override
    public String toString() {
        return "sendingWorkingDays=" + sendingWorkingDays;
    }
}
