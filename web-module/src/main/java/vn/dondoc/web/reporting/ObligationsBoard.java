package vn.dondoc.web.reporting;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import vn.dondoc.agencies.boundary.Agencies;
import vn.dondoc.agencies.boundary.AgencyEntry;
import vn.dondoc.consolidation.boundary.ConsolidatedFile;
import vn.dondoc.consolidation.boundary.Consolidation;
import vn.dondoc.documents.boundary.Documents;
import vn.dondoc.documents.boundary.Views.DocumentSummary;
import vn.dondoc.platform.boundary.BusinessException;
import vn.dondoc.platform.boundary.Page;
import vn.dondoc.platform.security.Role;
import vn.dondoc.reporting.boundary.ObligationOrder;
import vn.dondoc.reporting.boundary.ObligationView;
import vn.dondoc.reporting.boundary.Obligations;
import vn.dondoc.web.identity.SignedInUser;
import vn.dondoc.web.ui.Language;
import vn.dondoc.web.ui.TableSort;

/**
 * Theo dõi báo cáo: every agency's obligations, filtered by agency, document, period and status,
 * a page at a time, read from {@link Obligations#list} as {@code GET /api/v1/obligations} reads
 * them (days overdue: the boundary's); and the consolidated report of a document's period as a
 * Word document, {@link Consolidation#docx} as {@code GET .../consolidated} makes it. For the
 * secretariat, the leader and the admin: an agency's users have "Việc của tôi".
 */
@Named
@ViewScoped
public class ObligationsBoard implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The statuses an obligation can be in, in the order of its life: the status filter's choices. */
    private static final List<String> STATUSES =
            List.of("PENDING", "DRAFT", "SUBMITTED", "APPROVED", "RETURNED", "ACCEPTED");

    @Inject
    Obligations obligations;

    @Inject
    Consolidation consolidation;

    @Inject
    Documents documents;

    @Inject
    Agencies agencies;

    @Inject
    SignedInUser me;

    @Inject
    Language language;

    private LocalDate today;
    private String agency;
    private Long documentId;
    private String period;
    private String status;
    private Long consolidatedDocument;
    private String consolidatedPeriod;
    private List<DocumentSummary> documentChoices;
    private List<AgencyEntry> agencyChoices;
    private final Map<String, String> agencyNames = new HashMap<>();
    private final LazyDataModel<ObligationView> rows = new Rows();

    /** The page's view action: 403 for an agency's users (they have their own list), as the scorecard does. */
    public void open() throws IOException {
        ExternalContext context = FacesContext.getCurrentInstance().getExternalContext();
        if (!(context.isUserInRole(Role.Names.LEADER)
                || context.isUserInRole(Role.Names.SECRETARIAT)
                || context.isUserInRole(Role.Names.ADMIN))) {
            context.responseSendError(403, "Forbidden");
            FacesContext.getCurrentInstance().responseComplete();
            return;
        }
        if (today == null) {
            today = me.getProfile().today();
        }
    }

    /** The filters' button: the table reads its first page again with them. */
    public void filter() {
        // the lazy model reads the filters at its next load
    }

    /** The consolidated report, made afresh from the accepted reports, written into this response. */
    public void consolidated() throws IOException {
        try {
            ConsolidatedFile file = consolidation.docx(consolidatedDocument, consolidatedPeriod);
            PageDownload.send(file.fileName(), file.contentType(), file.content(), false);
        } catch (BusinessException refused) {
            FacesContext.getCurrentInstance()
                    .addMessage(
                            "consolidated:period",
                            new FacesMessage(
                                    FacesMessage.SEVERITY_ERROR,
                                    Bilingual.half(refused.getMessage(), language.isEnglish()),
                                    null));
            FacesContext.getCurrentInstance().validationFailed();
        }
    }

    public LazyDataModel<ObligationView> getRows() {
        return rows;
    }

    public long daysOverdue(ObligationView obligation) {
        return obligation.daysOverdue(today);
    }

    public String agencyName(ObligationView obligation) {
        if (agencyNames.isEmpty()) {
            getAgencyChoices()
                    .forEach(a -> agencyNames.put(
                            a.code(), language.isEnglish() && a.nameEn() != null ? a.nameEn() : a.name()));
        }
        return agencyNames.getOrDefault(obligation.agencyCode(), obligation.agencyCode());
    }

    public String documentNumber(ObligationView obligation) {
        return getDocumentChoices().stream()
                .filter(d -> d.id().equals(obligation.documentId()))
                .map(DocumentSummary::number)
                .findFirst()
                .orElse("");
    }

    public List<DocumentSummary> getDocumentChoices() {
        if (documentChoices == null) {
            documentChoices = documents.all(0, Page.MAX_SIZE).items();
        }
        return documentChoices;
    }

    public List<AgencyEntry> getAgencyChoices() {
        if (agencyChoices == null) {
            agencyChoices = agencies.all();
        }
        return agencyChoices;
    }

    public List<String> getStatuses() {
        return STATUSES;
    }

    public LocalDate getToday() {
        return today;
    }

    public String getAgency() {
        return agency;
    }

    public void setAgency(String agency) {
        this.agency = agency;
    }

    public Long getDocumentId() {
        return documentId;
    }

    public void setDocumentId(Long documentId) {
        this.documentId = documentId;
    }

    public String getPeriod() {
        return period;
    }

    public void setPeriod(String period) {
        this.period = period;
    }

    public String getStatus() {
        return status;
    }

    public void setStatus(String status) {
        this.status = status;
    }

    public Long getConsolidatedDocument() {
        return consolidatedDocument;
    }

    public void setConsolidatedDocument(Long consolidatedDocument) {
        this.consolidatedDocument = consolidatedDocument;
    }

    public String getConsolidatedPeriod() {
        return consolidatedPeriod;
    }

    public void setConsolidatedPeriod(String consolidatedPeriod) {
        this.consolidatedPeriod = consolidatedPeriod;
    }

    /** The lazy model: each page is one call of the boundary with the filters chosen. */
    private final class Rows extends LazyDataModel<ObligationView> {

        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) obligations
                    .list(agency, documentId, status, period, ObligationOrder.DUE_ON, false, 0, 1)
                    .total();
        }

        @Override
        public List<ObligationView> load(
                int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
            TableSort<ObligationOrder> sort =
                    TableSort.of(sortBy, TableSort.OBLIGATION_COLUMNS, new TableSort<>(ObligationOrder.DUE_ON, false));
            Page<ObligationView> page = obligations.list(
                    agency, documentId, status, period, sort.order(), sort.descending(), first / pageSize, pageSize);
            setRowCount((int) page.total());
            return page.items();
        }

        @Override
        public String getRowKey(ObligationView obligation) {
            return String.valueOf(obligation.id());
        }
    }
}
