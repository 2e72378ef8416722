package vn.dondoc.items.boundary;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import vn.dondoc.items.entity.Schedule;
import vn.dondoc.platform.boundary.InvalidInput;

/**
 * The secretariat's correction of an item: its text and/or its time frame ({@code null} leaves
 * that part as it is). A class, not a record: Payara's OpenAPI scanner fails on Bean Validation
 * annotations of record components.
 */
public class ItemEdit {

    @Size(max = 100_000)
    public String text;

    @Valid
    public ScheduleEdit schedule;

    /** A time frame as the secretariat sets it: DEADLINE needs a date. */
    public static class ScheduleEdit {

        /** The kinds a time frame may have, by name ("DEADLINE" …), for a form to offer. */
        public static final List<String> KINDS =
                Arrays.stream(Schedule.Kind.values()).map(Enum::name).toList();

        @NotNull
        public Schedule.Kind kind;

        public LocalDate deadline;

        @Size(max = 1000)
        public String text;

        /**
         * A time frame from a form's fields, the kind by its name as {@code ItemView} shows it (the
         * web UI, which names no entity).
         *
         * @throws InvalidInput for a kind that is none of {@link #KINDS}
         */
        public static ScheduleEdit of(String kind, LocalDate deadline, String text) {
            ScheduleEdit edit = new ScheduleEdit();
            try {
                edit.kind = Schedule.Kind.valueOf(kind);
            } catch (IllegalArgumentException | NullPointerException e) {
                throw new InvalidInput("Loại thời hạn không hợp lệ: " + kind + " / Not a kind of time frame: " + kind);
            }
            edit.deadline = deadline;
            edit.text = text;
            return edit;
        }
    }
}
