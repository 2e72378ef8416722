package vn.dondoc.documents.boundary;

import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import vn.dondoc.documents.entity.ReportingFrequency;

/**
 * The secretariat's reporting regime for a document (chế độ báo cáo): the date agencies owe their
 * own plan by ({@code null}: none), the rhythms of their reports, and the working days after a
 * period's cut-off they have to send them ({@code null}: the default). A class, not a record: D-010.
 */
public class RegimeEdit {

    public LocalDate agencyPlanDueOn;

    @NotNull
    public List<@NotNull ReportingFrequency> reportingFrequencies;

    /** A number, so that 2.5 is refused rather than read as 2 (JSON-B truncates into an Integer). */
    @Digits(integer = 2, fraction = 0)
    @Min(1)
    @Max(60)
    public BigDecimal reportWorkingDays;
}
