package vn.dondoc.web.reporting;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.Map;
import vn.dondoc.platform.boundary.BusinessException;
import vn.dondoc.platform.control.VietnameseFormat;
import vn.dondoc.reporting.boundary.ExtensionRequest;
import vn.dondoc.reporting.boundary.ExtensionView;
import vn.dondoc.reporting.boundary.Extensions;
import vn.dondoc.reporting.boundary.ItemAgency;
import vn.dondoc.reporting.boundary.ObligationView;
import vn.dondoc.scorecards.boundary.ScorecardLine;
import vn.dondoc.web.ui.Language;
import vn.dondoc.web.ui.Refusals;

/**
 * Xin gia hạn, from a row of "Việc của tôi": the officer names a later date and why, for one of
 * two subjects, an obligation (a report, the agency's plan) or a dated item the agency leads; {@link
 * Extensions#request} or {@link Extensions#requestForItem} takes it or says which field is wrong, as
 * {@code POST /api/v1/obligations/{id}/extension} and {@code POST
 * /api/v1/documents/{id}/items/{itemId}/deadlines/{agencyCode}/extension} do. Whether the deadline
 * may be extended now is the boundary's answer, shown beside the form.
 */
@Named
@ViewScoped
public class ExtensionRequestForm implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The boundary's fields and the form's components that hold them. */
    private static final Map<String, String> FIELDS =
            Map.of("requestedDueOn", "extend:requestedDueOn", "reason", "extend:reason");

    @Inject
    Extensions extensions;

    @Inject
    Language language;

    private Long obligationId;
    /** The item's deadline asked about, when the subject is an item rather than an obligation. */
    private ItemAgency item;

    private String subject;
    private LocalDate currentDueOn;
    private LocalDate requestedDueOn;
    private String reason;

    /** Opens the form for the row's obligation; {@code documentNumber} names it with its period. */
    public void start(ObligationView obligation, String documentNumber) {
        String period = obligation.periodLabel() == null ? language.text("kind.DELIVERABLE") : obligation.periodLabel();
        open(obligation.id(), null, documentNumber, period, obligation.dueOn());
    }

    /** Opens the form for a row of the agency's dated tasks: the item, under its document, for its agency. */
    public void startForItem(ScorecardLine task) {
        open(
                null,
                new ItemAgency(task.documentId(), task.itemId(), task.agencyCode()),
                task.documentNumber() == null ? "" : task.documentNumber(),
                task.subject(),
                task.dueOn());
    }

    private void open(Long obligation, ItemAgency itemDeadline, String documentNumber, String what, LocalDate due) {
        obligationId = obligation;
        item = itemDeadline;
        subject = documentNumber.isEmpty() ? what : documentNumber + " · " + what;
        currentDueOn = due;
        requestedDueOn = null;
        reason = null;
    }

    /** Sends the request; the form closes and the page says so, or the refusal stands beside its field. */
    public void send() {
        ExtensionRequest request = new ExtensionRequest();
        request.requestedDueOn = requestedDueOn;
        request.reason = reason;
        try {
            ExtensionView asked = item == null
                    ? extensions.request(obligationId, request).extension()
                    : extensions.requestForItem(item, request).extension();
            FacesContext.getCurrentInstance()
                    .addMessage(
                            null,
                            new FacesMessage(
                                    FacesMessage.SEVERITY_INFO,
                                    language.text("extend.sent")
                                            .replace("{0}", subject)
                                            .replace("{1}", VietnameseFormat.date(asked.requestedDueOn())),
                                    null));
            close();
        } catch (BusinessException refused) {
            Refusals.show(refused, language.isEnglish(), FIELDS, null);
        }
    }

    public void cancel() {
        close();
    }

    private void close() {
        obligationId = null;
        item = null;
    }

    /** Whether the form is open (an obligation or an item chosen). */
    public boolean isOpen() {
        return obligationId != null || item != null;
    }

    public String getSubject() {
        return subject;
    }

    public LocalDate getCurrentDueOn() {
        return currentDueOn;
    }

    public LocalDate getRequestedDueOn() {
        return requestedDueOn;
    }

    public void setRequestedDueOn(LocalDate requestedDueOn) {
        this.requestedDueOn = requestedDueOn;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
