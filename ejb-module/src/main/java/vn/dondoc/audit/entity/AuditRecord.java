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
public class AuditRecord extends TenantOwned {

    public static final String NEWEST_FIRST = "AuditRecord.newestFirst";
    public static final String COUNT = "AuditRecord.count";

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

    protected AuditRecord() {}

    public AuditRecord(
            Instant occurredAt,
            String username,
            String roles,
            String action,
            String target,
            Outcome outcome,
            String detail) {
        this.occurredAt = Objects.requireNonNull(occurredAt);
        this.username = Objects.requireNonNull(username);
        this.roles = Objects.requireNonNull(roles);
        this.action = Objects.requireNonNull(action);
        this.target = truncate(target, 255);
        this.outcome = Objects.requireNonNull(outcome);
        this.detail = truncate(detail, 1000);
    }

    private static String truncate(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max);
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
}
