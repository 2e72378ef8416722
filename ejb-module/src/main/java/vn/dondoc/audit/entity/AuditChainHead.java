package vn.dondoc.audit.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.Objects;
import vn.dondoc.tenancy.entity.TenantOwned;

/**
 * The head of one tenant's audit chain (D-042): the last place given in the chain and that
 * record's hash. An append holds this row locked until its transaction ends, so the tenant's
 * records take their places one at a time. One row per tenant: its id is always 1, the tenant
 * (added to every read by EclipseLink) makes it unique.
 */
@Entity
@Table(name = "audit_chain")
public class AuditChainHead extends TenantOwned {

    /** The one row's id in every tenant. */
    public static final byte ID = 1;

    /** The hash before the first record of a chain. */
    public static final String GENESIS = "0".repeat(64);

    @Id
    @Column(name = "id")
    private byte id = ID;

    // Never written by EclipseLink's own UPDATE, which names the row by its id alone (the same 1
    // in every tenant) and so would move every tenant's head: AuditChain moves it with a bulk
    // update, which EclipseLink limits to the bound tenant (D-042, measured).
    @Column(name = "last_seq", nullable = false, updatable = false)
    private long lastSeq;

    @Column(name = "last_hash", nullable = false, length = 64, updatable = false)
    private String lastHash;

    @Column(name = "started_after_id", nullable = false, updatable = false)
    private long startedAfterId;

    protected AuditChainHead() {}

    /** The head of a chain that starts now, after the tenant's records up to {@code lastRecordId}. */
    public static AuditChainHead startingAfter(long lastRecordId) {
        AuditChainHead head = new AuditChainHead();
        head.lastSeq = 0;
        head.lastHash = GENESIS;
        head.startedAfterId = lastRecordId;
        return head;
    }

    /** Gives {@code record} the next place in the chain and moves the head onto it. */
    public void append(AuditRecord record) {
        Objects.requireNonNull(record, "record");
        record.takePlace(lastSeq + 1, lastHash);
        lastSeq = record.chainSeq();
        lastHash = record.recordHash();
    }

    public long lastSeq() {
        return lastSeq;
    }

    public String lastHash() {
        return lastHash;
    }

    /** Records with an id up to this one were written before the chain began. */
    public long startedAfterId() {
        return startedAfterId;
    }
}
