package vn.dondoc.reporting.boundary;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import vn.dondoc.reporting.entity.ReportingSettings;

/**
 * What an administrator sets: the tenant's default sending deadline, in working days after a
 * period's cut-off. A class, not a record: D-010. The number is a {@link BigDecimal} so that {@code
 * 2.5} reaches the check and is refused: JSON-B reads a fraction into an {@code Integer} by dropping
 * it (measured: {@code 2.5} became 2). The constraints describe the field in the OpenAPI
 * description and for any caller that validates; {@link Settings#changeReporting} checks the same
 * itself, so that a refusal is audited as one.
 */
public class ReportingSettingsEdit {

    /** What is wrong with anything but a whole number in range, in Vietnamese and English. */
    public static final String WHOLE_DAYS = "phải là số ngày làm việc từ " + ReportingSettings.MIN_WORKING_DAYS
            + " đến " + ReportingSettings.MAX_WORKING_DAYS
            + ", số nguyên / must be a whole number of working days from "
            + ReportingSettings.MIN_WORKING_DAYS + " to " + ReportingSettings.MAX_WORKING_DAYS;

    @NotNull(message = WHOLE_DAYS)
    @Digits(integer = 2, fraction = 0, message = WHOLE_DAYS)
    @DecimalMin(value = "" + ReportingSettings.MIN_WORKING_DAYS, message = WHOLE_DAYS)
    @DecimalMax(value = "" + ReportingSettings.MAX_WORKING_DAYS, message = WHOLE_DAYS)
    public BigDecimal sendingWorkingDays;

    /** What the audit trail records as the target. */
    @Override
    public String toString() {
        return "sendingWorkingDays=" + (sendingWorkingDays == null ? null : sendingWorkingDays.toPlainString());
    }
}
