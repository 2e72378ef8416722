package vn.dondoc.documents.control;

import java.time.DateTimeException;
import java.time.LocalDate;

/**
 * A day as a plan prints it, by day, month and year (the issue date, a due date). Plans do print
 * days the calendar lacks ("31/6/2024"); such a day is read as none rather than as a guess.
 */
final class PrintedDate {

    private PrintedDate() {}

    /** The day printed, or {@code null} when there is no such day. */
    static LocalDate of(String day, String month, String year) {
        try {
            return LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day));
        } catch (DateTimeException e) {
            return null;
        }
    }
}
