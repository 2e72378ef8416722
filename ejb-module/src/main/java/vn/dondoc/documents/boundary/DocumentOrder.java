package vn.dondoc.documents.boundary;

import java.util.Locale;
import vn.dondoc.platform.boundary.InvalidInput;

/**
 * The orders the list of documents may be read in (thứ tự sắp xếp). Each names its JPQL order;
 * the rest of the order is fixed (issue date, number, id) so that pages never overlap.
 */
public enum DocumentOrder {
    /** By the day of issue: the default, newest first when descending. */
    ISSUED_ON("d.issuedOn"),
    /** By number and symbol as registered ("204/KH-UBND"), as text. */
    NUMBER("d.number"),
    /** By the document's title. */
    TITLE("d.title"),
    /** By the kind of document (CT, KH, QĐ …). */
    TYPE("d.type");

    private static final String TIE_BREAK = "d.issuedOn DESC, d.number, d.id DESC";

    private final String path;

    DocumentOrder(String path) {
        this.path = path;
    }

    /** The JPQL {@code ORDER BY} list, this order first, ascending or descending. */
    String orderBy(boolean descending) {
        return path + (descending ? " DESC, " : " ASC, ") + TIE_BREAK;
    }

    /** The order a query parameter names ("issuedOn", "-number": a minus for descending), ignoring case. */
    public static DocumentOrder of(String name) {
        String key = name.strip().replaceFirst("^-", "").replace("_", "").toUpperCase(Locale.ROOT);
        for (DocumentOrder order : values()) {
            if (order.name().replace("_", "").equals(key)) {
                return order;
            }
        }
        throw new InvalidInput("Không sắp xếp được theo '" + name
                + "' (issuedOn, number, title, type) / Cannot sort by '" + name + "'");
    }
}
