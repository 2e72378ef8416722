package vn.dondoc.reporting.control;

import java.time.LocalDate;
import java.util.Objects;

/** One obligation as the document's reporting regime asks for it today: what, and by which day. */
public record DueObligation(ObligationKey key, LocalDate dueOn) {

    public DueObligation {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(dueOn, "dueOn");
    }
}
