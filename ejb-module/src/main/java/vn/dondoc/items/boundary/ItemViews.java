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

    public record AssignmentView(Long id, String agencyCode, String role, String viaGroupCode) {}
}
