package vn.dondoc.benchmarks.bare;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** The report as the product's API reads and writes it (docs/api.md, {@code Report}). */
public record ReportBody(String summary, List<Entry> entries) {

    public record Entry(
            long itemId, String narrative, boolean completed, LocalDate completedOn, List<Figure> figures) {}

    public record Figure(String name, BigDecimal numerator, BigDecimal denominator, BigDecimal target, String unit) {}
}
