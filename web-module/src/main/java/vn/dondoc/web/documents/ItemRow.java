package vn.dondoc.web.documents;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import vn.dondoc.items.boundary.ItemViews.ItemView;
import vn.dondoc.items.boundary.ItemViews.ResponsibilityView;

/**
 * One item of a document's tree as a row of the page's table, with its depth for the indent: a
 * table reads and sorts better than nested lists, and a screen reader says the codes. A class
 * with getters: Expression Language 5 reads no record components.
 */
public final class ItemRow implements Serializable {

    private static final long serialVersionUID = 1L;

    private final transient ItemView item;
    private final int depth;

    private ItemRow(ItemView item, int depth) {
        this.item = item;
        this.depth = depth;
    }

    /** The tree, depth first, as the document prints it. */
    static List<ItemRow> of(List<ItemView> roots) {
        List<ItemRow> rows = new ArrayList<>();
        add(roots, 0, rows);
        return rows;
    }

    private static void add(List<ItemView> items, int depth, List<ItemRow> into) {
        for (ItemView item : items) {
            into.add(new ItemRow(item, depth));
            add(item.children(), depth + 1, into);
        }
    }

    public ItemView getItem() {
        return item;
    }

    public int getDepth() {
        return depth;
    }

    public List<ResponsibilityView> getLeads() {
        return item.responsibilities().stream()
                .filter(r -> "LEAD".equals(r.role()))
                .toList();
    }

    public List<ResponsibilityView> getCoordinators() {
        return item.responsibilities().stream()
                .filter(r -> "COORDINATOR".equals(r.role()))
                .toList();
    }

    /** Whether any name printed under the item matched no agency or group of the directory. */
    public boolean isUnresolved() {
        return item.responsibilities().stream().anyMatch(ItemRow::unresolved);
    }

    static boolean unresolved(ResponsibilityView r) {
        return r.agencyCode() == null && r.groupCode() == null;
    }
}
