package vn.dondoc.consolidation.control;

import java.text.Collator;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import vn.dondoc.consolidation.control.ConsolidatedReport.AgencySummary;
import vn.dondoc.consolidation.control.ConsolidatedReport.Contribution;
import vn.dondoc.consolidation.control.ConsolidatedReport.Extension;
import vn.dondoc.consolidation.control.ConsolidatedReport.FigurePart;
import vn.dondoc.consolidation.control.ConsolidatedReport.Header;
import vn.dondoc.consolidation.control.ConsolidatedReport.ItemPart;
import vn.dondoc.consolidation.control.ConsolidatedReport.Missing;
import vn.dondoc.reporting.entity.EntryContent;
import vn.dondoc.reporting.entity.FigureContent;
import vn.dondoc.reporting.entity.ObligationStatus;

/**
 * Merges the agencies' accepted reports of one period into the draft consolidated report: under
 * each item of the document, in the document's order, every agency's narrative under its name
 * (agencies in Vietnamese alphabetical order) and the figures summed by {@link FigureSum}. An
 * agency counts as having reported when one version of its report was accepted, and the latest
 * accepted version is the one merged (a correction being written after it does not hide it). The
 * others are listed by where their report stands: nothing sent ({@code PENDING}, {@code DRAFT}),
 * returned for revision ({@code RETURNED}), or sent and not yet accepted ({@code SUBMITTED},
 * {@code APPROVED}). An obligation no longer asked for (orphaned) is merged if accepted and never
 * listed as missing. An extension is an obligation due after its original due date.
 */
public final class Consolidator {

    /** An item of the document, in the document's order. */
    public record ItemLine(long id, Long parentId, String code, String text) {}

    /** The latest accepted version of an agency's report: its number, summary and entries. */
    public record Accepted(int number, String summary, List<EntryContent> entries) {

        public Accepted {
            entries = List.copyOf(entries);
        }
    }

    /**
     * One agency's obligation for the period, where its report stands, and its latest accepted
     * version or {@code null}.
     */
    public record Source(
            String agencyCode,
            String agencyName,
            ObligationStatus status,
            LocalDate dueOn,
            LocalDate originalDueOn,
            boolean orphaned,
            Accepted accepted) {

        public Source {
            Objects.requireNonNull(agencyCode, "agencyCode");
            Objects.requireNonNull(status, "status");
        }
    }

    /** The document and period as the header shows them; the counts are the consolidator's. */
    public record Heading(
            String issuingBody,
            String place,
            long documentId,
            String documentType,
            String documentNumber,
            String documentTitle,
            String periodLabel,
            LocalDate periodFrom,
            LocalDate periodTo) {}

    private Consolidator() {}

    public static ConsolidatedReport consolidate(Heading heading, List<ItemLine> items, List<Source> sources) {
        Collator vietnamese = Collator.getInstance(Locale.forLanguageTag("vi-VN"));
        List<Source> ordered = sources.stream()
                .sorted(Comparator.comparing((Source s) -> nameOf(s), vietnamese)
                        .thenComparing(Source::agencyCode))
                .toList();
        Map<Long, List<Contribution>> contributions = new HashMap<>();
        Map<Long, List<FigurePart>> figures = new HashMap<>();
        List<AgencySummary> summaries = new ArrayList<>();
        List<Missing> notReported = new ArrayList<>();
        List<Missing> returned = new ArrayList<>();
        List<Missing> inReview = new ArrayList<>();
        List<Extension> extensions = new ArrayList<>();
        int owing = 0;
        int reported = 0;
        for (Source source : ordered) {
            String name = nameOf(source);
            if (!source.orphaned()) {
                owing++;
            }
            if (source.dueOn() != null
                    && source.originalDueOn() != null
                    && source.dueOn().isAfter(source.originalDueOn())) {
                extensions.add(new Extension(source.agencyCode(), name, source.originalDueOn(), source.dueOn()));
            }
            Accepted accepted = source.accepted();
            if (accepted == null) {
                if (!source.orphaned()) {
                    Missing missing = new Missing(
                            source.agencyCode(), name, source.status().name(), source.dueOn(), source.originalDueOn());
                    switch (source.status()) {
                        case RETURNED -> returned.add(missing);
                        case SUBMITTED, APPROVED -> inReview.add(missing);
                        default -> notReported.add(missing);
                    }
                }
                continue;
            }
            if (!source.orphaned()) {
                reported++;
            }
            if (accepted.summary() != null && !accepted.summary().isBlank()) {
                summaries.add(new AgencySummary(
                        source.agencyCode(),
                        name,
                        accepted.number(),
                        accepted.summary().strip()));
            }
            for (EntryContent entry : accepted.entries()) {
                contributions
                        .computeIfAbsent(entry.itemId(), k -> new ArrayList<>())
                        .add(new Contribution(
                                source.agencyCode(),
                                name,
                                accepted.number(),
                                entry.narrative() == null
                                        ? null
                                        : entry.narrative().strip(),
                                entry.completed(),
                                entry.completedOn()));
                for (FigureContent f : entry.figures()) {
                    figures.computeIfAbsent(entry.itemId(), k -> new ArrayList<>())
                            .add(new FigurePart(
                                    source.agencyCode(),
                                    name,
                                    f.name(),
                                    FigureSum.plain(f.numerator()),
                                    FigureSum.plain(f.denominator()),
                                    FigureSum.plain(f.target()),
                                    f.unit(),
                                    f.flag()));
                }
            }
        }
        List<ItemPart> parts = items.stream()
                .map(i -> new ItemPart(
                        i.id(),
                        i.parentId(),
                        i.code(),
                        i.text(),
                        contributions.getOrDefault(i.id(), List.of()),
                        FigureSum.sum(figures.getOrDefault(i.id(), List.of()))))
                .toList();
        Header header = new Header(
                heading.issuingBody(),
                heading.place(),
                heading.documentId(),
                heading.documentType(),
                heading.documentNumber(),
                heading.documentTitle(),
                heading.periodLabel(),
                heading.periodFrom(),
                heading.periodTo(),
                owing,
                reported);
        return new ConsolidatedReport(header, parts, summaries, notReported, returned, inReview, extensions);
    }

    private static String nameOf(Source source) {
        return source.agencyName() == null || source.agencyName().isBlank() ? source.agencyCode() : source.agencyName();
    }
}
