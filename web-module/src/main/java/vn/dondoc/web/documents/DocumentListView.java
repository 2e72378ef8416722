package vn.dondoc.web.documents;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.MissingResourceException;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import vn.dondoc.documents.boundary.DocumentOrder;
import vn.dondoc.documents.boundary.Documents;
import vn.dondoc.documents.boundary.Views.DocumentSummary;
import vn.dondoc.documents.boundary.Views.ReferenceView;
import vn.dondoc.platform.boundary.Page;
import vn.dondoc.platform.security.Role;
import vn.dondoc.web.ui.Language;
import vn.dondoc.web.ui.TableSort;

/**
 * Văn bản: every document of the tenant, a page at a time, newest first or in the order the
 * user chose, each with the documents it carries out or rests on (the chain directive → plan →
 * agency plans, walked on the document's page). Reads {@link Documents#all} as {@code GET
 * /api/v1/documents} does; the boundary keeps the list to the signed-in tenant.
 */
@Named
@ViewScoped
public class DocumentListView implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The column a sort names (PrimeFaces' field) and the boundary's order for it. */
    private static final Map<String, DocumentOrder> ORDERS = Map.of(
            "issuedOn", DocumentOrder.ISSUED_ON,
            "number", DocumentOrder.NUMBER,
            "title", DocumentOrder.TITLE,
            "type", DocumentOrder.TYPE);

    @Inject
    Documents documents;

    @Inject
    Language language;

    private LazyDataModel<DocumentSummary> rows;

    @PostConstruct
    void open() {
        rows = new Rows();
    }

    public LazyDataModel<DocumentSummary> getRows() {
        return rows;
    }

    /** Whether to offer the import: the boundary takes it from the secretariat only. */
    public boolean isSecretariat() {
        return FacesContext.getCurrentInstance().getExternalContext().isUserInRole(Role.Names.SECRETARIAT);
    }

    /** "Kế hoạch", "Plan": the kind of document its abbreviation stands for (KH), or the abbreviation. */
    public String typeName(String type) {
        if (type == null) {
            return "";
        }
        try {
            return language.text("doc.type." + type.replace("Đ", "D"));
        } catch (MissingResourceException unknown) {
            return type;
        }
    }

    /** The references that link the document upwards in the chain (it carries out or rests on them). */
    public List<ReferenceView> chain(DocumentSummary document) {
        return document.references().stream()
                .filter(r -> !"CITES".equals(r.relation()))
                .toList();
    }

    /** The lazy model: each page is one call of the boundary; its total is the paginator's count. */
    private final class Rows extends LazyDataModel<DocumentSummary> {

        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) documents.all(0, 1).total();
        }

        @Override
        public List<DocumentSummary> load(
                int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
            TableSort<DocumentOrder> sort =
                    TableSort.of(sortBy, ORDERS, new TableSort<>(DocumentOrder.ISSUED_ON, true));
            Page<DocumentSummary> page = documents.all(sort.order(), sort.descending(), first / pageSize, pageSize);
            setRowCount((int) page.total());
            return page.items();
        }

        @Override
        public String getRowKey(DocumentSummary document) {
            return String.valueOf(document.id());
        }
    }
}
