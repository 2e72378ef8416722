package vn.dondoc.web.platform;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import vn.dondoc.platform.boundary.InvalidInput;

/** A day given in a query parameter ({@code ?asOf=2024-06-30}): ISO, or a 400 naming the parameter. */
public final class QueryDate {

    private QueryDate() {}

    /** The day, or {@code null} when the parameter is absent or blank. */
    public static LocalDate of(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidInput(
                    name + ": không phải ngày YYYY-MM-DD '" + value + "' / not a YYYY-MM-DD date '" + value + "'");
        }
    }
}
