package vn.dondoc.reporting.entity;

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
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import vn.dondoc.agencies.entity.Agency;
import vn.dondoc.items.entity.Item;
import vn.dondoc.platform.boundary.Conflict;
import vn.dondoc.platform.boundary.InvalidInput;
import vn.dondoc.platform.boundary.Unprocessable;
import vn.dondoc.tenancy.entity.TenantOwned;

/**
 * A request for more time (đề nghị gia hạn): the agency's officer asks for a later date with a
 * reason; the secretariat approves it, with the date it grants, or refuses it with a comment. Kept
 * for ever, decided or not: who asked when for what, who decided when and how. Its subject is an
 * obligation's deadline, or a dated item's deadline for one agency (D-031): one workflow, the
 * subject saying only when it may be asked and granted ({@link ExtensionSubject}). One request at
 * a time may wait per obligation, and per item and agency. Guards its own rules and says which
 * field is wrong.
 */
@Entity
@Table(name = "extension")
@NamedQuery(
        name = Extension.OF_OBLIGATION,
        query = "SELECT e FROM Extension e WHERE e.obligation.id = :obligation ORDER BY e.requestedAt, e.id")
@NamedQuery(
        name = Extension.OF_OBLIGATIONS,
        query = "SELECT e FROM Extension e WHERE e.obligation.id IN :obligations ORDER BY e.requestedAt, e.id")
@NamedQuery(
        name = Extension.PENDING_OF,
        query = "SELECT e FROM Extension e WHERE e.obligation.id = :obligation"
                + " AND e.status = vn.dondoc.reporting.entity.ExtensionStatus.PENDING")
@NamedQuery(
        name = Extension.OBLIGATIONS_OF_DOCUMENT,
        query = "SELECT DISTINCT e.obligation.id FROM Extension e WHERE e.obligation.documentId = :documentId")
@NamedQuery(
        name = Extension.OF_ITEM_AND_AGENCY,
        query = "SELECT e FROM Extension e WHERE e.item.id = :item AND e.agency.id = :agency"
                + " ORDER BY e.requestedAt, e.id")
@NamedQuery(
        name = Extension.OF_ITEM,
        query = "SELECT e FROM Extension e JOIN FETCH e.agency WHERE e.item.id = :item ORDER BY e.requestedAt, e.id")
@NamedQuery(
        name = Extension.PENDING_OF_ITEM,
        query = "SELECT e FROM Extension e WHERE e.item.id = :item AND e.agency.id = :agency"
                + " AND e.status = vn.dondoc.reporting.entity.ExtensionStatus.PENDING")
@NamedQuery(
        name = Extension.ITEMS_AMONG,
        query = "SELECT DISTINCT e.item.id FROM Extension e WHERE e.item.id IN :items")
public class Extension extends TenantOwned {

    public static final String OF_OBLIGATION = "Extension.ofObligation";
    public static final String OF_OBLIGATIONS = "Extension.ofObligations";
    public static final String PENDING_OF = "Extension.pendingOf";
    public static final String OBLIGATIONS_OF_DOCUMENT = "Extension.obligationsOfDocument";
    public static final String OF_ITEM_AND_AGENCY = "Extension.ofItemAndAgency";
    public static final String OF_ITEM = "Extension.ofItem";
    public static final String PENDING_OF_ITEM = "Extension.pendingOfItem";
    public static final String ITEMS_AMONG = "Extension.itemsAmong";

