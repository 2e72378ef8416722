package vn.dondoc.web.ui;

import java.util.Map;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;
import vn.dondoc.reporting.boundary.ObligationOrder;

/**
 * The order a lazy PrimeFaces table asks for, in a boundary's terms: the first sorted column whose
 * field names one of the boundary's orders, else the table's default. The boundary sorts; the
 * page only says how it was asked.
 *
 * @param order the boundary's order
 * @param descending latest or largest first
 */
public record TableSort<O>(O order, boolean descending) {

    /** The obligations' columns (PrimeFaces' {@code field}) and the boundary's order for each. */
    public static final Map<String, ObligationOrder> OBLIGATION_COLUMNS = Map.of(
            "dueOn", ObligationOrder.DUE_ON,
            "periodFrom", ObligationOrder.PERIOD,
            "kind", ObligationOrder.KIND,
            "status", ObligationOrder.STATUS);

    /** What {@code sortBy} asks for among {@code columns}; {@code otherwise} when it names none. */
    public static <O> TableSort<O> of(Map<String, SortMeta> sortBy, Map<String, O> columns, TableSort<O> otherwise) {
        for (SortMeta sort : sortBy.values()) {
            if (columns.containsKey(sort.getField()) && sort.getOrder() != SortOrder.UNSORTED) {
                return new TableSort<>(columns.get(sort.getField()), sort.getOrder() == SortOrder.DESCENDING);
            }
        }
        return otherwise;
    }
}
