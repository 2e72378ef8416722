package vn.dondoc.scorecards.control;

import java.util.Objects;

/**
 * A column of a scorecard's table: its heading in Vietnamese and in English, the kind of its cells,
 * and its share of the PDF page's width (relative to the other columns).
 */
public record Column(String vietnamese, String english, Cell.Kind kind, float width) {

    public Column {
        Objects.requireNonNull(vietnamese, "vietnamese");
        Objects.requireNonNull(english, "english");
        Objects.requireNonNull(kind, "kind");
        if (!(width > 0)) {
            throw new IllegalArgumentException("width " + width);
        }
    }

    /** "Nhiệm vụ đến hạn / Due": Vietnamese first. */
    public String heading() {
        return vietnamese + " / " + english;
    }
}
