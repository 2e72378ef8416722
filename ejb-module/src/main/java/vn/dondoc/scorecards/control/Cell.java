package vn.dondoc.scorecards.control;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One cell of a scorecard's table (ô của bảng), typed, so that each file writes it its own way: a
 * CSV plain and machine-readable, a spreadsheet as a number or a date cell, the PDF the Vietnamese
 * way. An empty value ({@code null}) is a rate without a denominator or a line without a score.
 */
public record Cell(Kind kind, Object value) {

    public enum Kind {
        /** Words. */
        TEXT,
        /** A whole number: tasks, reports, days. */
        COUNT,
        /** A percentage with two decimals (83.25 means 83,25 %). */
        PERCENT,
        /** A number with two decimals that is not a percentage: the score. */
        DECIMAL,
        /** A day. */
        DATE
    }

    public Cell {
        Objects.requireNonNull(kind, "kind");
        Class<?> expected = switch (kind) {
            case TEXT -> String.class;
            case COUNT -> Long.class;
            case PERCENT, DECIMAL -> BigDecimal.class;
            case DATE -> LocalDate.class;
        };
        if (value != null && !expected.isInstance(value)) {
            throw new IllegalArgumentException(
                    kind + " cell holds a " + value.getClass().getSimpleName());
        }
    }

    public static Cell text(String value) {
        return new Cell(Kind.TEXT, value);
    }

    public static Cell count(long value) {
        return new Cell(Kind.COUNT, value);
    }

    public static Cell percent(BigDecimal value) {
        return new Cell(Kind.PERCENT, value);
    }

    public static Cell decimal(BigDecimal value) {
        return new Cell(Kind.DECIMAL, value);
    }

    public static Cell date(LocalDate value) {
        return new Cell(Kind.DATE, value);
    }

    public boolean isEmpty() {
        return value == null;
    }
}
