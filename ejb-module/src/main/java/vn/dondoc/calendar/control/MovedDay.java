package vn.dondoc.calendar.control;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A tenant's change to one day: made a day off ({@code working} false, e.g. a bridge day the
 * government joins to a holiday), or made a working day ({@code working} true, e.g. the Saturday
 * worked in exchange). It overrides weekends, holidays and compensatory days alike.
 */
public record MovedDay(LocalDate date, boolean working, String reason) {

    public MovedDay {
        Objects.requireNonNull(date, "date");
        // The reason is shown as the day's note, which is never null.
        reason = reason == null ? "" : reason.strip();
    }
}
