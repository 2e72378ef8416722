package vn.dondoc.audit.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import vn.dondoc.tenancy.entity.TenantOwned;

/**
 * Who did what, when, and how it ended (nhật ký thao tác). Written once by the audit interceptor,
 * never changed: the entity has no setters and the table refuses UPDATE and DELETE.
 */
@Entity
@Table(name = "audit_record")
@NamedQuery(
        name = AuditRecord.NEWEST_FIRST,
        query = "SELECT r FROM AuditRecord r ORDER BY r.occurredAt DESC, r.id DESC")
@NamedQuery(name = AuditRecord.COUNT, query = "SELECT COUNT(r) FROM AuditRecord r")
@NamedQuery(
        name = AuditRecord.CHAIN_AFTER,
        query = "SELECT r FROM AuditRecord r WHERE r.chainSeq > :after ORDER BY r.chainSeq")
@NamedQuery(
        name = AuditRecord.UNCHAINED_AFTER,
        query = "SELECT r FROM AuditRecord r WHERE r.chainSeq IS NULL AND r.id > :after ORDER BY r.id")
@NamedQuery(
        name = AuditRecord.COUNT_BEFORE_CHAIN,
        query = "SELECT COUNT(r) FROM AuditRecord r WHERE r.chainSeq IS NULL AND r.id <= :after")
public class AuditRecord extends TenantOwned {

    public static final String NEWEST_FIRST = "AuditRecord.newestFirst";
    public static final String COUNT = "AuditRecord.count";
    public static final String CHAIN_AFTER = "AuditRecord.chainAfter";
    public static final String UNCHAINED_AFTER = "AuditRecord.unchainedAfter";
    public static final String COUNT_BEFORE_CHAIN = "AuditRecord.countBeforeChain";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    private Instant occurredAt;

    @Column(nullable = false, updatable = false)
    private String username;

    @Column(nullable = false, updatable = false)
    private String roles;

    @Column(nullable = false, updatable = false)
    private String action;

    @Column(updatable = false)
    private String target;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private Outcome outcome;

    @Column(updatable = false)
    private String detail;

    @Column(name = "chain_seq", updatable = false)
    private Long chainSeq;

    @Column(name = "previous_hash", updatable = false, length = 64)
    private String previousHash;

    @Column(name = "record_hash", updatable = false, length = 64)
    private String recordHash;

    protected AuditRecord() {}

    public AuditRecord(
            Instant occurredAt,
            String username,
            String roles,
            String action,
            String target,
            Outcome outcome,
            String detail) {
        // The column keeps microseconds: the hash is over what is stored, so it is cut here.
        this.occurredAt = Objects.requireNonNull(occurredAt).truncatedTo(ChronoUnit.MICROS);
        this.username = Objects.requireNonNull(username);
        this.roles = Objects.requireNonNull(roles);
        this.action = Objects.requireNonNull(action);
        this.target = truncate(target, 255);
        this.outcome = Objects.requireNonNull(outcome);
        this.detail = truncate(detail, 1000);
    }

    /** At most {@code max} characters as the column counts them (code points), never half a pair. */
    private static String truncate(String text, int max) {
        if (text == null || text.codePointCount(0, text.length()) <= max) {
            return text;
        }
        return text.substring(0, text.offsetByCodePoints(0, max));
    }

    /**
     * Takes place {@code seq} in the tenant's chain after the record whose hash is {@code
     * previousHash}, and seals the record with its own hash. Once only, before it is stored.
     */
    void takePlace(long seq, String previousHash) {
        if (chainSeq != null) {
            throw new IllegalStateException("audit record already has its place " + chainSeq);
        }
        this.chainSeq = seq;
        this.previousHash = Objects.requireNonNull(previousHash, "previousHash");
        this.recordHash = AuditHash.of(this);
    }

    /** The hash this record's fields give now; differs from {@link #recordHash()} once edited. */
    public String computedHash() {
        return AuditHash.of(this);
    }

    public Long id() {
        return id;
    }

    public Instant occurredAt() {
        return occurredAt;
    }

    public String username() {
        return username;
    }

    public String roles() {
        return roles;
    }

    public String action() {
        return action;
    }

    public String target() {
        return target;
    }

    public Outcome outcome() {
        return outcome;
    }

    public String detail() {
        return detail;
    }

    /** The record's place in its tenant's chain; null for a record written before the chain began. */
    public Long chainSeq() {
        return chainSeq;
    }

    public String previousHash() {
        return previousHash;
    }

    public String recordHash() {
        return recordHash;
    }
}
