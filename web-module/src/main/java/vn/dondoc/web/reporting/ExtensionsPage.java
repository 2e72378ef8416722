package vn.dondoc.web.reporting;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import vn.dondoc.platform.boundary.BusinessException;
import vn.dondoc.platform.boundary.NotFound;
import vn.dondoc.platform.boundary.Page;
import vn.dondoc.platform.security.Role;
import vn.dondoc.reporting.boundary.ExtensionDecision;
import vn.dondoc.reporting.boundary.ExtensionView;
import vn.dondoc.reporting.boundary.Extensions;
import vn.dondoc.reporting.boundary.ItemAgency;
import vn.dondoc.web.ui.Language;
import vn.dondoc.web.ui.Pages;
import vn.dondoc.web.ui.Refusals;

/**
 * Gia hạn: requests for more time, the longest waiting first, as {@code GET /api/v1/extensions}
 * lists them (an agency's users see their own agency's, the secretariat every one); the secretariat
 * opens one and approves it with a date (the one asked for unless it changes it) or refuses it with
 * a reason, through {@link Extensions#approve} / {@link Extensions#refuse} (or their item forms).
 * {@code ?id=} opens one request; one the caller may not see is not found (404).
 */
@Named
@ViewScoped
public class ExtensionsPage implements Serializable {

    private static final long serialVersionUID = 1L;

    private static final Map<String, String> FIELDS = Map.of("dueOn", "decide:dueOn", "comment", "decide:comment");

    @Inject
    Extensions extensions;

    @Inject
    Language language;

    private Long id;
    private String status;
    private boolean opened;
    private final LazyDataModel<ExtensionView> rows = new Rows();
    private ExtensionView chosen;
    private LocalDate dueOn;
    private String comment;

    /**
     * The view action: the secretariat starts on its queue (what waits), an agency on all of its
     * own; {@code ?id=} opens that request.
     */
    public void open() {
        if (opened) {
            return;
        }
        opened = true;
        status = isDeciding() ? "PENDING" : null;
        if (id != null) {
            try {
                choose(extensions.one(id));
            } catch (NotFound none) {
                Pages.notFound();
            }
        }
    }

    /** Opens a request: its details and, while it waits, the secretariat's decision. */
    public void show(ExtensionView extension) {
        choose(extensions.one(extension.id()));
    }

    private void choose(ExtensionView extension) {
        chosen = extension;
        dueOn = extension.requestedDueOn();
        comment = null;
    }

    public void close() {
        chosen = null;
    }

    public void approve() {
        ExtensionDecision decision = new ExtensionDecision();
        decision.dueOn = dueOn;
        decide(
                () -> {
                    if (chosen.obligationId() != null) {
                        extensions.approve(chosen.obligationId(), decision);
                    } else {
                        extensions.approveForItem(subjectOf(chosen), decision);
                    }
                },
                "decide.approved");
    }

    public void refuse() {
        ExtensionDecision decision = new ExtensionDecision();
        decision.comment = comment;
        decide(
                () -> {
                    if (chosen.obligationId() != null) {
                        extensions.refuse(chosen.obligationId(), decision);
                    } else {
                        extensions.refuseForItem(subjectOf(chosen), decision);
                    }
                },
                "decide.refused");
    }

    private void decide(Runnable decision, String said) {
        try {
            decision.run();
            chosen = extensions.one(chosen.id());
            FacesContext.getCurrentInstance()
                    .addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, language.text(said), null));
        } catch (BusinessException refused) {
            Refusals.show(refused, language.isEnglish(), FIELDS, null);
        }
    }

    private static ItemAgency subjectOf(ExtensionView extension) {
        return new ItemAgency(extension.documentId(), extension.itemId(), extension.agencyCode());
    }

    /** The secretariat decides; everybody else reads. The boundary refuses anyone else's decision. */
    public boolean isDeciding() {
        return FacesContext.getCurrentInstance().getExternalContext().isUserInRole(Role.Names.SECRETARIAT);
    }

    public LazyDataModel<ExtensionView> getRows() {
        return rows;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public String getStatus() {
        return status;
    }

    public void setStatus(String status) {
        this.status = status;
    }

    public ExtensionView getChosen() {
        return chosen;
    }

    public LocalDate getDueOn() {
        return dueOn;
    }

    public void setDueOn(LocalDate dueOn) {
        this.dueOn = dueOn;
    }

    public String getComment() {
        return comment;
    }

    public void setComment(String comment) {
        this.comment = comment;
    }

    /** Each page is one call of {@link Extensions#list}; its total is the paginator's count. */
    private final class Rows extends LazyDataModel<ExtensionView> {

        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) extensions.list(status, null, null, 0, 1).total();
        }

        @Override
        public List<ExtensionView> load(
                int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
            Page<ExtensionView> page = extensions.list(status, null, null, first / pageSize, pageSize);
            setRowCount((int) page.total());
            return page.items();
        }

        @Override
        public String getRowKey(ExtensionView extension) {
            return String.valueOf(extension.id());
        }
    }
}
