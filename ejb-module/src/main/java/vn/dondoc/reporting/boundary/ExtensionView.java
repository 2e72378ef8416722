package vn.dondoc.reporting.boundary;

import java.time.Instant;
import java.time.LocalDate;
import vn.dondoc.reporting.entity.Extension;

/**
 * A request for more time as the API shows it: who asked when for what and why, and who decided
 * when and how. Its subject is {@code obligationId}, or {@code itemId} with {@code agencyCode} (the
 * other is {@code null}), in the document {@code documentId}; {@code subject} names it for people:
 * the obligation's period ("2024-H1", or "PLAN" for the agency's own plan) or the item's code. {@code deadlineBefore}: the deadline when it was asked; {@code dueOn}: the
 * date granted, {@code null} unless approved; {@code comment}: why it was refused.
 */
public record ExtensionView(
        long id,
        Long obligationId,
        Long itemId,
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
        String comment,
        Long documentId,
        String subject) {

    static ExtensionView of(Extension e) {
        return new ExtensionView(
                e.id(),
                e.obligation() == null ? null : e.obligation().id(),
                e.item() == null ? null : e.item().id(),
                e.agency().code(),
                e.status().name(),
                e.dueOnBefore(),
                e.requestedDueOn(),
                e.reason(),
                e.requestedBy(),
                e.requestedAt(),
                e.grantedDueOn(),
                e.decidedBy(),
                e.decidedAt(),
                e.comment(),
                e.obligation() == null ? e.item().documentId() : e.obligation().documentId(),
                e.obligation() == null
                        ? e.item().code()
                        : e.obligation().periodLabel() == null
                                ? "PLAN"
                                : e.obligation().periodLabel());
    }
}
