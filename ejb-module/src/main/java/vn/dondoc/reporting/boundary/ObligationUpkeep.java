package vn.dondoc.reporting.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import vn.dondoc.agencies.boundary.GroupMembersChanged;
import vn.dondoc.calendar.boundary.CalendarChanged;
import vn.dondoc.documents.boundary.DocumentChanged;
import vn.dondoc.items.boundary.ItemsChanged;
import vn.dondoc.reporting.control.ObligationSync;

/**
 * Keeps obligations in step with what they come from, inside the transaction of the change that
 * moved them: an import or a new regime, a change of assignments, moved days, a group's new members,
 * the tenant's new default sending deadline. The observers run synchronously in
 * the firing boundary's transaction, whose entity manager is already bound to its tenant, so a
 * refused change leaves the obligations as they were too.
 */
@ApplicationScoped
public class ObligationUpkeep {

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    Event<TasksChanged> tasksChanged;

    void onDocument(@Observes DocumentChanged changed) {
        new ObligationSync(em).sync(changed.documentId(), today());
        tasksChanged.fire(TasksChanged.document(changed.documentId()));
    }

    void onItems(@Observes ItemsChanged changed) {
        new ObligationSync(em).sync(changed.documentId(), today());
        tasksChanged.fire(TasksChanged.document(changed.documentId()));
    }

    /** Due dates are counted in working days, so moved days may move any document's. */
    void onCalendar(@Observes CalendarChanged changed) {
        new ObligationSync(em).syncAll(today());
        tasksChanged.fire(TasksChanged.everything());
    }

    /**
     * A group's members count wherever a document names the group for its reporting; every document
     * is synced, as the nightly run would.
     */
    void onGroupMembers(@Observes GroupMembersChanged changed) {
        new ObligationSync(em).syncAll(today());
        tasksChanged.fire(TasksChanged.everything());
    }

    /** Only documents without a deadline of their own follow the tenant's default. */
    void onSendingDefault(@Observes SendingDefaultChanged changed) {
        new ObligationSync(em).syncFollowingTheDefault(today());
        tasksChanged.fire(TasksChanged.everything());
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
