package vn.dondoc.items.boundary;

import java.time.LocalDate;
import java.util.List;

/** The shapes the API answers with for items (docs/api.md: Item). */
public final class ItemViews {

    private ItemViews() {}

    public record ItemView(
            Long id,
            String code,
            String label,
            String text,
            List<ResponsibilityView> responsibilities,
            ScheduleView schedule,
            List<AssignmentView> assignments,
            boolean edited,
            List<ItemView> children,
            boolean requested,
            boolean noLeadNamed) {}

    public record ResponsibilityView(String role, String text, String agencyCode, String groupCode, String unit) {}

    public record ScheduleView(String kind, LocalDate deadline, String text, boolean flagged) {}

    /**
     * One agency's assignment of the item, with its deadline: {@code originalDueOn} the item's own
     * date, {@code dueOn} the one in force for that agency (later once an extension was granted it),
     * both {@code null} when the item names no date.
     */
    public record AssignmentView(
            Long id, String agencyCode, String role, String viaGroupCode, LocalDate originalDueOn, LocalDate dueOn) {}
}
