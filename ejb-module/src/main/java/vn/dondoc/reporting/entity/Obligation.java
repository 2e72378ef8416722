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
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import vn.dondoc.agencies.entity.Agency;
import vn.dondoc.platform.boundary.Conflict;
import vn.dondoc.tenancy.entity.TenantOwned;

/**
 * One agency owing one thing for one document (nghĩa vụ báo cáo): its own implementation plan
 * ({@link ObligationKind#DELIVERABLE}) or the results report of one period ({@link
 * ObligationKind#PERIODIC}), due on a day. Stored as the document's reporting regime asks for it,
 * and regenerated when the regime, the assignments, the groups or the calendar change: an
 * obligation no longer asked for is removed, or, once a report was started for it, kept and
 * marked orphaned for the secretariat to decide. Knows its document by id only, as items do (D-015).
 *
 * <p>The table's {@code period_key} column (the label, or an empty string for the plan) exists for
 * the unique key alone and is not mapped.
 */
@Entity
@Table(name = "obligation")
@NamedQuery(
        name = Obligation.OF_DOCUMENT,
        query = "SELECT o FROM Obligation o JOIN FETCH o.agency a WHERE o.documentId = :documentId "
                + "ORDER BY a.code, o.kind, o.periodTo, o.periodFrom DESC")
public class Obligation extends TenantOwned implements ExtensionSubject {

    public static final String OF_DOCUMENT = "Obligation.ofDocument";

