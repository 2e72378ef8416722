package vn.dondoc.reporting.boundary;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Every night, brings each tenant's obligations up to the new day, one tenant per transaction,
 * naming the tenant explicitly: a job has no signed-in caller. Regeneration is idempotent, so a
 * second server or a missed night only catches up.
 */
@Singleton
public class ObligationsDaily {

    private static final Logger LOG = Logger.getLogger(ObligationsDaily.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    Obligations obligations;

    @Schedule(hour = "1", minute = "15", persistent = false)
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void regenerateEveryTenant() {
        List<String> tenants = em.createQuery("SELECT t.id FROM Tenant t ORDER BY t.id", String.class)
                .getResultList();
        for (String tenant : tenants) {
            try {
                obligations.regenerate(tenant);
            } catch (RuntimeException e) {
                // One tenant's failure must not keep the others' obligations from the new day.
                LOG.log(Level.WARNING, e, () -> "Obligations of tenant " + tenant + " not regenerated");
            }
        }
    }
}
