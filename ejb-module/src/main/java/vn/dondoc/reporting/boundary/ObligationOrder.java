package vn.dondoc.reporting.boundary;

import java.util.Locale;
import vn.dondoc.platform.boundary.InvalidInput;

/**
 * The orders a list of obligations may be read in (thứ tự sắp xếp). Each names its JPQL order;
 * the rest of the order is fixed (deadline, agency, kind, period, id) so that pages never overlap.
 */
public enum ObligationOrder {
    /** Hạn sớm nhất trước: the default, what is owed soonest comes first. */
    DUE_ON("o.dueOn"),
    /** By the period reported on (a plan owed once has none and comes first). */
    PERIOD("o.periodFrom"),
    /** By the kind of report: a plan (DELIVERABLE) before a periodic report. */
    KIND("o.kind"),
    /** By where the report stands. */
    STATUS("o.status");

    private static final String TIE_BREAK = "o.dueOn, o.agency.code, o.kind, o.periodLabel, o.id";

    private final String path;

    ObligationOrder(String path) {
        this.path = path;
    }

    /** The JPQL {@code ORDER BY} list, this order first, ascending or descending. */
    String orderBy(boolean descending) {
        return path + (descending ? " DESC, " : " ASC, ") + TIE_BREAK;
    }

    /** The order a query parameter names ("dueOn", "-status": a minus for descending), ignoring case. */
    public static ObligationOrder of(String name) {
        String key = name.strip().replaceFirst("^-", "").replace("_", "").toUpperCase(Locale.ROOT);
        for (ObligationOrder order : values()) {
            if (order.name().replace("_", "").equals(key)) {
                return order;
            }
        }
        throw new InvalidInput(
                "Không sắp xếp được theo '" + name + "' (dueOn, period, kind, status) / Cannot sort by '" + name + "'");
    }
}
