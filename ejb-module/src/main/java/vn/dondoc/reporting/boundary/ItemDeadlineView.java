package vn.dondoc.reporting.boundary;

import java.time.LocalDate;

/**
 * A dated item's deadline for one agency as the API shows it (docs/api.md: ItemDeadline): {@code
 * role} the agency's assignment (LEAD, COORDINATOR), {@code null} in a decision's answer when the
 * agency was unassigned since it asked; {@code originalDueOn} the item's own date,
 * {@code dueOn} the one in force (the later of that and a granted one), both {@code null} when the
 * item names no date; {@code extension} the latest request for more time, or {@code null}.
 */
public record ItemDeadlineView(
        long itemId,
        String agencyCode,
        String role,
        LocalDate originalDueOn,
        LocalDate dueOn,
        ExtensionView extension) {}
