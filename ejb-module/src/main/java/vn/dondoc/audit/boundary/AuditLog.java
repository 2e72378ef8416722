package vn.dondoc.audit.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import vn.dondoc.audit.control.AuditChain;
import vn.dondoc.audit.control.ChainCheck;
import vn.dondoc.audit.control.ChainReport;
import vn.dondoc.audit.entity.AuditChainHead;
import vn.dondoc.audit.entity.AuditRecord;
import vn.dondoc.platform.boundary.Page;
import vn.dondoc.platform.security.Role;
import vn.dondoc.tenancy.boundary.TenantBound;
import vn.dondoc.tenancy.boundary.TenantId;

/** The tenant's audit trail: read by its administrators, appended to by the interceptor only. */
@Stateless
@TenantBound
public class AuditLog {

    private static final int PAGE = 1000;

    @PersistenceContext
    EntityManager em;

    @ReadOnly
    @RolesAllowed(Role.Names.ADMIN)
    public Page<AuditRecord> newestFirst(int page, int size) {
        List<AuditRecord> records = em.createNamedQuery(AuditRecord.NEWEST_FIRST, AuditRecord.class)
                .setFirstResult(page * size)
                .setMaxResults(size)
                .getResultList();
        long total = em.createNamedQuery(AuditRecord.COUNT, Long.class).getSingleResult();
        return new Page<>(records, page, size, total);
    }

    /**
     * Keeps the record of a call whose own transaction rolled back. Not callable by clients: the web layer never exposes it.
     */
    @AuditExempt("it is the audit record of another call")
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void recordApart(@TenantId String tenant, AuditRecord record) {
        new AuditChain(em).append(record);
    }

    /**
     * Checks the tenant's whole audit chain (D-042): every record's hash, every link, no place
     * empty, nothing cut off at the end and no record without a place after the chain began. Read
     * in pages of {@value #PAGE} records, so that a long trail does not fill the memory.
     */
    @ReadOnly
    @RolesAllowed(Role.Names.ADMIN)
    public ChainReport verify() {
        AuditChainHead head = AuditChain.head(em);
        ChainCheck check = new ChainCheck();
        long after = 0;
        List<AuditRecord> page;
        do {
            page = em.createNamedQuery(AuditRecord.CHAIN_AFTER, AuditRecord.class)
                    .setParameter("after", after)
                    .setMaxResults(PAGE)
                    .getResultList();
            page.forEach(check::next);
            if (!page.isEmpty()) {
                after = page.get(page.size() - 1).chainSeq();
            }
            em.clear();
        } while (page.size() == PAGE);
        em.createNamedQuery(AuditRecord.UNCHAINED_AFTER, AuditRecord.class)
                .setParameter("after", head.startedAfterId())
                .setMaxResults(ChainCheck.LISTED)
                .getResultList()
                .forEach(check::unchained);
        long beforeChain = em.createNamedQuery(AuditRecord.COUNT_BEFORE_CHAIN, Long.class)
                .setParameter("after", head.startedAfterId())
                .getSingleResult();
        return check.result(head, beforeChain);
    }
}
