package vn.dondoc.reporting.control;

import java.time.LocalDate;
import java.util.Objects;

/**
 * An obligation already stored for the document, as {@link Regeneration} needs to see it.
 *
 * @param dueOn the due date the regime set ({@code originalDueOn}), not an extension's: the regime is
 *     compared with itself, and a granted date survives (D-027)
 * @param hasReport whether the agency has started (a draft) or submitted a report for it, or asked
 *     for more time: work that a regeneration must never lose
 */
public record ExistingObligation(ObligationKey key, LocalDate dueOn, boolean hasReport) {

    public ExistingObligation {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(dueOn, "dueOn");
    }
}
