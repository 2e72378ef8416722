package vn.dondoc.consolidation.control;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * The draft consolidated report of one document's period (báo cáo tổng hợp): what the accepted
 * reports say, item by item, with their figures summed; who has not reported, who was returned, who
 * is still in review; and whose deadline was extended. What the API shows as JSON and what {@link
 * ConsolidatedDocx} prints.
 */
public record ConsolidatedReport(
        Header header,
        List<ItemPart> items,
        List<AgencySummary> summaries,
        List<Missing> notReported,
        List<Missing> returned,
        List<Missing> inReview,
        List<Extension> extensions) {

    public ConsolidatedReport {
        items = List.copyOf(items);
        summaries = List.copyOf(summaries);
        notReported = List.copyOf(notReported);
        returned = List.copyOf(returned);
        inReview = List.copyOf(inReview);
        extensions = List.copyOf(extensions);
    }

    /**
     * The document and the period; {@code agenciesOwing} the agencies that owe this period's report,
     * {@code agenciesReported} those of them with an accepted report.
     */
    public record Header(
            String issuingBody,
            String place,
            long documentId,
            String documentType,
            String documentNumber,
            String documentTitle,
            String periodLabel,
            LocalDate periodFrom,
            LocalDate periodTo,
            int agenciesOwing,
            int agenciesReported) {}

    /** One item of the document: what each agency wrote on it, and its figures summed. */
    public record ItemPart(
            long itemId,
            Long parentId,
            String code,
            String text,
            List<Contribution> contributions,
            List<FigureTotal> figures) {

        public ItemPart {
            contributions = List.copyOf(contributions);
            figures = List.copyOf(figures);
        }
    }

    /** What one agency's accepted report (version {@code reportNumber}) says on an item. */
    public record Contribution(
            String agencyCode,
            String agencyName,
            int reportNumber,
            String narrative,
            boolean completed,
            LocalDate completedOn) {}

    /**
     * One figure of an item summed over the agencies that gave it under the same name and unit: a
     * count ({@code share} false: the numerators summed) or a share ({@code share} true: numerators
     * and denominators summed, {@code rate} their quotient in per cent). {@code target}: the sum of
     * the targets when every agency gave one, else {@code null}.
     */
    public record FigureTotal(
            String name,
            String unit,
            boolean share,
            BigDecimal numerator,
            BigDecimal denominator,
            BigDecimal rate,
            BigDecimal target,
            List<FigurePart> parts) {

        public FigureTotal {
            parts = List.copyOf(parts);
        }
    }

    /** What one agency gave of a summed figure, with the reviewer's flag if any. */
    public record FigurePart(
            String agencyCode,
            String agencyName,
            String name,
            BigDecimal numerator,
            BigDecimal denominator,
            BigDecimal target,
            String unit,
            String flag) {}

    /** An agency's summary (tóm tắt) of its accepted report. */
    public record AgencySummary(String agencyCode, String agencyName, int reportNumber, String summary) {}

    /** An agency that owes the period's report and has no accepted one, where its report stands. */
    public record Missing(
            String agencyCode, String agencyName, String status, LocalDate dueOn, LocalDate originalDueOn) {}

    /** An agency whose deadline was moved from {@code originalDueOn} to {@code dueOn}. */
    public record Extension(String agencyCode, String agencyName, LocalDate originalDueOn, LocalDate dueOn) {}
}
