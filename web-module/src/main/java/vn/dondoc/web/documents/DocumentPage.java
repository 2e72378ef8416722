package vn.dondoc.web.documents;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import java.util.stream.Collectors;
import vn.dondoc.documents.boundary.Documents;
import vn.dondoc.documents.boundary.Views.DocumentView;
import vn.dondoc.documents.boundary.Views.ImplementationView;
import vn.dondoc.platform.boundary.NotFound;
import vn.dondoc.platform.security.Role;
import vn.dondoc.web.ui.Language;

/**
 * Chi tiết văn bản: one document with the chain around it (what it carries out, what carries it
 * out), its reporting regime and its tree of items, each with who leads, who coordinates, the time
 * frame and the agencies assigned. Read from {@link Documents#one} as {@code GET
 * /api/v1/documents/{id}} reads it: another tenant's id is the boundary's {@link NotFound}, which
 * the page answers with 404 and nothing else.
 */
@Named
@ViewScoped
public class DocumentPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Documents documents;

    @Inject
    Language language;

    private Long id;
    private transient DocumentView document;
    private List<ItemRow> rows = List.of();

    /** The page's view action: the document, or 404 when the tenant has none by that id. */
    public void open() throws IOException {
        if (document != null) {
            return;
        }
        try {
            if (id == null) {
                throw new NotFound("Không có văn bản / No document");
            }
            document = documents.one(id);
            rows = ItemRow.of(document.items());
        } catch (NotFound gone) {
            ExternalContext context = FacesContext.getCurrentInstance().getExternalContext();
            context.responseSendError(404, "Not Found");
            FacesContext.getCurrentInstance().responseComplete();
        }
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public DocumentView getDocument() {
        return document;
    }

    public List<ItemRow> getRows() {
        return rows;
    }

    /** Whether to offer editing: the boundary takes corrections from the secretariat only. */
    public boolean isSecretariat() {
        return FacesContext.getCurrentInstance().getExternalContext().isUserInRole(Role.Names.SECRETARIAT);
    }

    /** "6 tháng, hằng năm": the reporting frequencies section III (or the secretariat) set. */
    public String getFrequencies() {
        ImplementationView regime = document.implementation();
        if (regime == null || regime.reportingFrequencies().isEmpty()) {
            return language.text("doc.none");
        }
        return regime.reportingFrequencies().stream()
                .map(f -> language.text("doc.frequency." + f))
                .collect(Collectors.joining(", "));
    }

    /** The half of a boundary's "tiếng Việt / English" text in the page's language. */
    public String inLanguage(String bilingual) {
        return Bilingual.half(bilingual, language.isEnglish());
    }
}
