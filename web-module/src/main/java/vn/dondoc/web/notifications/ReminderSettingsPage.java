package vn.dondoc.web.notifications;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import vn.dondoc.notifications.boundary.NotificationSettingsEdit;
import vn.dondoc.notifications.boundary.NotificationSettingsView;
import vn.dondoc.notifications.boundary.Notifications;
import vn.dondoc.platform.boundary.BusinessException;
import vn.dondoc.platform.security.Role;
import vn.dondoc.web.ui.Language;
import vn.dondoc.web.ui.PageGuard;
import vn.dondoc.web.ui.Refusals;

/**
 * Cài đặt nhắc việc: when reminders fall due (N working days before, every M once overdue, to the
 * leader after K) and the webhook every notice is also posted to, as {@code GET/PUT
 * /api/v1/settings/notifications} read and change them through {@link Notifications}. The
 * boundary checks the numbers and the webhook; its refusal names the field, beside which the
 * page's own sentence for that field is shown.
 */
@Named
@ViewScoped
public class ReminderSettingsPage implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The fields of the edit, as the boundary's refusal names them, each with its input's id. */
    static final List<String> FIELDS =
            List.of("daysBefore", "overdueEvery", "escalateAfter", "webhookUrl", "webhookSecret");

    @Inject
    Notifications notifications;

    @Inject
    Language language;

    private Integer daysBefore;
    private Integer overdueEvery;
    private Integer escalateAfter;
    private String webhookUrl;
    private String webhookSecret;
    private boolean webhookSecretSet;
    private boolean read;

    /** The page's view action: the administrator only; then the settings in force. */
    public void open() throws IOException {
        if (PageGuard.admits(Role.Names.ADMIN) && !read) {
            show(notifications.settings());
            read = true;
        }
    }

    /** Saves the form: an empty webhook address removes the webhook, an empty secret keeps the old one. */
    public void save() {
        NotificationSettingsEdit edit = new NotificationSettingsEdit();
        edit.daysBefore = daysBefore;
        edit.overdueEvery = overdueEvery;
        edit.escalateAfter = escalateAfter;
        edit.webhookUrl = webhookUrl == null ? "" : webhookUrl;
        edit.webhookSecret = webhookSecret == null || webhookSecret.isEmpty() ? null : webhookSecret;
        try {
            show(notifications.changeSettings(edit));
            Refusals.done(language.text("reminders.saved"));
        } catch (BusinessException refused) {
            String message = refused.getMessage();
            String field = Refusals.field(message);
            if (field == null || !FIELDS.contains(field)) {
                Refusals.beside(null, Refusals.text(message, language.isEnglish()));
            } else {
                Refusals.beside("reminders:" + field, language.text("reminders.invalid." + field));
            }
        }
    }

    private void show(NotificationSettingsView settings) {
        daysBefore = settings.daysBefore();
        overdueEvery = settings.overdueEvery();
        escalateAfter = settings.escalateAfter();
        webhookUrl = settings.webhookUrl();
        webhookSecret = null;
        webhookSecretSet = settings.webhookSecretSet();
    }

    public Integer getDaysBefore() {
        return daysBefore;
    }

    public void setDaysBefore(Integer daysBefore) {
        this.daysBefore = daysBefore;
    }

    public Integer getOverdueEvery() {
        return overdueEvery;
    }

    public void setOverdueEvery(Integer overdueEvery) {
        this.overdueEvery = overdueEvery;
    }

    public Integer getEscalateAfter() {
        return escalateAfter;
    }

    public void setEscalateAfter(Integer escalateAfter) {
        this.escalateAfter = escalateAfter;
    }

    public String getWebhookUrl() {
        return webhookUrl;
    }

    public void setWebhookUrl(String webhookUrl) {
        this.webhookUrl = webhookUrl;
    }

    public String getWebhookSecret() {
        return webhookSecret;
    }

    public void setWebhookSecret(String webhookSecret) {
        this.webhookSecret = webhookSecret;
    }

    /** Whether the webhook has a secret (never shown). */
    public boolean isWebhookSecretSet() {
        return webhookSecretSet;
    }
}
