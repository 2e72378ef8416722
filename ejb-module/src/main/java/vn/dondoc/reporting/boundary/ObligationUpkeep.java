package vn.dondoc.reporting.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import vn.dondoc.calendar.boundary.CalendarChanged;
import vn.dondoc.documents.boundary.DocumentChanged;
import vn.dondoc.items.boundary.AssignmentsChanged;
import vn.dondoc.reporting.control.ObligationSync;

/**
 * Keeps obligations in step with what they come from, inside the transaction of the change that
 * moved them: an import or a new regime, a change of assignments, moved days. The observers run synchronously in
 * the firing boundary's transaction, whose entity manager is already bound to its tenant, so a
 * refused change leaves the obligations as they were too.
 */
@ApplicationScoped
public class ObligationUpkeep {

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    void onDocument(@Observes DocumentChanged changed) {
        new ObligationSync(em).sync(changed.documentId(), today());
    }

    void onAssignments(@Observes AssignmentsChanged changed) {
        new ObligationSync(em).sync(changed.documentId(), today());
    }

    /** Due dates are counted in working days, so moved days may move any document's. */
    void onCalendar(@Observes CalendarChanged changed) {
        new ObligationSync(em).syncAll(today());
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
