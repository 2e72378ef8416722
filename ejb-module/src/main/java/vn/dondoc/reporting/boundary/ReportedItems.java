package vn.dondoc.reporting.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import vn.dondoc.documents.boundary.ItemsLeaving;
import vn.dondoc.reporting.entity.Extension;

/**
 * Keeps every item a report speaks of, or an agency asked more time on, when a re-import no longer
 * prints it, so that no report loses its subject and no request (the agency's word on the record,
 * with the deadline it may have been granted) loses its item (D-031); the foreign key from {@code
 * extension} would refuse the delete anyway. Asked inside the import's transaction (D-022); nothing
 * is written on a report's save, which a deadline-day burst of saves on one document would otherwise
 * queue behind (benchmarks.md).
 */
@ApplicationScoped
public class ReportedItems {

    @PersistenceContext
    EntityManager em;

    void keepReported(@Observes ItemsLeaving leaving) {
        leaving.keep(among(em, leaving.leaving()));
    }

    /**
     * Those of {@code items} that an entry of a report, of any version, speaks of, or that a request
     * for more time, decided or not, is about.
     */
    public static List<Long> among(EntityManager em, Set<Long> items) {
        if (items.isEmpty()) {
            return List.of();
        }
        Set<Long> held = new HashSet<>(
                em.createQuery("SELECT DISTINCT e.itemId FROM ReportEntry e WHERE e.itemId IN :items", Long.class)
                        .setParameter("items", items)
                        .getResultList());
        held.addAll(em.createNamedQuery(Extension.ITEMS_AMONG, Long.class)
                .setParameter("items", items)
                .getResultList());
        return List.copyOf(held);
    }
}
