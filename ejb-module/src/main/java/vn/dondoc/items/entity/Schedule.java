package vn.dondoc.items.entity;

import java.time.LocalDate;
import java.util.Objects;

/**
 * An item's time frame (thời gian thực hiện) as understood from its printed text, which is always
 * kept. Anything not understood is {@link Kind#UNPARSED} and flagged for a person, never guessed.
 */
public record Schedule(Kind kind, LocalDate deadline, String text) {

    public enum Kind {
        /** Thường xuyên, hằng năm: reported every period, never "completed". */
        RECURRING,
        /** A fixed date: "Năm 2025" → 2025-12-31, "trước ngày 01/8/2023" → 2023-08-01. */
        DEADLINE,
        /** Tied to another programme ("Theo Chương trình của Trung ương"): no date until one is set. */
        LINKED,
        /** Not understood: kept as text and flagged. */
        UNPARSED
    }

    public Schedule {
        Objects.requireNonNull(kind);
        text = text == null ? "" : text;
        if (kind == Kind.DEADLINE && deadline == null) {
            throw new IllegalArgumentException("A deadline schedule needs a date.");
        }
    }

    public static Schedule unparsed(String text) {
        return new Schedule(Kind.UNPARSED, null, text);
    }
}
