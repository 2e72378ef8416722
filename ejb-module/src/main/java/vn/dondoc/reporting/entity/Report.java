package vn.dondoc.reporting.entity;

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
import jakarta.persistence.Lob;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import vn.dondoc.platform.boundary.Conflict;
import vn.dondoc.tenancy.entity.TenantOwned;

/**
 * One version of an agency's report on one obligation (báo cáo): a summary, an entry per item, the
 * files, and where it stands in review. It moves DRAFT → SUBMITTED (the officer) → APPROVED (the
 * agency's head) → ACCEPTED (the focal agency), or back to RETURNED with a comment, to be edited and
 * submitted again; any other move is a {@link Conflict}. An accepted version is never changed: a
 * correction is the next version ({@link #correction}), which starts as a copy.
 */
@Entity
@Table(name = "report")
@NamedQuery(
        name = Report.LATEST,
        query = "SELECT r FROM Report r WHERE r.obligation.id = :obligation ORDER BY r.number DESC")
@NamedQuery(
        name = Report.LAST_ACCEPTED_BEFORE,
        query = "SELECT r FROM Report r JOIN r.obligation o WHERE o.documentId = :document "
                + "AND o.agency.id = :agency AND o.kind = :kind AND o.periodTo < :before "
                + "AND r.status = vn.dondoc.reporting.entity.ObligationStatus.ACCEPTED "
                + "ORDER BY o.periodTo DESC, r.number DESC")
public class Report extends TenantOwned {

    public static final String LATEST = "Report.latest";
    public static final String LAST_ACCEPTED_BEFORE = "Report.lastAcceptedBefore";

    private static final Set<ObligationStatus> EDITABLE = EnumSet.of(ObligationStatus.DRAFT, ObligationStatus.RETURNED);

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "obligation_id", updatable = false)
    private Obligation obligation;

    @Column(nullable = false, updatable = false)
    private int number;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ObligationStatus status;

    @Lob
    private String summary;

    @OneToMany(mappedBy = "report", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<ReportEntry> entries = new ArrayList<>();

    @OneToMany(mappedBy = "report", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("id")
    private List<ReportAttachment> attachments = new ArrayList<>();

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "submitted_at")
    private Instant submittedAt;

    @Version
    private long version;

    protected Report() {}

    /** The first version of the report on {@code obligation}: an empty draft. */
    public Report(Obligation obligation, Instant at) {
        this(obligation, 1, at);
    }

    private Report(Obligation obligation, int number, Instant at) {
        this.obligation = Objects.requireNonNull(obligation, "obligation");
        this.number = number;
        this.status = ObligationStatus.DRAFT;
        this.createdAt = Objects.requireNonNull(at, "at");
        this.updatedAt = at;
    }

    /**
     * The next version of an accepted report, to correct it: a draft holding the same summary,
     * entries and files (the files' bytes are shared, not copied). This version stays as it is.
     *
     * @throws Conflict unless this version was accepted
     */
    public Report correction(Instant at) {
        if (status != ObligationStatus.ACCEPTED) {
            throw new Conflict(
                    "Chỉ báo cáo đã tiếp nhận mới cần bản sửa / Only an accepted report is corrected by a new"
                            + " version (this one is " + status + ")");
        }
        Report next = new Report(obligation, number + 1, at);
        next.summary = summary;
        for (ReportEntry entry : entries) {
            next.entries.add(entry.copyInto(next));
        }
        for (ReportAttachment attachment : attachments) {
            next.attachments.add(attachment.copyInto(next));
        }
        return next;
    }

    /**
     * Rewrites the draft: its summary and its entries, in place, position by position.
     *
     * @throws Conflict when the report is with a reviewer or accepted
     */
    public void write(String summary, List<EntryContent> content, Instant at) {
        requireEditable();
        this.summary = summary;
        for (int i = 0; i < content.size(); i++) {
            if (i < entries.size()) {
                entries.get(i).write(content.get(i));
            } else {
                entries.add(new ReportEntry(this, i, content.get(i)));
            }
        }
        while (entries.size() > content.size()) {
            entries.remove(entries.size() - 1);
        }
        touch(at);
    }

    /** Adds a file to the draft. @throws Conflict when the report is not a draft any more */
    public ReportAttachment attach(
            AttachmentContent content, String fileName, String contentType, String actor, Instant at) {
        requireEditable();
        ReportAttachment attachment = new ReportAttachment(this, content, fileName, contentType, actor, at);
        attachments.add(attachment);
        touch(at);
        return attachment;
    }

    /** Removes a file from the draft. @throws Conflict when the report is not a draft any more */
    public void detach(ReportAttachment attachment, Instant at) {
        requireEditable();
        attachments.remove(attachment);
        touch(at);
    }

    /** The officer sends it: from a draft or a returned report. */
    public void submit(Instant at) {
        move(EDITABLE, ObligationStatus.SUBMITTED, at);
        this.submittedAt = at;
    }

    /** The agency's head approves what the officer submitted. */
    public void approve(Instant at) {
        move(EnumSet.of(ObligationStatus.SUBMITTED), ObligationStatus.APPROVED, at);
    }

    /** The focal agency accepts an approved report: the obligation is met. */
    public void accept(Instant at) {
        move(EnumSet.of(ObligationStatus.APPROVED), ObligationStatus.ACCEPTED, at);
    }

    /**
     * Sends it back for revision from where the returning reviewer holds it: the agency's head from
     * {@code SUBMITTED}, the focal agency from {@code APPROVED}.
     */
    public void returnForRevision(ObligationStatus from, Instant at) {
        move(EnumSet.of(from), ObligationStatus.RETURNED, at);
    }

    private void move(Set<ObligationStatus> from, ObligationStatus to, Instant at) {
        if (!from.contains(status)) {
            throw new Conflict("Báo cáo đang ở trạng thái " + status + ", không thể chuyển sang " + to
                    + " / The report is " + status + " and cannot become " + to + " (it must be " + from + ")");
        }
        this.status = to;
        touch(at);
    }

    private void requireEditable() {
        if (!EDITABLE.contains(status)) {
            throw new Conflict("Báo cáo đang ở trạng thái " + status + ", không sửa được / The report is " + status
                    + " and cannot be edited"
                    + (status == ObligationStatus.ACCEPTED ? "; a correction starts a new version" : ""));
        }
    }

    private void touch(Instant at) {
        this.updatedAt = Objects.requireNonNull(at, "at");
    }

    public boolean editable() {
        return EDITABLE.contains(status);
    }

    public Long id() {
        return id;
    }

    public Obligation obligation() {
        return obligation;
    }

    /** 1 for the report, 2 for its first correction after acceptance, and so on. */
    public int number() {
        return number;
    }

    public ObligationStatus status() {
        return status;
    }

    public String summary() {
        return summary;
    }

    public List<ReportEntry> entries() {
        return List.copyOf(entries);
    }

    public List<ReportAttachment> attachments() {
        return List.copyOf(attachments);
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public Instant submittedAt() {
        return submittedAt;
    }

    /** The optimistic lock's version: what the report's ETag is made of. */
    public long lockVersion() {
        return version;
    }
}
