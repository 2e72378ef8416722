package vn.dondoc.audit.control;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.util.Objects;
import vn.dondoc.audit.entity.AuditChainHead;
import vn.dondoc.audit.entity.AuditRecord;

/**
 * Appends audit records to the bound tenant's chain (D-042), in the caller's transaction: the
 * head is read locked ({@code SELECT … FOR UPDATE}) and stays locked until that transaction ends,
 * so the tenant's appends take turns and a rolled-back append leaves the head as it was.
 */
public final class AuditChain {

    private final EntityManager em;

    public AuditChain(EntityManager em) {
        this.em = Objects.requireNonNull(em, "em");
    }

    /** Gives {@code record} the next place in the chain and stores it. */
    public void append(AuditRecord record) {
        AuditChainHead head = lockedHead();
        head.append(record);
        em.persist(record);
        em.createQuery("UPDATE AuditChainHead h SET h.lastSeq = :seq, h.lastHash = :hash")
                .setParameter("seq", head.lastSeq())
                .setParameter("hash", head.lastHash())
                .executeUpdate();
    }

    /**
     * The head, locked. A tenant created after the migration that gave every tenant its head gets
     * one at its first record (the start-up installer's, written before any user can sign in).
     */
    private AuditChainHead lockedHead() {
        return em.createQuery("SELECT h FROM AuditChainHead h", AuditChainHead.class)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultStream()
                .findFirst()
                .orElseGet(() -> {
                    Long last = em.createQuery("SELECT MAX(r.id) FROM AuditRecord r", Long.class)
                            .getSingleResult();
                    AuditChainHead head = AuditChainHead.startingAfter(last == null ? 0 : last);
                    em.persist(head);
                    return head;
                });
    }

    /** The head as this transaction sees it, unlocked: for verification. */
    public static AuditChainHead head(EntityManager em) {
        return em.createQuery("SELECT h FROM AuditChainHead h", AuditChainHead.class)
                .getResultStream()
                .findFirst()
                .orElse(AuditChainHead.startingAfter(0));
    }
}
