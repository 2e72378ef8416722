package vn.dondoc.notifications.boundary;

/**
 * The administrator's change of the reminder settings. A field left out keeps its value; an empty
 * {@code webhookUrl} removes the webhook. A class, not a record: D-010.
 */
public class NotificationSettingsEdit {
    public Integer daysBefore;
    public Integer overdueEvery;
    public Integer escalateAfter;
    public String webhookUrl;
    public String webhookSecret;

    @Override
    public String toString() {
        // never the secret: this is what the audit records
        return "daysBefore=" + daysBefore + ", overdueEvery=" + overdueEvery + ", escalateAfter=" + escalateAfter
                + ", webhookUrl=" + webhookUrl;
    }
}
