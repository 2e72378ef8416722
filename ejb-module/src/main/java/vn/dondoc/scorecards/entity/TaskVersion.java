package vn.dondoc.scorecards.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.TableGenerator;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import vn.dondoc.tenancy.entity.TenantOwned;

/**
 * One version of a task's facts in the scorecard's ledger (sổ theo dõi): what was known of it from
 * {@code validFrom} until {@code validTo} (open while {@code null}). A change closes the open version
 * and opens another; nothing else is ever written, so the scorecard as of any past moment reads what
 * was known then (D-032). Ids come in blocks from {@code id_block}, so that thousands of versions
 * written at once go to the database in JDBC batches.
 */
@Entity
@Table(name = "task_version")
@TableGenerator(
        name = "task_version_ids",
        table = "id_block",
        pkColumnName = "name",
        valueColumnName = "next_value",
        pkColumnValue = "task_version",
        allocationSize = 1000)
public class TaskVersion extends TenantOwned {

    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "task_version_ids")
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false, length = 16)
    private TaskKind kind;

    @Column(name = "subject_id", nullable = false, updatable = false)
    private long subjectId;

    @Column(name = "document_id", nullable = false, updatable = false)
    private long documentId;

    @Column(name = "agency_id", nullable = false, updatable = false)
    private long agencyId;

    @Column(name = "period_label", updatable = false, length = 16)
    private String periodLabel;

    @Column(name = "due_on", nullable = false, updatable = false)
    private LocalDate dueOn;

    @Column(name = "original_due_on", nullable = false, updatable = false)
    private LocalDate originalDueOn;

    @Column(name = "done_on", updatable = false)
    private LocalDate doneOn;

    @Column(name = "valid_from", nullable = false, updatable = false)
    private Instant validFrom;

    @Column(name = "valid_to")
    private Instant validTo;

    protected TaskVersion() {}

    /** The facts known from {@code from} on. */
    public TaskVersion(TaskFacts facts, Instant from) {
        this.kind = facts.kind();
        this.subjectId = facts.subjectId();
        this.documentId = facts.documentId();
        this.agencyId = facts.agencyId();
        this.periodLabel = facts.periodLabel();
        this.dueOn = facts.dueOn();
        this.originalDueOn = facts.originalDueOn();
        this.doneOn = facts.doneOn();
        this.validFrom = Objects.requireNonNull(from, "from");
    }

    /**
     * No longer what is known, from {@code at} on.
     *
     * @throws IllegalStateException when it was closed already: a version closes once
     */
    public void close(Instant at) {
        Objects.requireNonNull(at, "at");
        if (validTo != null) {
            throw new IllegalStateException("Task version " + id + " was closed at " + validTo);
        }
        this.validTo = at.isBefore(validFrom) ? validFrom : at;
    }

    public TaskFacts facts() {
        return new TaskFacts(kind, subjectId, agencyId, documentId, periodLabel, dueOn, originalDueOn, doneOn);
    }

    public Long id() {
        return id;
    }

    public Instant validFrom() {
        return validFrom;
    }

    /** When it stopped being what is known, or {@code null} while it is. */
    public Instant validTo() {
        return validTo;
    }
}
