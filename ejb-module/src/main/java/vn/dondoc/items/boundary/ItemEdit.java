package vn.dondoc.items.boundary;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import vn.dondoc.items.entity.Schedule;

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
        @NotNull
        public Schedule.Kind kind;

        public LocalDate deadline;

        @Size(max = 1000)
        public String text;
    }
}
