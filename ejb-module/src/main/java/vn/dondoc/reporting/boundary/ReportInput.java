package vn.dondoc.reporting.boundary;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A report as the agency writes it (docs/api.md: Report): a summary and, per item, what was done,
 * whether a dated item was completed and when, and figures. Classes, not records: D-010.
 */
public class ReportInput {

    @Size(max = 20000)
    public String summary;

    @NotNull
    @Valid
    public List<@NotNull @Valid Entry> entries = new ArrayList<>();

    /** What the report says about one item. */
    public static class Entry {

        @NotNull
        public Long itemId;

        @Size(max = 20000)
        public String narrative;

        public boolean completed;

        public LocalDate completedOn;

        @NotNull
        @Valid
        public List<@NotNull @Valid Figure> figures = new ArrayList<>();
    }

    /** A result in figures: numerator of denominator (a share) or numerator alone (a count). */
    public static class Figure {

        @NotBlank
        @Size(max = 300)
        public String name;

        @NotNull
        public BigDecimal numerator;

        public BigDecimal denominator;

        public BigDecimal target;

        @Size(max = 50)
        public String unit;
    }
}
