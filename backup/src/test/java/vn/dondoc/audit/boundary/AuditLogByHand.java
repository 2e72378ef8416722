package vn.dondoc.audit.boundary;

import jakarta.persistence.EntityManager;

/** An {@link AuditLog} on a given entity manager, outside the container, for the round trip. */
public final class AuditLogByHand {

    private AuditLogByHand() {}

    public static AuditLog on(EntityManager em) {
        AuditLog log = new AuditLog();
        log.em = em;
        return log;
    }
}
