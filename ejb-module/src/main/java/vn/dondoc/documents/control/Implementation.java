package vn.dondoc.documents.control;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import vn.dondoc.agencies.control.NamedBody;
import vn.dondoc.documents.entity.ReportingFrequency;

/**
 * What section III (tổ chức thực hiện) asks of the agencies: their own implementation plan by a
 * date, and results reports at a rhythm, sent through a focal agency that consolidates them.
 * Issue 4 turns these into obligations. Any part may be missing ({@code null} / empty).
 *
 * <p>{@code reportingBodies} are the agencies and groups the paragraph holding the agency-plan or
 * periodic-report sentence addresses, as matched (an unresolved one keeps its text and no code); the
 * focal agency and the addressee are not among them.
 */
public record Implementation(
        LocalDate agencyPlanDueOn,
        String agencyPlanText,
        Set<ReportingFrequency> reportingFrequencies,
        String reportingText,
        String focalAgencyText,
        String focalAgencyCode,
        List<NamedBody> reportingBodies) {

    public Implementation {
        reportingBodies = reportingBodies == null ? List.of() : List.copyOf(reportingBodies);
    }

    public static Implementation none() {
        return new Implementation(null, null, Set.of(), null, null, null, List.of());
    }
}
