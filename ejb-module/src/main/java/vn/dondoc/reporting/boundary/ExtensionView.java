package vn.dondoc.reporting.boundary;

import java.time.Instant;
import java.time.LocalDate;
import vn.dondoc.reporting.entity.Extension;

/**
 * A request for more time as the API shows it: who asked when for what and why, and who decided
 * when and how. {@code deadlineBefore}: the deadline when it was asked; {@code dueOn}: the date
 * granted, {@code null} unless approved; {@code comment}: why it was refused.
 */
public record ExtensionView(
        long id,
        long obligationId,
        String agencyCode,
        String status,
        LocalDate deadlineBefore,
        LocalDate requestedDueOn,
        String reason,
        String requestedBy,
        Instant requestedAt,
        LocalDate dueOn,
        String decidedBy,
        Instant decidedAt,
        String comment) {

    static ExtensionView of(Extension e) {
        return new ExtensionView(
                e.id(),
                e.obligation().id(),
                e.obligation().agency().code(),
                e.status().name(),
                e.dueOnBefore(),
                e.requestedDueOn(),
                e.reason(),
                e.requestedBy(),
                e.requestedAt(),
                e.grantedDueOn(),
                e.decidedBy(),
                e.decidedAt(),
                e.comment());
    }
}
