package vn.dondoc.web.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;
import vn.dondoc.reporting.boundary.ObligationOrder;

class TableSortTest {

    private static final TableSort<ObligationOrder> SOONEST = new TableSort<>(ObligationOrder.DUE_ON, false);

    @Test
    void theFirstSortedColumnTheBoundaryKnowsDecides() {
        Map<String, SortMeta> sortBy = new LinkedHashMap<>();
        sortBy.put("text", sort("text", SortOrder.ASCENDING));
        sortBy.put("status", sort("status", SortOrder.DESCENDING));
        sortBy.put("kind", sort("kind", SortOrder.ASCENDING));

        assertThat(TableSort.of(sortBy, TableSort.OBLIGATION_COLUMNS, SOONEST))
                .isEqualTo(new TableSort<>(ObligationOrder.STATUS, true));
    }

    @Test
    void nothingSortedOrOnlyUnsortedOrUnknownColumnsGiveTheDefault() {
        assertThat(TableSort.of(Map.of(), TableSort.OBLIGATION_COLUMNS, SOONEST))
                .isSameAs(SOONEST);
        assertThat(TableSort.of(
                        Map.of("dueOn", sort("dueOn", SortOrder.UNSORTED), "x", sort("x", SortOrder.ASCENDING)),
                        TableSort.OBLIGATION_COLUMNS,
                        SOONEST))
                .isSameAs(SOONEST);
    }

    private static SortMeta sort(String field, SortOrder order) {
        return SortMeta.builder().field(field).order(order).build();
    }
}
