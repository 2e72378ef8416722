package vn.dondoc.scorecards.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class KeptTalliesTest {

    private static final LocalDate DAY = LocalDate.of(2025, 6, 30);
    private static final Instant CUT = Instant.parse("2025-07-01T00:00:00Z");

    private final KeptTallies kept = new KeptTallies();
    private final AtomicInteger reads = new AtomicInteger();
    private final AtomicLong generation = new AtomicLong(7);
    private final AtomicInteger generationAsked = new AtomicInteger();

    private String read(String tenant, Instant now) {
        return kept.get(
                new KeptTallies.Key(tenant, "total", DAY, null, null),
                CUT,
                now,
                () -> {
                    generationAsked.incrementAndGet();
                    return generation.get();
                },
                () -> tenant + " read " + reads.incrementAndGet());
    }

    @Test
    void aSettledDayIsReadOnceAndKeptPerTenantWhateverTheGeneration() {
        Instant later = CUT.plus(KeptTallies.SETTLED);
        assertThat(read("a", later)).isEqualTo("a read 1");
        generation.incrementAndGet();
        assertThat(read("a", later.plusSeconds(3600))).isEqualTo("a read 1");
        assertThat(read("b", later)).as("another tenant's day is its own").isEqualTo("b read 2");
        assertThat(reads).hasValue(2);
        assertThat(generationAsked).as("a settled day needs no generation").hasValue(0);
    }

    @Test
    void todayIsKeptWhileTheGenerationStaysAndReadAgainWhenItMoves() {
        Instant today = CUT.minusSeconds(3600);
        assertThat(read("a", today)).isEqualTo("a read 1");
        assertThat(read("a", today.plusSeconds(60))).isEqualTo("a read 1");
        generation.incrementAndGet();
        assertThat(read("a", today.plusSeconds(120))).isEqualTo("a read 2");
        assertThat(read("a", today.plusSeconds(180))).isEqualTo("a read 2");
        assertThat(kept.size()).as("the older generation's counts replaced").isEqualTo(1);
    }

    @Test
    void aDayNotYetSettledIsKeptByGenerationOnlyNotForGood() {
        Instant soon = CUT.plus(KeptTallies.SETTLED).minusMillis(1);
        assertThat(read("a", soon)).isEqualTo("a read 1");
        generation.incrementAndGet();
        assertThat(read("a", soon)).isEqualTo("a read 2");
        Instant settled = CUT.plus(KeptTallies.SETTLED);
        assertThat(read("a", settled)).as("read once more, now for good").isEqualTo("a read 3");
        generation.incrementAndGet();
        assertThat(read("a", settled.plusSeconds(1))).isEqualTo("a read 3");
    }

    private String caughtUp(Instant now) {
        return kept.get(
                new KeptTallies.Key("a", "todays-lines", DAY, null, null),
                CUT,
                now,
                generation::get,
                () -> "read " + reads.incrementAndGet() + " at " + generation.get(),
                (value, since) -> value + ", caught up from " + since + " to " + generation.get());
    }

    @Test
    void todayKeptAtAnEarlierGenerationIsCaughtUpNotReadAgain() {
        Instant today = CUT.minusSeconds(3600);
        assertThat(caughtUp(today)).isEqualTo("read 1 at 7");
        assertThat(caughtUp(today)).as("same generation: kept as it is").isEqualTo("read 1 at 7");
        generation.set(9);
        assertThat(caughtUp(today)).isEqualTo("read 1 at 7, caught up from 7 to 9");
        generation.set(10);
        assertThat(caughtUp(today)).isEqualTo("read 1 at 7, caught up from 7 to 9, caught up from 9 to 10");
        assertThat(reads).hasValue(1);
    }

    @Test
    void aReaderBehindTheKeptGenerationReadsAndLeavesTheNewerKept() {
        Instant today = CUT.minusSeconds(3600);
        assertThat(caughtUp(today)).isEqualTo("read 1 at 7");
        generation.set(5);
        assertThat(caughtUp(today)).as("no catching up backwards").isEqualTo("read 2 at 5");
        generation.set(7);
        assertThat(caughtUp(today))
                .as("the newer was not replaced by the older")
                .isEqualTo("read 1 at 7");
    }

    @Test
    void aSettledDayIsNeverCaughtUp() {
        Instant today = CUT.minusSeconds(3600);
        assertThat(caughtUp(today)).isEqualTo("read 1 at 7");
        generation.set(8);
        assertThat(caughtUp(CUT.plus(KeptTallies.SETTLED)))
                .as("kept for good from a read, not from today's counts caught up")
                .isEqualTo("read 2 at 8");
    }

    @Test
    void aScopeIsPartOfTheKey() {
        Instant later = CUT.plusSeconds(86_400);
        String all = kept.get(new KeptTallies.Key("a", "lines", DAY, null, null), CUT, later, () -> 1, () -> "all");
        String one = kept.get(new KeptTallies.Key("a", "lines", DAY, 7L, Set.of(3L)), CUT, later, () -> 1, () -> "one");
        assertThat(all).isEqualTo("all");
        assertThat(one).isEqualTo("one");
    }

    @Test
    void theLeastRecentlyUsedGoFirstBeyondTheRowsKept() {
        Instant later = CUT.plusSeconds(86_400);
        List<Integer> half = Collections.nCopies((int) (KeptTallies.CAPACITY / 2), 0);
        kept.get(new KeptTallies.Key("t0", "facts", DAY, null, null), CUT, later, () -> 1, () -> half);
        kept.get(new KeptTallies.Key("t1", "facts", DAY, null, null), CUT, later, () -> 1, () -> half);
        assertThat(kept.size()).as("each weighs half the capacity and one row").isEqualTo(1);
        assertThat(kept.weight()).isLessThanOrEqualTo(KeptTallies.CAPACITY);
        assertThat(kept.get(new KeptTallies.Key("t0", "facts", DAY, null, null), CUT, later, () -> 1, () -> List.of()))
                .as("the eldest went")
                .isEmpty();
        assertThat(kept.get(new KeptTallies.Key("t1", "facts", DAY, null, null), CUT, later, () -> 1, () -> List.of()))
                .as("the latest stays")
                .hasSize(half.size());
    }

    @Test
    void aReadWeighsItsRows() {
        assertThat(KeptTallies.weigh("total")).isEqualTo(1);
        assertThat(KeptTallies.weigh(List.of(1, 2, 3))).isEqualTo(4);
        assertThat(KeptTallies.weigh(java.util.Map.of(1L, java.util.Map.of("2024-H1", 1, "2024-Y", 2))))
                .isEqualTo(3);
    }
}
