package vn.dondoc.scorecards.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import vn.dondoc.reporting.boundary.TasksChanged;
import vn.dondoc.scorecards.control.Ledger;
import vn.dondoc.tenancy.boundary.BoundTenant;

/**
 * Keeps the scorecard's ledger in step with what it counts, inside the transaction of the change
 * (a refused change leaves the ledger as it was too): what reporting says changed is read again and
 * recorded, from the change's moment, as what is known. A recording that changed something raises
 * the tenant's ledger generation, so that today's counts kept by {@link KeptTallies} are read
 * again, and moves today's counts by what it closed and opened (D-037).
 */
@ApplicationScoped
public class TaskLedger {

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    protected TaskLedger() {}

    /** The ledger on an entity manager and clock of the caller's choosing: for a job or a test. */
    public TaskLedger(EntityManager em, Clock clock) {
        this.em = em;
        this.clock = clock;
    }

    public void record(@Observes TasksChanged changed) {
        Ledger ledger = new Ledger(em, BoundTenant.zoneOf(em));
        Instant at = clock.instant();
        Ledger.Result result;
        if (changed.documentId() == null) {
            result = ledger.recordEverything(at);
        } else if (changed.wholeDocument()) {
            result = ledger.recordDocument(changed.documentId(), at);
        } else {
            result = Ledger.Result.NONE;
            if (changed.obligationId() != null) {
                result = result.plus(ledger.recordObligation(changed.documentId(), changed.obligationId(), at));
            }
            if (changed.agencyId() != null) {
                result = result.plus(ledger.recordItemsOf(changed.documentId(), changed.agencyId(), at));
            }
        }
        if (result.changed()) {
            // Last, in the same transaction: the generation, the latest moment, today's counts.
            ledger.raiseGeneration(at);
        }
    }
}
