package vn.dondoc.web.reporting;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import vn.dondoc.agencies.boundary.Agencies;
import vn.dondoc.agencies.boundary.AgencyEntry;
import vn.dondoc.documents.boundary.Documents;
import vn.dondoc.documents.boundary.Views.DocumentSummary;
import vn.dondoc.platform.boundary.Page;
import vn.dondoc.reporting.boundary.ObligationView;
import vn.dondoc.reporting.boundary.Reports;
import vn.dondoc.web.identity.SignedInUser;
import vn.dondoc.web.ui.Formats;
import vn.dondoc.web.ui.Language;

/**
 * Chờ duyệt: the reports waiting for the signed-in reviewer, a page at a time, soonest due first:
 * what {@link Reports#awaitingReview} says is theirs (the head's: submitted by its officers; the
 * focal agency's: approved by the heads). Each row opens the report's page, where the review is.
 */
@Named
@ViewScoped
public class ReviewQueueView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Reports reports;

    @Inject
    Documents documents;

    @Inject
    Agencies agencies;

    @Inject
    SignedInUser me;

    @Inject
    Language language;

    private LocalDate today;
    private ZoneId zone;
    private final Map<Long, String> documentNumbers = new HashMap<>();
    private final Map<String, AgencyEntry> agencyNames = new HashMap<>();
    private LazyDataModel<ObligationView> rows;

    @PostConstruct
    void open() {
        today = me.getProfile().today();
        zone = me.getProfile().zone();
        rows = new Rows();
    }

    public LazyDataModel<ObligationView> getRows() {
        return rows;
    }

    public long daysOverdue(ObligationView obligation) {
        return obligation.daysOverdue(today);
    }

    public String documentNumber(ObligationView obligation) {
        if (documentNumbers.isEmpty()) {
            for (DocumentSummary d : documents.all(0, Page.MAX_SIZE).items()) {
                documentNumbers.put(d.id(), d.number() == null ? "" : d.number());
            }
        }
        return documentNumbers.getOrDefault(obligation.documentId(), "");
    }

    /** The agency's name in the page's language. */
    public String agencyName(ObligationView obligation) {
        if (agencyNames.isEmpty()) {
            agencies.all().forEach(a -> agencyNames.put(a.code(), a));
        }
        AgencyEntry agency = agencyNames.get(obligation.agencyCode());
        if (agency == null) {
            return obligation.agencyCode();
        }
        return language.isEnglish() && agency.nameEn() != null ? agency.nameEn() : agency.name();
    }

    public String moment(Instant at) {
        return Formats.moment(at, zone);
    }

    /** The lazy model: each page is one call of the boundary; its total is the paginator's count. */
    private final class Rows extends LazyDataModel<ObligationView> {

        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) reports.awaitingReview(0, 1).total();
        }

        @Override
        public List<ObligationView> load(
                int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
            Page<ObligationView> page = reports.awaitingReview(first / pageSize, pageSize);
            setRowCount((int) page.total());
            return page.items();
        }

        @Override
        public String getRowKey(ObligationView obligation) {
            return String.valueOf(obligation.id());
        }
    }
}
