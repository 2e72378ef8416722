package vn.dondoc.targets.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import vn.dondoc.documents.boundary.DocumentChanged;
import vn.dondoc.items.boundary.ItemsChanged;
import vn.dondoc.platform.security.CallerIdentity;
import vn.dondoc.targets.control.PlanTargets;

/**
 * Keeps the targets a plan states in step with it, in the transaction of the import or item edit
 * that changed it (D-022: synchronous, same tenant), so a refused import leaves them as they were.
 */
@ApplicationScoped
public class TargetUpkeep {

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    CallerIdentity caller;

    void onDocument(@Observes DocumentChanged changed) {
        sync(changed.documentId());
    }

    void onItems(@Observes ItemsChanged changed) {
        sync(changed.documentId());
    }

    private void sync(long documentId) {
        String by = caller.principal().map(p -> p.getName()).orElse("system");
        new PlanTargets(em).sync(documentId, by, clock.instant());
    }
}
