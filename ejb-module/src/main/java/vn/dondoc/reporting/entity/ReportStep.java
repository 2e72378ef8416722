package vn.dondoc.reporting.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import vn.dondoc.tenancy.entity.TenantOwned;

/**
 * One step in the life of an obligation's report, kept for ever: what was done to which version,
 * the status it left, who, when, and the reviewer's comment. A submit remembers the client's
 * {@code Idempotency-Key}, so that a retry finds this step instead of submitting again.
 */
@Entity
@Table(name = "report_step")
@NamedQuery(
        name = ReportStep.OF_OBLIGATION,
        query = "SELECT s FROM ReportStep s WHERE s.obligationId = :obligation ORDER BY s.at, s.id")
@NamedQuery(
        name = ReportStep.BY_KEY,
        query = "SELECT s FROM ReportStep s WHERE s.obligationId = :obligation AND s.idempotencyKey = :key")
public class ReportStep extends TenantOwned {

    public static final String OF_OBLIGATION = "ReportStep.ofObligation";
    public static final String BY_KEY = "ReportStep.byKey";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "obligation_id", nullable = false, updatable = false)
    private long obligationId;

    @Column(name = "report_number", nullable = false, updatable = false)
    private int reportNumber;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false, length = 16)
    private StepAction action;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false, length = 16)
    private ObligationStatus status;

    @Column(nullable = false, updatable = false, length = 190)
    private String actor;

    @Column(nullable = false, updatable = false)
    private Instant at;

    @Lob
    @Column(updatable = false)
    private String comment;

    @Column(name = "idempotency_key", updatable = false, length = 128)
    private String idempotencyKey;

    protected ReportStep() {}

    /** The step {@code action} just taken on {@code report}, which now stands at its status. */
    public ReportStep(Report report, StepAction action, String actor, Instant at, String comment, String key) {
        this.obligationId = report.obligation().id();
        this.reportNumber = report.number();
        this.action = Objects.requireNonNull(action, "action");
        this.status = report.status();
        this.actor = Objects.requireNonNull(actor, "actor");
        this.at = Objects.requireNonNull(at, "at");
        this.comment = comment;
        this.idempotencyKey = key;
    }

    public Long id() {
        return id;
    }

    public long obligationId() {
        return obligationId;
    }

    public int reportNumber() {
        return reportNumber;
    }

    public StepAction action() {
        return action;
    }

    public ObligationStatus status() {
        return status;
    }

    public String actor() {
        return actor;
    }

    public Instant at() {
        return at;
    }

    public String comment() {
        return comment;
    }

    public String idempotencyKey() {
        return idempotencyKey;
    }
}
