package vn.dondoc.documents.control;

import java.time.LocalDate;
import java.util.Set;
import vn.dondoc.documents.entity.ReportingFrequency;

/**
 * What section III (tổ chức thực hiện) asks of the agencies: their own implementation plan by a
 * date, and results reports at a rhythm, sent through a focal agency that consolidates them.
 * Issue 4 turns these into obligations. Any part may be missing ({@code null} / empty).
 */
public record Implementation(
        LocalDate agencyPlanDueOn,
        String agencyPlanText,
        Set<ReportingFrequency> reportingFrequencies,
        String reportingText,
        String focalAgencyText,
        String focalAgencyCode) {

    public static Implementation none() {
        return new Implementation(null, null, Set.of(), null, null, null);
    }
}
