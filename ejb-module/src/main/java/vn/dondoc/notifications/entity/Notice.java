package vn.dondoc.notifications.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import vn.dondoc.tenancy.entity.TenantOwned;

/**
 * One notice (thông báo) to one user: a reminder, an escalation or a digest, and its entry in the
 * user's in-app inbox. The database holds it once per topic, kind, occurrence and recipient
 * ({@code uk_notice_once}), whoever writes it and however often the job runs. The topic is
 * {@code obligation:<id>} (a report owed, {@link #obligationId()} set), {@code explanation:<id>} (a
 * request for explanation unanswered, {@link #explanationTopic}) or {@code digest}.
 */
@Entity
@Table(name = "notice")
@NamedQuery(
        name = Notice.OF_RECIPIENT,
        query = "SELECT n FROM Notice n WHERE n.recipient = :recipient ORDER BY n.createdAt DESC, n.id DESC")
@NamedQuery(name = Notice.COUNT_OF_RECIPIENT, query = "SELECT COUNT(n) FROM Notice n WHERE n.recipient = :recipient")
@NamedQuery(
        name = Notice.KEYS_OF_TOPICS,
        query = "SELECT CONCAT(n.topic, '|', n.kind, '|', n.occurrence, '|', n.recipient) FROM Notice n "
                + "WHERE n.occurrence >= :since")
public class Notice extends TenantOwned {

    public static final String OF_RECIPIENT = "Notice.ofRecipient";
    public static final String COUNT_OF_RECIPIENT = "Notice.countOfRecipient";
    public static final String KEYS_OF_TOPICS = "Notice.keysOfTopics";

    /** The topic of the weekly digest, which is about no single obligation. */
    public static final String DIGEST_TOPIC = "digest";

    /** The prefix of the topic of a request for explanation's reminders. */
    public static final String EXPLANATION_TOPIC = "explanation:";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, updatable = false)
    private String topic;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private NoticeKind kind;

    @Column(nullable = false, updatable = false)
    private LocalDate occurrence;

    @Column(nullable = false, updatable = false)
    private String recipient;

    @Column(name = "agency_code", updatable = false)
    private String agencyCode;

    @Column(name = "obligation_id", updatable = false)
    private Long obligationId;

    @Column(nullable = false, updatable = false)
    private String subject;

    @Column(nullable = false, updatable = false)
    private String body;

    @Column(updatable = false)
    private String link;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "read_at")
    private Instant readAt;

    @Version
    private long version;

    protected Notice() {}

    /**
     * @param obligationId the obligation it urges, {@code null} for a digest
     * @param agencyCode the agency it is about, {@code null} for a digest
     */
    public Notice(
            NoticeKind kind,
            LocalDate occurrence,
            String recipient,
            Long obligationId,
            String agencyCode,
            String subject,
            String body,
            String link,
            Instant createdAt) {
        this.kind = Objects.requireNonNull(kind, "kind");
        this.occurrence = Objects.requireNonNull(occurrence, "occurrence");
        this.recipient = Objects.requireNonNull(recipient, "recipient");
        this.obligationId = obligationId;
        this.topic = topicOf(obligationId);
        this.agencyCode = agencyCode;
        this.subject = Objects.requireNonNull(subject, "subject");
        this.body = Objects.requireNonNull(body, "body");
        this.link = link;
        this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
    }

    /**
     * A notice about something other than an obligation, named by its topic (as
     * {@link #explanationTopic}); it carries no obligation id.
     *
     * @param agencyCode the agency it is about, {@code null} if none
     */
    public static Notice about(
            String topic,
            NoticeKind kind,
            LocalDate occurrence,
            String recipient,
            String agencyCode,
            String subject,
            String body,
            String link,
            Instant createdAt) {
        Objects.requireNonNull(topic, "topic");
        if (topic.isBlank() || topic.length() > 64 || topic.startsWith("obligation:")) {
            throw new IllegalArgumentException("Not a topic of its own: " + topic);
        }
        Notice notice = new Notice(kind, occurrence, recipient, null, agencyCode, subject, body, link, createdAt);
        notice.topic = topic;
        return notice;
    }

    /** The topic of the reminders of one request for explanation. */
    public static String explanationTopic(long requestId) {
        return EXPLANATION_TOPIC + requestId;
    }

    /** What the unique key calls the subject of a notice. */
    public static String topicOf(Long obligationId) {
        return obligationId == null ? DIGEST_TOPIC : "obligation:" + obligationId;
    }

    /** The key {@link #KEYS_OF_TOPICS} lists, the same as the unique key's columns. */
    public static String key(String topic, NoticeKind kind, LocalDate occurrence, String recipient) {
        return topic + "|" + kind + "|" + occurrence + "|" + recipient;
    }

    public String key() {
        return key(topic, kind, occurrence, recipient);
    }

    /** The recipient has read it; reading it again keeps the first time. */
    public void markRead(Instant at) {
        if (readAt == null) {
            readAt = Objects.requireNonNull(at, "at");
        }
    }

    public Long id() {
        return id;
    }

    public String topic() {
        return topic;
    }

    /** The request for explanation it urges, or {@code null} when it urges something else. */
    public Long explanationRequestId() {
        return topic.startsWith(EXPLANATION_TOPIC) ? Long.valueOf(topic.substring(EXPLANATION_TOPIC.length())) : null;
    }

    public NoticeKind kind() {
        return kind;
    }

    public LocalDate occurrence() {
        return occurrence;
    }

    public String recipient() {
        return recipient;
    }

    public String agencyCode() {
        return agencyCode;
    }

    public Long obligationId() {
        return obligationId;
    }

    public String subject() {
        return subject;
    }

    public String body() {
        return body;
    }

    public String link() {
        return link;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant readAt() {
        return readAt;
    }
}