    /** The statuses in which a report stands received: with the reviewers, or accepted. */
    private static final Set<ObligationStatus> RECEIVED =
            EnumSet.of(ObligationStatus.SUBMITTED, ObligationStatus.APPROVED, ObligationStatus.ACCEPTED);

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "document_id", nullable = false, updatable = false)
    private long documentId;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "agency_id", updatable = false)
    private Agency agency;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private ObligationKind kind;

    @Size(max = 16)
    @Column(name = "period_label", updatable = false)
    private String periodLabel;

    @Column(name = "period_from", updatable = false)
    private LocalDate periodFrom;

    @Column(name = "period_to", updatable = false)
    private LocalDate periodTo;

    @Column(name = "due_on", nullable = false)
    private LocalDate dueOn;

    @Column(name = "original_due_on", nullable = false)
    private LocalDate originalDueOn;

    /** The date the last approved extension granted, or {@code null}: see {@link #extendTo}. */
    @Column(name = "extended_due_on")
    private LocalDate extendedDueOn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ObligationStatus status;

    @Column(nullable = false)
    private boolean orphaned;

    /** UTC, through the platform's {@code UtcInstantConverter} (applied to every {@link Instant}). */
    @Column(name = "submitted_at")
    private Instant submittedAt;

    /** When the report that stands was received: see {@link #follow}. */
    @Column(name = "received_at")
    private Instant receivedAt;

    @Version
    private long version;

    protected Obligation() {}

    /**
     * A new obligation, pending (no report yet), not orphaned, due on the day its regime says.
     *
     * @param periodLabel the period's label ({@code 2024-H1}) for a period report, {@code null} for the
     *     agency's plan; likewise {@code periodFrom} and {@code periodTo}, the first day and the cut-off
     */
    public Obligation(
            long documentId,
            Agency agency,
            ObligationKind kind,
            String periodLabel,
            LocalDate periodFrom,
            LocalDate periodTo,
            LocalDate dueOn) {
        this.documentId = documentId;
        this.agency = Objects.requireNonNull(agency, "agency");
        this.kind = Objects.requireNonNull(kind, "kind");
        if ((kind == ObligationKind.PERIODIC) != (periodLabel != null)) {
            throw new IllegalArgumentException(
                    "A period report has a period and an agency's plan none: " + kind + " " + periodLabel);
        }
        this.periodLabel = periodLabel;
        this.periodFrom = periodFrom;
        this.periodTo = periodTo;
        this.dueOn = Objects.requireNonNull(dueOn, "dueOn");
        this.originalDueOn = dueOn;
        this.status = ObligationStatus.PENDING;
        this.orphaned = false;
    }

    /**
     * Takes the due date the regime now asks for (the document's deadline or the calendar changed):
     * a new regime, not an extension granted to the agency, so the original due date moves. An
     * extension granted before still holds: the deadline is the later of the two dates (D-027), so a
     * regime change never takes back time the secretariat gave, and never gives an extended agency
     * less than everyone else gets.
     */
    public void reschedule(LocalDate dueOn) {
        this.originalDueOn = Objects.requireNonNull(dueOn, "dueOn");
        this.dueOn = extendedDueOn != null && extendedDueOn.isAfter(originalDueOn) ? extendedDueOn : originalDueOn;
    }

    /**
     * The secretariat granted an extension (gia hạn) to {@code grantedDueOn}: it becomes the deadline,
     * and the original due date stays as the regime set it. A later grant replaces an earlier one.
     *
     * @throws IllegalArgumentException unless the date is after the current deadline: a grant gives
     *     time, it never takes any back (the boundary says so to the client first)
     */
    @Override
    public void extendTo(LocalDate grantedDueOn) {
        Objects.requireNonNull(grantedDueOn, "grantedDueOn");
        if (!grantedDueOn.isAfter(dueOn)) {
            throw new IllegalArgumentException(
                    "An extension to " + grantedDueOn + " is not after the deadline " + dueOn + " of obligation " + id);
        }
        this.extendedDueOn = grantedDueOn;
        this.dueOn = grantedDueOn;
    }

    /**
     * Whether the agency may still ask for more time: only while it has not sent its report (no
     * report, a draft, or one returned to it) and the obligation is still asked for.
     */
    public boolean mayBeExtended() {
        return !orphaned
                && (status == ObligationStatus.PENDING
                        || status == ObligationStatus.DRAFT
                        || status == ObligationStatus.RETURNED);
    }

    /**
     * @throws Conflict when the report was already sent or the obligation is no longer asked for (D-027)
     */
    @Override
    public void requireOpenToRequest() {
        if (!mayBeExtended()) {
            throw new Conflict(
                    orphaned
                            ? "Nghĩa vụ này không còn được yêu cầu, không thể gia hạn / This obligation is no longer asked"
                                    + " for and cannot be extended"
                            : "Báo cáo đã gửi (" + status + "), không cần gia hạn / The report was already sent ("
                                    + status + "): no extension is needed");
        }
    }

    /** @throws Conflict once the secretariat accepted the report: accepting closes the matter (D-027) */
    @Override
    public void requireOpenToGrant() {
        if (status == ObligationStatus.ACCEPTED) {
            throw new Conflict("Báo cáo đã được tiếp nhận, không cần gia hạn: hãy từ chối đề nghị / The report was"
                    + " accepted and needs no extension: refuse the request");
        }
    }

    /** No longer asked for, but a report exists: kept as it is for the secretariat to decide. */
    public void orphan() {
        this.orphaned = true;
    }

    /**
     * Takes the status of its report's latest version, and when that version was submitted: the
     * obligation is what lists and filters read, the report is where the workflow is decided.
     */
    public void follow(Report latest) {
        if (latest.obligation() != this) {
            throw new IllegalArgumentException("Report " + latest.id() + " is not of obligation " + id);
        }
        this.status = latest.status();
        this.submittedAt = latest.submittedAt();
        if (RECEIVED.contains(status)) {
            if (receivedAt == null) {
                receivedAt = submittedAt;
            }
        } else if (latest.number() == 1) {
            // A first version drafted again or returned: nothing stands. A correction (version 2 and
            // later) starts from an accepted version, which stays received whatever becomes of it.
            receivedAt = null;
        }
    }

    /** Asked for again: no longer orphaned. */
    public void adopt() {
        this.orphaned = false;
    }

    public Long id() {
        return id;
    }

    public long documentId() {
        return documentId;
    }

    @Override
    public Agency agency() {
        return agency;
    }

    public ObligationKind kind() {
        return kind;
    }

    /** {@code 2024-H1}, or {@code null} for an agency's plan. */
    public String periodLabel() {
        return periodLabel;
    }

    public LocalDate periodFrom() {
        return periodFrom;
    }

    public LocalDate periodTo() {
        return periodTo;
    }

    @Override
    public LocalDate dueOn() {
        return dueOn;
    }

    /** The due date the regime sets, before any extension; {@link #dueOn} is never before it. */
    @Override
    public LocalDate originalDueOn() {
        return originalDueOn;
    }

    /** The date an approved extension granted, or {@code null} when none was. */
    public LocalDate extendedDueOn() {
        return extendedDueOn;
    }

    public ObligationStatus status() {
        return status;
    }

    public boolean orphaned() {
        return orphaned;
    }

    /** When the report was submitted, or {@code null}. */
    public Instant submittedAt() {
        return submittedAt;
    }

    /**
     * When the report that stands reached the reviewers: the submission that put it with them. A
     * return of the first version takes it back, a resubmission gives it again; a correction of an
     * accepted report keeps the first receipt. {@code null} while nothing stands. Reporting rates and
     * timeliness count this, not {@link #submittedAt}, which a correction moves.
     */
    public Instant receivedAt() {
        return receivedAt;
    }

    /**
     * Whether a report in this status stands received (with the reviewers, or accepted): the
     * obligation is no longer overdue, whatever the day.
     */
    public static boolean isReceived(ObligationStatus status) {
        return RECEIVED.contains(status);
    }

    /** Whether a report was started or submitted: work a regeneration must never lose. */
    public boolean hasReport() {
        return status != ObligationStatus.PENDING;
    }
}
