package vn.dondoc.explanations.entity;

import jakarta.persistence.CascadeType;
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
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import vn.dondoc.agencies.entity.Agency;
import vn.dondoc.items.entity.Item;
import vn.dondoc.platform.boundary.Conflict;
import vn.dondoc.platform.boundary.InvalidInput;
import vn.dondoc.platform.boundary.Unprocessable;
import vn.dondoc.reporting.entity.AttachmentContent;
import vn.dondoc.reporting.entity.Obligation;
import vn.dondoc.tenancy.entity.TenantOwned;

/**
 * A request for explanation (yêu cầu giải trình): a leader or the secretariat asks one agency to
 * explain a report it owes or an item it holds, by a day; the agency answers once, in writing, with
 * files. An answer after that day is taken and marked late. The request is history: it outlives its
 * subject (a report no longer asked for, an item a re-import no longer prints), whose kind, code and
 * document it keeps.
 */
@Entity
@Table(name = "explanation_request")
@NamedQuery(
        name = ExplanationRequest.UNANSWERED_DUE_BY,
        query = "SELECT r FROM ExplanationRequest r JOIN FETCH r.agency WHERE r.answeredAt IS NULL "
                + "AND r.answerBy <= :day ORDER BY r.answerBy, r.id")
public class ExplanationRequest extends TenantOwned {

    /** The requests not answered whose day to answer is {@code :day} or earlier, soonest first. */
    public static final String UNANSWERED_DUE_BY = "ExplanationRequest.unansweredDueBy";

