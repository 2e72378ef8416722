package vn.dondoc.reporting.entity;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/** What a report says about one item: what was done, whether and when it was completed, figures. */
public record EntryContent(
        long itemId, String narrative, boolean completed, LocalDate completedOn, List<FigureContent> figures) {

    public EntryContent {
        figures = List.copyOf(Objects.requireNonNull(figures, "figures"));
    }
}
