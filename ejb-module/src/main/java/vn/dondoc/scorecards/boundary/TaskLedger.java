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
 * the tenant's ledger generation, so that today's counts kept by {@link KeptTallies} are
 * read again.
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
        // The ledger raises the tenant's generation and moves today's counts itself, in this
        // transaction, when a recording changes something (D-036, D-037).
        if (changed.documentId() == null) {
            ledger.recordEverything(at);
        } else if (changed.wholeDocument()) {
            ledger.recordDocument(changed.documentId(), at);
        } else {
            if (changed.obligationId() != null) {
                ledger.recordObligation(changed.documentId(), changed.obligationId(), at);
            }
            if (changed.agencyId() != null) {
                ledger.recordItemsOf(changed.documentId(), changed.agencyId(), at);
            }
        }
    }
}