    public static final int MAX_QUESTION = 4000;
    public static final int MAX_ANSWER = 10000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "agency_id", updatable = false)
    private Agency agency;

    @Enumerated(EnumType.STRING)
    @Column(name = "subject_kind", nullable = false, updatable = false)
    private ExplanationSubject subjectKind;

    /** Set to NULL by the database when the obligation is removed (V11). */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "obligation_id", updatable = false)
    private Obligation obligation;

    /** Set to NULL by the database when the item is removed (V11). */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "item_id", updatable = false)
    private Item item;

    @Column(name = "document_id", nullable = false, updatable = false)
    private long documentId;

    @Column(name = "subject_code", nullable = false, updatable = false, length = 64)
    private String subjectCode;

    @Column(nullable = false, updatable = false)
    private String question;

    @Column(name = "answer_by", nullable = false, updatable = false)
    private LocalDate answerBy;

    @Column(name = "asked_by", nullable = false, updatable = false, length = 190)
    private String askedBy;

    @Column(name = "asked_at", nullable = false, updatable = false)
    private Instant askedAt;

    @Column(name = "answer")
    private String answer;

    @Column(name = "answered_by", length = 190)
    private String answeredBy;

    @Column(name = "answered_at")
    private Instant answeredAt;

    @Column(name = "answered_late", nullable = false)
    private boolean answeredLate;

    @OneToMany(mappedBy = "request", cascade = CascadeType.PERSIST)
    @OrderBy("id")
    private List<ExplanationAttachment> attachments = new ArrayList<>();

    @Version
    private long version;

    protected ExplanationRequest() {}

    private ExplanationRequest(
            Agency agency,
            ExplanationSubject kind,
            long documentId,
            String subjectCode,
            String question,
            LocalDate answerBy,
            String askedBy,
            Instant askedAt,
            LocalDate today) {
        this.agency = Objects.requireNonNull(agency, "agency");
        this.subjectKind = kind;
        this.documentId = documentId;
        this.subjectCode = Objects.requireNonNull(subjectCode, "subjectCode");
        this.question = required("question", question, MAX_QUESTION);
        if (answerBy == null) {
            throw new InvalidInput(
                    "answerBy: cần ngày giải trình (YYYY-MM-DD) / the day to answer by is required" + " (YYYY-MM-DD)");
        }
        if (answerBy.isBefore(Objects.requireNonNull(today, "today"))) {
            throw new Unprocessable("answerBy: ngày " + answerBy + " đã qua (hôm nay là " + today + ") / " + answerBy
                    + " is past (today is " + today + ")");
        }
        this.answerBy = answerBy;
        this.askedBy = Objects.requireNonNull(askedBy, "askedBy");
        this.askedAt = Objects.requireNonNull(askedAt, "askedAt");
    }

    /**
     * Asks the obligation's agency to explain it (a report missing, late or returned).
     *
     * @param today the day in the tenant's time zone: {@code answerBy} may be today, not earlier
     */
    public static ExplanationRequest aboutObligation(
            Obligation obligation,
            String question,
            LocalDate answerBy,
            String askedBy,
            Instant askedAt,
            LocalDate today) {
        ExplanationRequest request = new ExplanationRequest(
                obligation.agency(),
                ExplanationSubject.OBLIGATION,
                obligation.documentId(),
                obligation.periodLabel() == null ? "PLAN" : obligation.periodLabel(),
                question,
                answerBy,
                askedBy,
                askedAt,
                today);
        request.obligation = obligation;
        return request;
    }

    /**
     * Asks an agency to explain an item it is assigned; whether it is, the caller has checked (the
     * assignments are not part of the item).
     */
    public static ExplanationRequest aboutItem(
            Item item,
            Agency agency,
            String question,
            LocalDate answerBy,
            String askedBy,
            Instant askedAt,
            LocalDate today) {
        ExplanationRequest request = new ExplanationRequest(
                agency,
                ExplanationSubject.ITEM,
                item.documentId(),
                item.code(),
                question,
                answerBy,
                askedBy,
                askedAt,
                today);
        request.item = item;
        return request;
    }

    /**
     * The agency's answer. Taken after {@link #answerBy} too, and then marked late.
     *
     * @param today the day in the tenant's time zone
     * @throws Conflict when already answered: an answer is never rewritten
     */
    public void answer(String text, String answeredBy, Instant answeredAt, LocalDate today) {
        requireOpen();
        this.answer = required("text", text, MAX_ANSWER);
        this.answeredBy = Objects.requireNonNull(answeredBy, "answeredBy");
        this.answeredAt = Objects.requireNonNull(answeredAt, "answeredAt");
        this.answeredLate = today.isAfter(answerBy);
    }

    /**
     * Adds a file to the coming answer: files are attached before the answer is sent, and the
     * answer closes the list.
     */
    public ExplanationAttachment attach(
            AttachmentContent content, String fileName, String contentType, String uploadedBy, Instant at) {
        requireOpen();
        ExplanationAttachment attachment =
                new ExplanationAttachment(this, content, fileName, contentType, uploadedBy, at);
        attachments.add(attachment);
        return attachment;
    }

    /** Removes a file not yet sent with an answer. */
    public void detach(ExplanationAttachment attachment) {
        requireOpen();
        if (!attachments.remove(attachment)) {
            throw new IllegalArgumentException("Attachment " + attachment.id() + " is not of request " + id);
        }
    }

    /** Not answered, and its day to answer is past. */
    public boolean overdue(LocalDate today) {
        return status() == ExplanationStatus.OPEN && today.isAfter(answerBy);
    }

    public ExplanationStatus status() {
        return answeredAt == null ? ExplanationStatus.OPEN : ExplanationStatus.ANSWERED;
    }

    private void requireOpen() {
        if (status() == ExplanationStatus.ANSWERED) {
            throw new Conflict("Yêu cầu giải trình số " + id + " đã được trả lời lúc " + answeredAt
                    + " / Request for explanation " + id + " was answered at " + answeredAt);
        }
    }

    private static String required(String field, String text, int max) {
        if (text == null || text.isBlank()) {
            throw new InvalidInput(field + ": không được để trống / must not be blank");
        }
        String stripped = text.strip();
        if (stripped.length() > max) {
            throw new InvalidInput(field + ": tối đa " + max + " ký tự / at most " + max + " characters");
        }
        return stripped;
    }

    public Long id() {
        return id;
    }

    public Agency agency() {
        return agency;
    }

    public ExplanationSubject subjectKind() {
        return subjectKind;
    }

    /** The obligation asked about, or {@code null}: asked about an item, or the obligation is gone. */
    public Obligation obligation() {
        return obligation;
    }

    /** The item asked about, or {@code null}: asked about an obligation, or the item is gone. */
    public Item item() {
        return item;
    }

    public long documentId() {
        return documentId;
    }

    /** The period's label ({@code 2024-H1}), {@code PLAN} for the agency's plan, or the item's code. */
    public String subjectCode() {
        return subjectCode;
    }

    public String question() {
        return question;
    }

    public LocalDate answerBy() {
        return answerBy;
    }

    public String askedBy() {
        return askedBy;
    }

    public Instant askedAt() {
        return askedAt;
    }

    /** The answer's text, or {@code null} while open. */
    public String answer() {
        return answer;
    }

    public String answeredBy() {
        return answeredBy;
    }

    public Instant answeredAt() {
        return answeredAt;
    }

    /** Answered after its day to answer. */
    public boolean answeredLate() {
        return answeredLate;
    }

    public List<ExplanationAttachment> attachments() {
        return Collections.unmodifiableList(attachments);
    }
}
