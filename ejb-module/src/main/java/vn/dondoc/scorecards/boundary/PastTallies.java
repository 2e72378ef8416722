package vn.dondoc.scorecards.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The counts of past days, kept per tenant (bộ nhớ đệm số liệu các ngày đã qua): a scorecard's trend
 * (the ends of the last four half-years) and any scorecard as of an earlier day are read from the
 * ledger once, then from here (D-034).
 *
 * <p>Why nothing ever needs invalidating. The ledger is only appended to: a change opens a version
 * from the change's moment and closes the one before at that moment. A day's counts read the versions
 * with {@code validFrom < cut <= validTo} (or open), {@code cut} the start of the next day; once the
 * cut is past, a new version starts after it and a version closed now still ended after it, so
 * nothing written later changes what the day counts. A day is kept only when its cut is {@link
 * #SETTLED} in the past, so that a transaction that took its moment before midnight and commits a
 * little after cannot be missed. The scoring rules are versioned the same way and are not kept here;
 * nor are today's counts, which every change moves.
 */
@ApplicationScoped
public class PastTallies {

    /** How long after a day's end its counts are taken as settled: longer than any transaction runs. */
    static final Duration SETTLED = Duration.ofHours(1);

    /**
     * Reads kept, the least recently used dropped first: a scorecard keeps six (its lines, its
     * reporting track per period, its trend). The largest, a province's track per period (250
     * agencies × a dozen periods), weighs some hundreds of kilobytes, so this bounds the heap it
     * takes to a few hundred megabytes at the very worst.
     */
    static final int CAPACITY = 500;

    /** One read of the ledger: what ({@code lines} or {@code total}), for whom, as of when. */
    public record Key(String tenant, String read, LocalDate asOf, Long documentId, Set<Long> agencyIds) {}

    private final Map<Key, Object> kept = Collections.synchronizedMap(new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Key, Object> eldest) {
            return size() > CAPACITY;
        }
    });

    /**
     * The kept counts of a settled day, or {@code read}'s, kept for next time; an unsettled day is
     * read every time.
     *
     * @param cut the end of the day the counts are as of
     */
    @SuppressWarnings("unchecked")
    public <T> T get(Key key, Instant cut, Instant now, Supplier<T> read) {
        if (cut.plus(SETTLED).isAfter(now)) {
            return read.get();
        }
        Object hit = kept.get(key);
        if (hit != null) {
            return (T) hit;
        }
        T value = read.get();
        kept.put(key, value);
        return value;
    }

    /** How many reads are kept. */
    int size() {
        return kept.size();
    }
}
