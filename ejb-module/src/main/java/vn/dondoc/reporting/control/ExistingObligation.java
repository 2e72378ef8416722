package vn.dondoc.reporting.control;

import java.time.LocalDate;
import java.util.Objects;

/**
 * An obligation already stored for the document, as {@link Regeneration} needs to see it.
 *
 * @param hasReport whether the agency has started (a draft) or submitted a report for it: work that a
 *     regeneration must never lose
 */
public record ExistingObligation(ObligationKey key, LocalDate dueOn, boolean hasReport) {

    public ExistingObligation {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(dueOn, "dueOn");
    }
}
