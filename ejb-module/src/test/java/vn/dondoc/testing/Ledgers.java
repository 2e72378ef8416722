package vn.dondoc.testing;

import jakarta.persistence.EntityManager;
import java.time.Clock;
import vn.dondoc.reporting.boundary.TasksChanged;
import vn.dondoc.scorecards.boundary.TaskLedger;

/** The scorecard's ledger as the container wires it, for boundaries a test builds by hand. */
public final class Ledgers {

    private Ledgers() {}

    /** The event reporting fires, delivered to the ledger on the test's entity manager and clock. */
    public static RecordedEvents<TasksChanged> recordingOn(EntityManager em, Clock clock) {
        return new RecordedEvents<>(new TaskLedger(em, clock)::record);
    }
}
