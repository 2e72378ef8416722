package vn.dondoc.scorecards.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import vn.dondoc.tenancy.entity.TenantOwned;

/**
 * The ledger's generation of one tenant (thế hệ của sổ theo dõi): a number raised, inside the
 * transaction of the change, by every recording that closed or opened a version. A read of the
 * ledger made at generation g stays right for as long as the tenant's generation is g, whichever
 * server made the next change (D-036). One row per tenant: its id is always 1, the tenant (added to
 * every read and bulk update by EclipseLink) makes it unique.
 */
@Entity
@Table(name = "ledger_generation")
public class LedgerGeneration extends TenantOwned {

    /** The one row's id in every tenant. */
    public static final byte ID = 1;

    @Id
    @Column(name = "id")
    private byte id = ID;

    @Column(name = "generation", nullable = false)
    private long generation;

    /**
     * The latest moment a version was opened or closed at (D-037): while it is before a day's end,
     * the open versions are exactly those known at that end, and {@link TaskCount}'s rows count them.
     */
    @Column(name = "latest_at")
    private Instant latestAt;

    protected LedgerGeneration() {}

    /** A tenant's first row, for a tenant created after the migration that gave every tenant one. */
    public static LedgerGeneration first(Instant at) {
        LedgerGeneration row = new LedgerGeneration();
        row.generation = 1;
        row.latestAt = at;
        return row;
    }

    public long generation() {
        return generation;
    }

    /** When the ledger was last written, or {@code null} if never. */
    public Instant latestAt() {
        return latestAt;
    }
}
