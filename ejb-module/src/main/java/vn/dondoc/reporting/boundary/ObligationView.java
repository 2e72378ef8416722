package vn.dondoc.reporting.boundary;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import vn.dondoc.reporting.entity.Obligation;
import vn.dondoc.reporting.entity.ObligationStatus;

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
        ExtensionView extension) {

    /**
     * Số ngày quá hạn: the calendar days past the deadline in force on {@code today} (the tenant's
     * day) while no report stands received; 0 when it is not overdue. An orphaned obligation is
     * asked for no more, so it is never overdue.
     */
    public long daysOverdue(LocalDate today) {
        if (orphaned || Obligation.isReceived(ObligationStatus.valueOf(status)) || !today.isAfter(dueOn)) {
            return 0;
        }
        return ChronoUnit.DAYS.between(dueOn, today);
    }
}
