package vn.dondoc.web.reporting;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import vn.dondoc.documents.boundary.Documents;
import vn.dondoc.documents.boundary.Views.DocumentSummary;
import vn.dondoc.platform.boundary.Page;
import vn.dondoc.reporting.boundary.ObligationOrder;
import vn.dondoc.reporting.boundary.ObligationView;
import vn.dondoc.reporting.boundary.Obligations;
import vn.dondoc.scorecards.boundary.ScorecardLine;
import vn.dondoc.scorecards.boundary.Scorecards;
import vn.dondoc.web.identity.SignedInUser;
import vn.dondoc.web.ui.TableSort;

/**
 * Việc của tôi: what the user's agency owes, soonest due first, a page at a time, in the order
 * the user chose. Reads {@link Obligations#list} (which keeps an agency to its own) exactly as
 * {@code GET /api/v1/obligations} does; whether a row is overdue, and by how much, is the
 * boundary's {@link ObligationView#daysOverdue}. Beside them, the dated items the agency leads and has
 * not finished ({@link #getTasks}), read from the scorecard's {@link Scorecards#lines} under the
 * count {@code openItems}, as {@code GET /api/v1/scorecard/lines?count=openItems} does.
 */
@Named
@ViewScoped
public class MyObligationsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Obligations obligations;

    @Inject
    Documents documents;

    @Inject
    SignedInUser me;

    private LocalDate today;
    /** Each document's number and title, by id: read once for the view, to name each row's. */
    private final Map<Long, String[]> documentNames = new HashMap<>();

    /** The count of the scorecard whose lines are the agency's open dated items. */
    static final String OPEN_ITEMS = "openItems";

    @Inject
    Scorecards scorecards;

    private LazyDataModel<ObligationView> rows;
    private LazyDataModel<ScorecardLine> tasks;

    @PostConstruct
    void open() {
        today = me.getProfile().today();
        rows = new Rows();
        tasks = new Tasks();
    }

    /** The agency's open dated items (within deadline and overdue), soonest due first. */
    public LazyDataModel<ScorecardLine> getTasks() {
        return tasks;
    }

    public LazyDataModel<ObligationView> getRows() {
        return rows;
    }

    /** The tenant's day the page was opened on, against which lateness is counted. */
    public LocalDate getToday() {
        return today;
    }

    public long daysOverdue(ObligationView obligation) {
        return obligation.daysOverdue(today);
    }

    /** The registered number of the obligation's document ("204/KH-UBND"), or "" if unknown. */
    public String documentNumber(ObligationView obligation) {
        return names(obligation.documentId())[0];
    }

    public String documentTitle(ObligationView obligation) {
        return names(obligation.documentId())[1];
    }

    private String[] names(Long id) {
        if (!documentNames.containsKey(id)) {
            for (DocumentSummary d : documents.all(0, Page.MAX_SIZE).items()) {
                documentNames.put(d.id(), new String[] {orEmpty(d.number()), orEmpty(d.title())});
            }
            documentNames.putIfAbsent(id, new String[] {"", ""});
        }
        return documentNames.get(id);
    }

    private static String orEmpty(String text) {
        return text == null ? "" : text;
    }

    /** The lazy model: each page is one call of the boundary; its total is the paginator's count. */
    private final class Rows extends LazyDataModel<ObligationView> {

        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) obligations.list(null, null, null, 0, 1).total();
        }

        @Override
        public List<ObligationView> load(
                int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
            TableSort<ObligationOrder> sort =
                    TableSort.of(sortBy, TableSort.OBLIGATION_COLUMNS, new TableSort<>(ObligationOrder.DUE_ON, false));
            Page<ObligationView> page =
                    obligations.list(null, null, null, sort.order(), sort.descending(), first / pageSize, pageSize);
            setRowCount((int) page.total());
            return page.items();
        }

        @Override
        public String getRowKey(ObligationView obligation) {
            return String.valueOf(obligation.id());
        }
    }

    /**
     * The dated tasks: each page one call of the boundary, in its order (soonest due first; the
     * boundary sorts them no other way), for the day the boundary calls today.
     */
    private final class Tasks extends LazyDataModel<ScorecardLine> {

        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int)
                    scorecards.lines(null, null, null, null, OPEN_ITEMS, 0, 1).total();
        }

        @Override
        public List<ScorecardLine> load(
                int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
            Page<ScorecardLine> page = scorecards.lines(null, null, null, null, OPEN_ITEMS, first / pageSize, pageSize);
            setRowCount((int) page.total());
            return page.items();
        }

        @Override
        public String getRowKey(ScorecardLine task) {
            return task.itemId() + ":" + task.agencyCode();
        }
    }
}
