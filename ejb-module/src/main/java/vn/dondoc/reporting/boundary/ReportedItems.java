package vn.dondoc.reporting.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Set;
import vn.dondoc.documents.boundary.ItemsLeaving;

/**
 * Keeps every item a report speaks of when a re-import no longer prints it, so that no report loses
 * its subject. Asked inside the import's transaction (D-022); nothing is written on a report's save,
 * which a deadline-day burst of saves on one document would otherwise queue behind (benchmarks.md).
 */
@ApplicationScoped
public class ReportedItems {

    @PersistenceContext
    EntityManager em;

    void keepReported(@Observes ItemsLeaving leaving) {
        leaving.keep(among(em, leaving.leaving()));
    }

    /** Those of {@code items} that an entry of a report, of any version, speaks of. */
    public static List<Long> among(EntityManager em, Set<Long> items) {
        if (items.isEmpty()) {
            return List.of();
        }
        return em.createQuery("SELECT DISTINCT e.itemId FROM ReportEntry e WHERE e.itemId IN :items", Long.class)
                .setParameter("items", items)
                .getResultList();
    }
}
