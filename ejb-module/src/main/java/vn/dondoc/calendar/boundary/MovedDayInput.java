package vn.dondoc.calendar.boundary;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/**
 * One day an administrator moves: made a day off ({@code working: false}) or a weekend day made a
 * working day ({@code working: true}), with the reason. A class, not a record: see D-010.
 */
public class MovedDayInput {

    @NotNull
    public LocalDate date;

    public boolean working;

    @NotBlank
    @Size(max = 255)
    public String reason;

    /** A day as given, e.g. by a form or as stored. */
    public static MovedDayInput of(LocalDate date, boolean working, String reason) {
        MovedDayInput day = new MovedDayInput();
        day.date = date;
        day.working = working;
        day.reason = reason;
        return day;
    }
}
