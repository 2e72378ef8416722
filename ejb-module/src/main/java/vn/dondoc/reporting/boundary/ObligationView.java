package vn.dondoc.reporting.boundary;

import java.time.Instant;
import java.time.LocalDate;

/**
 * An obligation as the API shows it (docs/api.md: Obligation): what one agency owes for one
 * document, and when. {@code orphaned}: no longer asked for, kept because a report was begun.
 * {@code dueOn} is the deadline in force, {@code originalDueOn} the regime's; {@code extension}: the
 * latest request for more time, whatever became of it, or {@code null} when none was made.
 */
public record ObligationView(
        Long id,
        String agencyCode,
        Long documentId,
        String kind,
        String periodLabel,
        LocalDate periodFrom,
        LocalDate periodTo,
        LocalDate dueOn,
        LocalDate originalDueOn,
        String status,
        Instant submittedAt,
        boolean orphaned,
        ExtensionView extension) {}
