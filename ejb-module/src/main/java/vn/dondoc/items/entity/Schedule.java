package vn.dondoc.items.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.Objects;

/**
 * An item's time frame (thời gian thực hiện) as understood from its printed text, which is always
 * kept. Anything not understood is {@link Kind#UNPARSED} and flagged for a person, never guessed.
 * Immutable; embedded in the item's row.
 */
@Embeddable
public class Schedule {

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

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(name = "schedule_kind")
    private Kind kind;

    @Column(name = "deadline")
    private LocalDate deadline;

    @Column(name = "schedule_text")
    private String text;

    protected Schedule() {}

    /** @throws IllegalArgumentException for a DEADLINE without a date */
    public Schedule(Kind kind, LocalDate deadline, String text) {
        this.kind = Objects.requireNonNull(kind, "A schedule needs a kind.");
        this.deadline = deadline;
        this.text = text == null ? "" : text;
        if (kind == Kind.DEADLINE && deadline == null) {
            throw new IllegalArgumentException("A deadline schedule needs a date.");
        }
    }

    public static Schedule unparsed(String text) {
        return new Schedule(Kind.UNPARSED, null, text);
    }

    public Kind kind() {
        return kind;
    }

    /** The date by which the work is due, or {@code null} when the time frame names none. */
    public LocalDate deadline() {
        return deadline;
    }

    /** The time frame as printed (or as the secretariat wrote it); never {@code null}. */
    public String text() {
        return text == null ? "" : text;
    }

    /** Whether a person must look at it: the text was not understood. */
    public boolean flagged() {
        return kind == Kind.UNPARSED;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Schedule that
                && kind == that.kind
                && Objects.equals(deadline, that.deadline)
                && text().equals(that.text());
    }

    @Override
    public int hashCode() {
        return Objects.hash(kind, deadline, text());
    }

    @Override
    public String toString() {
        return "Schedule[kind=" + kind + ", deadline=" + deadline + ", text=" + text() + "]";
    }
}
