package vn.dondoc.web.reporting;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.math.BigDecimal;
import vn.dondoc.platform.boundary.BusinessException;
import vn.dondoc.platform.security.Role;
import vn.dondoc.reporting.boundary.ReportingSettingsEdit;
import vn.dondoc.reporting.boundary.Settings;
import vn.dondoc.web.ui.Language;
import vn.dondoc.web.ui.PageGuard;
import vn.dondoc.web.ui.Refusals;

/**
 * Cài đặt báo cáo: the tenant's default sending deadline, in working days after a period's
 * cut-off, as {@code GET/PUT /api/v1/settings/reporting} read and set it through {@link Settings};
 * a change moves the due dates of every document that follows the default (the boundary's doing).
 * Its refusal ("sendingWorkingDays: … / …") is shown beside the field in the page's language.
 */
@Named
@ViewScoped
public class ReportingSettingsPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Settings settings;

    @Inject
    Language language;

    private BigDecimal sendingWorkingDays;
    private boolean read;

    /** The page's view action: the administrator only; then the settings in force. */
    public void open() throws IOException {
        if (PageGuard.admits(Role.Names.ADMIN) && !read) {
            sendingWorkingDays = BigDecimal.valueOf(settings.reporting().sendingWorkingDays());
            read = true;
        }
    }

    public void save() {
        ReportingSettingsEdit edit = new ReportingSettingsEdit();
        edit.sendingWorkingDays = sendingWorkingDays;
        try {
            sendingWorkingDays =
                    BigDecimal.valueOf(settings.changeReporting(edit).sendingWorkingDays());
            Refusals.done(language.text("reporting.saved"));
        } catch (BusinessException refused) {
            Refusals.beside("reporting:sendingWorkingDays", Refusals.text(refused.getMessage(), language.isEnglish()));
        }
    }

    public BigDecimal getSendingWorkingDays() {
        return sendingWorkingDays;
    }

    public void setSendingWorkingDays(BigDecimal sendingWorkingDays) {
        this.sendingWorkingDays = sendingWorkingDays;
    }
}
