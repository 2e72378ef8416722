package vn.dondoc.reporting.boundary;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * One version of a report as the API shows it, or the blank form of one not begun yet ({@code
 * number} 0, status {@code PENDING}, an entry for each item the agency holds). {@code etag}: what
 * {@code If-Match} must carry to change it.
 */
public record ReportView(
        long obligationId,
        int number,
        int versions,
        String status,
        String summary,
        List<Entry> entries,
        List<AttachmentView> attachments,
        Instant updatedAt,
        Instant submittedAt,
        String etag) {

    /** What the report says about one item; {@code itemCode} and {@code itemText} to show it. */
    public record Entry(
            long itemId,
            String itemCode,
            String itemText,
            String narrative,
            boolean completed,
            LocalDate completedOn,
            List<Figure> figures) {}

    /** {@code flag}: why a reviewer should look at it, or {@code null}. */
    public record Figure(
            String name, BigDecimal numerator, BigDecimal denominator, BigDecimal target, String unit, String flag) {}
}
