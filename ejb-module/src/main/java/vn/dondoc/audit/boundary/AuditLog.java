package vn.dondoc.audit.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import vn.dondoc.audit.entity.AuditRecord;
import vn.dondoc.platform.boundary.Page;
import vn.dondoc.platform.security.Role;
import vn.dondoc.tenancy.boundary.TenantBound;
import vn.dondoc.tenancy.boundary.TenantId;

/** The tenant's audit trail: read by its administrators, appended to by the interceptor only. */
@Stateless
@TenantBound
public class AuditLog {

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
        em.persist(record);
    }
}
