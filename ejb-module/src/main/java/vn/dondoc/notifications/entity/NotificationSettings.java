package vn.dondoc.notifications.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.net.URI;
import java.util.Optional;
import vn.dondoc.tenancy.entity.TenantOwned;

/**
 * A tenant's reminder settings (cài đặt nhắc việc): when reminders fall due, and where its
 * outgoing webhook posts them. At most one per tenant; a tenant without one follows the defaults.
 */
@Entity
@Table(name = "notification_settings")
@NamedQuery(name = NotificationSettings.OF_TENANT, query = "SELECT s FROM NotificationSettings s")
public class NotificationSettings extends TenantOwned {

    public static final String OF_TENANT = "NotificationSettings.ofTenant";

    /** N: a working week's notice, time to write a report that is not begun (D-029). */
    public static final int DEFAULT_DAYS_BEFORE = 5;

    /** M: every 2 working days once overdue: insistent without a reminder every day (D-029). */
    public static final int DEFAULT_OVERDUE_EVERY = 2;

    /** K: a leader hears of it after a working week overdue (D-029). */
    public static final int DEFAULT_ESCALATE_AFTER = 5;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "days_before", nullable = false)
    private int daysBefore;

    @Column(name = "overdue_every", nullable = false)
    private int overdueEvery;

    @Column(name = "escalate_after", nullable = false)
    private int escalateAfter;

    @Column(name = "webhook_url")
    private String webhookUrl;

    @Column(name = "webhook_secret")
    private String webhookSecret;

    @Version
    private long version;

    protected NotificationSettings() {}

    /** The defaults, ready to be changed. */
    public static NotificationSettings defaults() {
        NotificationSettings settings = new NotificationSettings();
        settings.daysBefore = DEFAULT_DAYS_BEFORE;
        settings.overdueEvery = DEFAULT_OVERDUE_EVERY;
        settings.escalateAfter = DEFAULT_ESCALATE_AFTER;
        return settings;
    }

    /**
     * Sets N, M and K.
     *
     * @throws IllegalArgumentException naming the field outside its bounds (1–20, 1–20, 1–60)
     */
    public void remind(int daysBefore, int overdueEvery, int escalateAfter) {
        check("daysBefore", daysBefore, 20);
        check("overdueEvery", overdueEvery, 20);
        check("escalateAfter", escalateAfter, 60);
        this.daysBefore = daysBefore;
        this.overdueEvery = overdueEvery;
        this.escalateAfter = escalateAfter;
    }

    /**
     * Posts every notice to this URL, signed with this secret; {@code null} URL: no webhook.
     *
     * @throws IllegalArgumentException a URL that is not http(s), or a URL without a secret
     */
    public void postTo(String url, String secret) {
        if (url == null || url.isBlank()) {
            this.webhookUrl = null;
            this.webhookSecret = null;
            return;
        }
        URI uri;
        try {
            uri = URI.create(url.strip());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("webhookUrl");
        }
        if (uri.getScheme() == null
                || !(uri.getScheme().equals("http") || uri.getScheme().equals("https"))
                || uri.getHost() == null) {
            throw new IllegalArgumentException("webhookUrl");
        }
        if (secret == null || secret.length() < 16) {
            throw new IllegalArgumentException("webhookSecret");
        }
        this.webhookUrl = uri.toString();
        this.webhookSecret = secret;
    }

    private static void check(String field, int value, int max) {
        if (value < 1 || value > max) {
            throw new IllegalArgumentException(field);
        }
    }

    public int daysBefore() {
        return daysBefore;
    }

    public int overdueEvery() {
        return overdueEvery;
    }

    public int escalateAfter() {
        return escalateAfter;
    }

    public Optional<String> webhookUrl() {
        return Optional.ofNullable(webhookUrl);
    }

    /** Never shown to anyone: only the signer reads it. */
    public Optional<String> webhookSecret() {
        return Optional.ofNullable(webhookSecret);
    }
}
