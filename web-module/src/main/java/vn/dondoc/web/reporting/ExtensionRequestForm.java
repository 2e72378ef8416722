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
import vn.dondoc.reporting.boundary.Extensions;
import vn.dondoc.reporting.boundary.ObligationView;
import vn.dondoc.web.ui.Language;
import vn.dondoc.web.ui.Refusals;

/**
 * Xin gia hạn, from a row of "Việc của tôi": the officer names a later date and why, and {@link
 * Extensions#request} takes it or says which field is wrong, as {@code POST
 * /api/v1/obligations/{id}/extension} does. Whether the obligation may be extended now is the
 * boundary's answer, shown beside the form.
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
    private String subject;
    private LocalDate currentDueOn;
    private LocalDate requestedDueOn;
    private String reason;

    /** Opens the form for the row's obligation; {@code documentNumber} names it with its period. */
    public void start(ObligationView obligation, String documentNumber) {
        obligationId = obligation.id();
        String period = obligation.periodLabel() == null ? language.text("kind.DELIVERABLE") : obligation.periodLabel();
        subject = documentNumber.isEmpty() ? period : documentNumber + " · " + period;
        currentDueOn = obligation.dueOn();
        requestedDueOn = null;
        reason = null;
    }

    /** Sends the request; the form closes and the page says so, or the refusal stands beside its field. */
    public void send() {
        ExtensionRequest request = new ExtensionRequest();
        request.requestedDueOn = requestedDueOn;
        request.reason = reason;
        try {
            ObligationView asked = extensions.request(obligationId, request);
            FacesContext.getCurrentInstance()
                    .addMessage(
                            null,
                            new FacesMessage(
                                    FacesMessage.SEVERITY_INFO,
                                    language.text("extend.sent")
                                            .replace("{0}", subject)
                                            .replace(
                                                    "{1}",
                                                    VietnameseFormat.date(
                                                            asked.extension().requestedDueOn())),
                                    null));
            obligationId = null;
        } catch (BusinessException refused) {
            Refusals.show(refused, language.isEnglish(), FIELDS, null);
        }
    }

    public void cancel() {
        obligationId = null;
    }

    /** Whether the form is open (an obligation chosen). */
    public boolean isOpen() {
        return obligationId != null;
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