    /** The longest reason or comment, as the column holds it. */
    public static final int MAX_TEXT = 2000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    /** The obligation whose deadline it asks to move, or {@code null} for an item's. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "obligation_id", updatable = false)
    private Obligation obligation;

    /** The item whose deadline for {@link #agency} it asks to move, or {@code null} for an obligation's. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "item_id", updatable = false)
    private Item item;

    /** The agency that asks, whatever the subject: an obligation's is the obligation's agency. */
    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "agency_id", updatable = false)
    private Agency agency;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private ExtensionStatus status;

    /** The deadline when the agency asked: what it asked to move. */
    @Column(name = "due_on_before", nullable = false, updatable = false)
    private LocalDate dueOnBefore;

    @Column(name = "requested_due_on", nullable = false, updatable = false)
    private LocalDate requestedDueOn;

    @Column(nullable = false, updatable = false, length = MAX_TEXT)
    private String reason;

    @Column(name = "requested_by", nullable = false, updatable = false, length = 190)
    private String requestedBy;

    @Column(name = "requested_at", nullable = false, updatable = false)
    private Instant requestedAt;

    @Column(name = "granted_due_on")
    private LocalDate grantedDueOn;

    @Column(name = "decided_by", length = 190)
    private String decidedBy;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Column(length = MAX_TEXT)
    private String comment;

    @Version
    private long version;

    protected Extension() {}

    private Extension(ExtensionSubject subject, LocalDate requestedDueOn, String reason, String by, Instant at) {
        if (subject instanceof Obligation o) {
            this.obligation = o;
        } else if (subject instanceof ItemDeadline d) {
            this.item = d.item();
        } else {
            throw new IllegalArgumentException("No extension of " + subject);
        }
        this.agency = Objects.requireNonNull(subject.agency(), "agency");
        this.status = ExtensionStatus.PENDING;
        this.dueOnBefore = subject.dueOn();
        this.requestedDueOn = requestedDueOn;
        this.reason = reason;
        this.requestedBy = Objects.requireNonNull(by, "by");
        this.requestedAt = Objects.requireNonNull(at, "at");
    }

    /**
     * The agency asks for {@code requestedDueOn} instead of its deadline on {@code subject}, because
     * of {@code reason}.
     *
     * @param pending the subject's request still waiting for a decision, if any
     * @throws InvalidInput when the date or the reason is missing, or the reason too long (400)
     * @throws Conflict when the subject may not be extended now (an obligation's report was already
     *     sent or the obligation is no longer asked for; an item has no date or is not the agency's),
     *     or another request waits (409)
     * @throws Unprocessable when the date is not after the current deadline (422)
     */
    public static Extension request(
            ExtensionSubject subject,
            Optional<Extension> pending,
            LocalDate requestedDueOn,
            String reason,
            String by,
            Instant at) {
        Objects.requireNonNull(subject, "subject");
        if (requestedDueOn == null) {
            throw new InvalidInput("requestedDueOn: cần ngày đề nghị gia hạn đến (YYYY-MM-DD) / the date asked for is"
                    + " required (YYYY-MM-DD)");
        }
        String why = text(reason, "reason", "lý do", "a reason");
        subject.requireOpenToRequest();
        if (pending.isPresent()) {
            throw new Conflict("Đã có một đề nghị gia hạn đến " + pending.get().requestedDueOn
                    + " đang chờ quyết định / A request for an extension to " + pending.get().requestedDueOn
                    + " is already waiting for a decision");
        }
        if (!requestedDueOn.isAfter(subject.dueOn())) {
            throw new Unprocessable("requestedDueOn: phải sau hạn hiện tại " + subject.dueOn()
                    + " / must be after the current deadline " + subject.dueOn());
        }
        return new Extension(subject, requestedDueOn, why, by, at);
    }

    /**
     * The secretariat grants {@code dueOn} on the obligation this request is about; see {@link
     * #approve(ExtensionSubject, LocalDate, String, Instant)}.
     */
    public void approve(LocalDate dueOn, String by, Instant at) {
        if (obligation == null) {
            throw new IllegalStateException("Extension " + id + " is of an item: approve it with its deadline");
        }
        approve(obligation, dueOn, by, at);
    }

    /**
     * The secretariat grants {@code dueOn}, which may differ from the date asked for but must be after
     * the current deadline (the original one, unless an extension was granted before): the subject
     * takes it as its deadline.
     *
     * @param subject this request's subject: its obligation, or the deadline of its item for its agency
     * @throws InvalidInput when the date is missing (400)
     * @throws Conflict when the request was decided already, or the subject may no longer be extended
     *     (an obligation's report accepted, an item without a date) (409)
     * @throws Unprocessable when the date is not after the current deadline (422)
     */
    public void approve(ExtensionSubject subject, LocalDate dueOn, String by, Instant at) {
        if (!isAbout(subject)) {
            throw new IllegalArgumentException("Extension " + id + " is not about " + subject);
        }
        if (dueOn == null) {
            throw new InvalidInput(
                    "dueOn: cần ngày gia hạn đến (YYYY-MM-DD) / the date granted is required" + " (YYYY-MM-DD)");
        }
        requirePending();
        subject.requireOpenToGrant();
        if (!dueOn.isAfter(subject.dueOn())) {
            throw new Unprocessable("dueOn: phải sau hạn hiện tại " + subject.dueOn() + " (hạn gốc "
                    + subject.originalDueOn() + ") / must be after the current deadline " + subject.dueOn()
                    + " (originally " + subject.originalDueOn() + ")");
        }
        subject.extendTo(dueOn);
        this.status = ExtensionStatus.APPROVED;
        this.grantedDueOn = dueOn;
        decided(by, at);
    }

    private boolean isAbout(ExtensionSubject subject) {
        if (subject instanceof Obligation o) {
            return o == obligation;
        }
        return subject instanceof ItemDeadline d
                && same(d.item(), item, Item::id)
                && same(d.agency(), agency, Agency::id);
    }

    /** The same row: the same instance, as in one persistence context, or the same stored id. */
    private static <T> boolean same(T a, T b, Function<T, Long> id) {
        return a == b
                || (a != null && b != null && id.apply(a) != null && id.apply(a).equals(id.apply(b)));
    }

    /**
     * The secretariat refuses, saying why: the deadline stays.
     *
     * @throws InvalidInput when the comment is missing or too long (400)
     * @throws Conflict when the request was decided already (409)
     */
    public void refuse(String comment, String by, Instant at) {
        String why = text(comment, "comment", "ý kiến", "a comment");
        requirePending();
        this.status = ExtensionStatus.REFUSED;
        this.comment = why;
        decided(by, at);
    }

    private void decided(String by, Instant at) {
        this.decidedBy = Objects.requireNonNull(by, "by");
        this.decidedAt = Objects.requireNonNull(at, "at");
    }

    private void requirePending() {
        if (status != ExtensionStatus.PENDING) {
            throw new Conflict("Đề nghị gia hạn đã được quyết định (" + status + ") / The request was already decided ("
                    + status + ")");
        }
    }

    private static String text(String value, String field, String vietnamese, String english) {
        if (value == null || value.isBlank()) {
            throw new InvalidInput(field + ": cần " + vietnamese + " / " + english + " is required");
        }
        String stripped = value.strip();
        if (stripped.length() > MAX_TEXT) {
            throw new InvalidInput(field + ": tối đa " + MAX_TEXT + " ký tự / at most " + MAX_TEXT + " characters");
        }
        return stripped;
    }

    public Long id() {
        return id;
    }

    /** The obligation it is about, or {@code null} when it is about an item. */
    public Obligation obligation() {
        return obligation;
    }

    /** The item it is about, or {@code null} when it is about an obligation. */
    public Item item() {
        return item;
    }

    /** The agency that asked. */
    public Agency agency() {
        return agency;
    }

    public ExtensionStatus status() {
        return status;
    }

    public LocalDate dueOnBefore() {
        return dueOnBefore;
    }

    public LocalDate requestedDueOn() {
        return requestedDueOn;
    }

    public String reason() {
        return reason;
    }

    public String requestedBy() {
        return requestedBy;
    }

    public Instant requestedAt() {
        return requestedAt;
    }

    /** The date granted, or {@code null} unless approved. */
    public LocalDate grantedDueOn() {
        return grantedDueOn;
    }

    public String decidedBy() {
        return decidedBy;
    }

    public Instant decidedAt() {
        return decidedAt;
    }

    /** Why it was refused, or {@code null}. */
    public String comment() {
        return comment;
    }
}
