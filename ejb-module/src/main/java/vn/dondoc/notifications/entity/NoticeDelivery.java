package vn.dondoc.notifications.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import vn.dondoc.tenancy.entity.TenantOwned;

/**
 * One notice through one outside channel: the outbox row, written in the transaction that records
 * the notice and sent after it commits. A server claims it for a while before sending, so two
 * servers never send it together and a crash while sending only delays it; a failure is retried
 * with a growing wait, and after the last try stays FAILED, with its error, for the secretariat to see.
 */
@Entity
@Table(name = "notice_delivery")
@NamedQuery(
        name = NoticeDelivery.DUE,
        query = "SELECT d FROM NoticeDelivery d JOIN FETCH d.notice WHERE d.status = :pending "
                + "AND d.nextAttemptAt <= :now AND (d.claimedUntil IS NULL OR d.claimedUntil < :now) "
                + "ORDER BY d.nextAttemptAt, d.id")
@NamedQuery(name = NoticeDelivery.OF_NOTICES, query = "SELECT d FROM NoticeDelivery d WHERE d.notice IN :notices")
public class NoticeDelivery extends TenantOwned {

    public static final String DUE = "NoticeDelivery.due";
    public static final String OF_NOTICES = "NoticeDelivery.ofNotices";

    /** Tries before a delivery is given up: the waits add up to about a day (1 min × 4^n). */
    public static final int MAX_ATTEMPTS = 8;

    /** How long a server holds a claimed delivery before another may try it. */
    public static final Duration CLAIM = Duration.ofMinutes(5);

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "notice_id", updatable = false)
    private Notice notice;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private Channel channel;

    /** The e-mail address or the webhook's URL at the time the notice was recorded. */
    @Column(nullable = false, updatable = false)
    private String address;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private DeliveryStatus status;

    @Column(nullable = false)
    private int attempts;

    @Column(name = "next_attempt_at", nullable = false)
    private Instant nextAttemptAt;

    @Column(name = "claimed_until")
    private Instant claimedUntil;

    @Column(name = "last_error")
    private String lastError;

    @Column(name = "delivered_at")
    private Instant deliveredAt;

    @Version
    private long version;

    protected NoticeDelivery() {}

    public NoticeDelivery(Notice notice, Channel channel, String address, Instant now) {
        this.notice = Objects.requireNonNull(notice, "notice");
        this.channel = Objects.requireNonNull(channel, "channel");
        this.address = Objects.requireNonNull(address, "address");
        this.status = DeliveryStatus.PENDING;
        this.nextAttemptAt = Objects.requireNonNull(now, "now");
    }

    /**
     * This server takes it for {@link #CLAIM}: one more attempt begins.
     *
     * @throws IllegalStateException not pending, or another server holds it
     */
    public void claim(Instant now) {
        if (status != DeliveryStatus.PENDING || (claimedUntil != null && !claimedUntil.isBefore(now))) {
            throw new IllegalStateException("Delivery " + id + " is not free to send: " + status);
        }
        attempts++;
        claimedUntil = now.plus(CLAIM);
    }

    /** It went out. */
    public void delivered(Instant at) {
        status = DeliveryStatus.SENT;
        deliveredAt = Objects.requireNonNull(at, "at");
        claimedUntil = null;
        lastError = null;
    }

    /** It did not: tried again after 1, 4, 16… minutes, given up after {@link #MAX_ATTEMPTS} tries. */
    public void failed(String error, Instant at) {
        lastError = error == null ? "?" : error.length() > 1000 ? error.substring(0, 1000) : error;
        claimedUntil = null;
        if (attempts >= MAX_ATTEMPTS) {
            status = DeliveryStatus.FAILED;
        } else {
            nextAttemptAt = at.plus(backoff(attempts));
        }
    }

    /** The wait after the n-th failed try: 1 minute, then four times longer each time. */
    public static Duration backoff(int attempts) {
        return Duration.ofMinutes((long) Math.pow(4, Math.max(0, attempts - 1)));
    }

    public Long id() {
        return id;
    }

    public Notice notice() {
        return notice;
    }

    public Channel channel() {
        return channel;
    }

    public String address() {
        return address;
    }

    public DeliveryStatus status() {
        return status;
    }

    public int attempts() {
        return attempts;
    }

    public Instant nextAttemptAt() {
        return nextAttemptAt;
    }

    public String lastError() {
        return lastError;
    }

    public Instant deliveredAt() {
        return deliveredAt;
    }
}
