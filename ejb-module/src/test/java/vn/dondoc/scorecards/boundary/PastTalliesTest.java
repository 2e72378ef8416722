package vn.dondoc.scorecards.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class PastTalliesTest {

    private static final LocalDate DAY = LocalDate.of(2025, 6, 30);
    private static final Instant CUT = Instant.parse("2025-07-01T00:00:00Z");

    private final PastTallies past = new PastTallies();
    private final AtomicInteger reads = new AtomicInteger();

    private String read(String tenant, Instant now) {
        return past.get(
                new PastTallies.Key(tenant, "total", DAY, null, null),
                CUT,
                now,
                () -> tenant + " read " + reads.incrementAndGet());
    }

    @Test
    void aSettledDayIsReadOnceAndKeptPerTenant() {
        Instant later = CUT.plus(PastTallies.SETTLED);
        assertThat(read("a", later)).isEqualTo("a read 1");
        assertThat(read("a", later.plusSeconds(3600))).isEqualTo("a read 1");
        assertThat(read("b", later)).as("another tenant's day is its own").isEqualTo("b read 2");
        assertThat(reads).hasValue(2);
    }

    @Test
    void aDayNotYetSettledIsReadEveryTime() {
        Instant soon = CUT.plus(PastTallies.SETTLED).minusMillis(1);
        assertThat(read("a", soon)).isEqualTo("a read 1");
        assertThat(read("a", soon)).isEqualTo("a read 2");
        assertThat(past.size()).isZero();
        assertThat(read("a", CUT.minusSeconds(1))).as("today").isEqualTo("a read 3");
    }

    @Test
    void aScopeIsPartOfTheKey() {
        Instant later = CUT.plusSeconds(86_400);
        String all = past.get(new PastTallies.Key("a", "lines", DAY, null, null), CUT, later, () -> "all");
        String one = past.get(new PastTallies.Key("a", "lines", DAY, 7L, Set.of(3L)), CUT, later, () -> "one");
        assertThat(all).isEqualTo("all");
        assertThat(one).isEqualTo("one");
    }

    @Test
    void theLeastRecentlyUsedGoFirstBeyondTheCapacity() {
        Instant later = CUT.plusSeconds(86_400);
        for (int i = 0; i <= PastTallies.CAPACITY; i++) {
            past.get(new PastTallies.Key("t" + i, "total", DAY, null, null), CUT, later, () -> "x");
        }
        assertThat(past.size()).isEqualTo(PastTallies.CAPACITY);
        assertThat(past.get(new PastTallies.Key("t0", "total", DAY, null, null), CUT, later, () -> "read again"))
                .isEqualTo("read again");
    }
}
