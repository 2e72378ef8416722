package vn.dondoc.reporting.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Set;
import vn.dondoc.documents.boundary.ItemsLeaving;
import vn.dondoc.reporting.entity.Extension;

/**
 * Keeps every item an agency asked more time on when a re-import no longer prints it: a request is
 * the agency's word on the record, as a report is, and its history (and the deadline granted) must
 * survive; the foreign key from {@code extension} would refuse the delete anyway (D-031). Asked
 * inside the import's transaction (D-022).
 */
@ApplicationScoped
public class ExtendedItems {

    @PersistenceContext
    EntityManager em;

    void keepExtended(@Observes ItemsLeaving leaving) {
        leaving.keep(among(em, leaving.leaving()));
    }

    /** Those of {@code items} that a request for more time, decided or not, is about. */
    public static List<Long> among(EntityManager em, Set<Long> items) {
        if (items.isEmpty()) {
            return List.of();
        }
        return em.createNamedQuery(Extension.ITEMS_AMONG, Long.class)
                .setParameter("items", items)
                .getResultList();
    }
}
