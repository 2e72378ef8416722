package vn.dondoc.benchmarks.bare;

import java.time.LocalDate;
import java.util.List;

/**
 * A report as {@code GET …/report} answers, like the product's: the items' code and text with each
 * entry, the blank form (number 0) before the first save.
 */
public record ReportView(
        long obligationId, int number, String status, String summary, List<Entry> entries, String etag) {

    public record Entry(
            long itemId,
            String itemCode,
            String itemText,
            String narrative,
            boolean completed,
            LocalDate completedOn,
            List<ReportBody.Figure> figures) {}
}
