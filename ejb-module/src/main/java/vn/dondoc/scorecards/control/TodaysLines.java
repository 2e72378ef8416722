package vn.dondoc.scorecards.control;

import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Today's lines kept as their cells (ô), one per document and agency, so that after a change only
 * the cells it moved are summed again (D-049). The agencies' and the documents' lines are the sums
 * of their cells, added up once when the value is made. A value never changes: a change makes a new
 * one, so a reader holding the old one is never disturbed.
 */
public final class TodaysLines {

    /** One document's tasks of one agency. */
    public record Cell(long documentId, long agencyId) {}

    private final Map<Cell, Tally> cells;
    private final TallyQuery.Lines lines;

    TodaysLines(Map<Cell, Tally> cells) {
        this.cells = Collections.unmodifiableMap(cells);
        Map<Long, Tally> agencies = new TreeMap<>();
        Map<Long, Tally> documents = new TreeMap<>();
        cells.forEach((cell, t) -> {
            agencies.merge(cell.agencyId(), t, Tally::plus);
            documents.merge(cell.documentId(), t, Tally::plus);
        });
        this.lines = new TallyQuery.Lines(
                Collections.unmodifiableMap(new LinkedHashMap<>(agencies)),
                Collections.unmodifiableMap(new LinkedHashMap<>(documents)));
    }

    /**
     * These lines with every cell of {@code documents} × {@code agencies} replaced by {@code read}:
     * the cells summed again over that whole region, so a cell of the region that {@code read} lacks
     * no longer counts anything.
     */
    TodaysLines with(Set<Long> documents, Set<Long> agencies, Map<Cell, Tally> read) {
        Map<Cell, Tally> next = new HashMap<>(cells);
        next.keySet().removeIf(c -> documents.contains(c.documentId()) && agencies.contains(c.agencyId()));
        next.putAll(read);
        return new TodaysLines(next);
    }

    /** The agencies' and the documents' lines, as {@link TallyQuery#lines()} gives them. */
    public TallyQuery.Lines lines() {
        return lines;
    }

    /** Every cell that counts something. */
    public Map<Cell, Tally> cells() {
        return cells;
    }
}
