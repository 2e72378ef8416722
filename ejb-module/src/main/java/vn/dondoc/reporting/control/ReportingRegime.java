package vn.dondoc.reporting.control;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Set;
import vn.dondoc.documents.entity.ReportingFrequency;

/**
 * What one document asks of its reporting agencies (chế độ báo cáo), as section III (tổ chức thực
 * hiện) sets it: their own plan by a date, and a results report for every period of each frequency,
 * each sent a number of working days after the period's cut-off. Kế hoạch 204/KH-UBND: issued
 * 21/07/2023, agencies' plans by 01/08/2023, reports every 6 months and every year, due 3 working
 * days after each cut-off (the tenant's default).
 *
 * @param issuedOn the document's date (ngày ban hành): periods are owed from it on. May be {@code null}
 *     only when the document asks for no periodic report, since without it we would be guessing the
 *     first period owed
 * @param agencyPlanDueOn the date the agencies' own plans are due, as the document prints it; {@code
 *     null} when the document asks for none
 * @param frequencies how often results are reported; empty when the document asks for no report
 * @param deadline the document's sending deadline, or the tenant's default when it sets none
 */
public record ReportingRegime(
        LocalDate issuedOn, LocalDate agencyPlanDueOn, Set<ReportingFrequency> frequencies, SendingDeadline deadline) {

    public ReportingRegime {
        frequencies = Set.copyOf(Objects.requireNonNull(frequencies, "frequencies"));
        Objects.requireNonNull(deadline, "deadline");
        if (issuedOn == null && !frequencies.isEmpty()) {
            throw new IllegalArgumentException("Văn bản chưa có ngày ban hành nên không xác định được kỳ báo cáo"
                    + " đầu tiên / the document has no date, so the first reporting period owed is unknown");
        }
    }
}
