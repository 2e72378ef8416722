package vn.dondoc.scorecards.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.LongSupplier;
import java.util.function.Supplier;
import vn.dondoc.scorecards.control.TallyQuery;
import vn.dondoc.scorecards.control.TodaysLines;

/**
 * Reads of the ledger kept per tenant (số liệu đã đọc): the counts of a past day for good, today's
 * for as long as the tenant's ledger has not changed (D-034, D-036).
 *
 * <p>Why a past day never needs invalidating. The ledger is only appended to: a change opens a
 * version from the change's moment and closes the one before at that moment. A day's counts read
 * the versions with {@code validFrom < cut <= validTo} (or open), {@code cut} the start of the next
 * day; once the cut is past, a new version starts after it and a version closed now still ended
 * after it, so nothing written later changes what the day counts. A day is kept for good only when
 * its cut is {@link #SETTLED} in the past, so that a transaction that took its moment before
 * midnight and commits a little after cannot be missed.
 *
 * <p>Why today's are right while kept. Every recording that changes a tenant's ledger raises its
 * generation in the same transaction ({@code LedgerGeneration}); a read names the generation its
 * transaction sees, which is the one its counts were read at (one consistent snapshot). Kept counts
 * of another generation are read again, or, where the caller can, caught up: today's lines and
 * track re-sum only what the changes since moved (D-049). The scoring rules are versioned apart and not kept here.
 */
@ApplicationScoped
public class KeptTallies {

    /** How long after a day's end its counts are taken as settled: longer than any transaction runs. */
    static final Duration SETTLED = Duration.ofHours(1);

    /**
     * At most this many rows kept (an agency's or a document's line, a cell of today's lines, a
     * period of an agency's track, a task of a drill-down's list), the least recently used dropped
     * first. A row is about two hundred bytes with its map entry: some tens of megabytes at the very
     * worst. A province's scorecard of today keeps ~18,500 (its ~15,000 cells of a document and an
     * agency, its lines and its track per period), the overdue list of its PDF ~9,000: room for the
     * scorecards and PDFs of about ten provinces read in the same hours.
     */
    static final long CAPACITY = 300_000;

    /** Marks counts kept for good: those of a settled day. */
    private static final long FOR_GOOD = -1;

    /** One read of the ledger: what ({@code lines} or {@code total}), for whom, as of when. */
    public record Key(String tenant, String read, LocalDate asOf, Long documentId, Set<Long> agencyIds) {}

    private record Kept(long generation, Object value, long weight) {}

    private final LinkedHashMap<Key, Kept> kept = new LinkedHashMap<>(64, 0.75f, true);
    private long weight;

    /**
     * The counts of {@code key}: kept ones if they are still right, else {@code read}'s, kept for next
     * time.
     *
     * @param cut the end of the day the counts are as of
     * @param generation the tenant's ledger generation, as the caller's transaction sees it; asked
     *     only for a day not yet settled
     */
    public <T> T get(Key key, Instant cut, Instant now, LongSupplier generation, Supplier<T> read) {
        return get(key, cut, now, generation, read, null);
    }

    /**
     * As {@link #get(Key, Instant, Instant, LongSupplier, Supplier)}, but counts kept at an earlier
     * generation of the same day are brought up to date by {@code catchUp} instead of read again
     * (D-049).
     *
     * @param catchUp the kept value and its generation to the value at this transaction's
     *     generation; {@code null} to read again
     */
    @SuppressWarnings("unchecked")
    public <T> T get(Key key, Instant cut, Instant now, LongSupplier generation, Supplier<T> read, CatchUp<T> catchUp) {
        long wanted = cut.plus(SETTLED).isAfter(now) ? generation.getAsLong() : FOR_GOOD;
        Kept hit;
        synchronized (this) {
            hit = kept.get(key);
            if (hit != null && hit.generation() == wanted) {
                return (T) hit.value();
            }
        }
        boolean behind = hit != null && hit.generation() != FOR_GOOD && wanted != FOR_GOOD && hit.generation() < wanted;
        T value = catchUp != null && behind ? catchUp.since((T) hit.value(), hit.generation()) : read.get();
        keep(key, new Kept(wanted, value, weigh(value)));
        return value;
    }

    /** Brings counts kept at an earlier generation to the caller's (D-049). */
    @FunctionalInterface
    public interface CatchUp<T> {
        T since(T kept, long generation);
    }

    private synchronized void keep(Key key, Kept value) {
        Kept newer = kept.get(key);
        if (newer != null && newer.generation() > value.generation() && value.generation() != FOR_GOOD) {
            // A reader with an older snapshot finished after one with a newer: keep the newer.
            return;
        }
        Kept before = kept.put(key, value);
        weight += value.weight() - (before == null ? 0 : before.weight());
        Iterator<Kept> eldest = kept.values().iterator();
        while (weight > CAPACITY && eldest.hasNext()) {
            weight -= eldest.next().weight();
            eldest.remove();
        }
    }

    /** How many rows a read holds: its lines, its periods, its tasks; 1 for a total. */
    static long weigh(Object value) {
        if (value instanceof TodaysLines lines) {
            return 1L
                    + lines.cells().size()
                    + lines.lines().byAgency().size()
                    + lines.lines().byDocument().size();
        }
        if (value instanceof TallyQuery.Lines lines) {
            return 1L + lines.byAgency().size() + lines.byDocument().size();
        }
        if (value instanceof Map<?, ?> map) {
            long rows = 1;
            for (Object inner : map.values()) {
                rows += inner instanceof Map<?, ?> m ? m.size() : 1;
            }
            return rows;
        }
        if (value instanceof Collection<?> list) {
            return 1L + list.size();
        }
        return 1;
    }

    /** How many reads are kept. */
    synchronized int size() {
        return kept.size();
    }

    /** How many rows they hold. */
    synchronized long weight() {
        return weight;
    }
}
