package vn.dondoc.scorecards.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import vn.dondoc.platform.boundary.InvalidInput;
import vn.dondoc.scorecards.entity.Grade;
import vn.dondoc.scorecards.entity.ScoringRules;

class ScoringTest {

    private static Tally tasks(long onTime, long late, long within, long overdue) {
        return new Tally(onTime, late, within, overdue, overdue, 0, 0, 0, 0, 0, 0);
    }

    private static Tally reports(long expected, long received, long onTime) {
        return new Tally(0, 0, 0, 0, 0, 0, 0, 0, expected, received, onTime);
    }

    private static ScoringRules rules(int completed, int onTime, int reporting, int timeliness) {
        return new ScoringRules(
                completed,
                onTime,
                reporting,
                timeliness,
                new BigDecimal("90"),
                new BigDecimal("75"),
                new BigDecimal("50"),
                "test",
                Instant.EPOCH);
    }

    @Test
    void theScoreIsTheWeightedMeanOfTheFourRates() {
        // completed 8/10, on time 6/10, received 3/4, on time 1/4; weights 30 30 20 20:
        // (30·0.8 + 30·0.6 + 20·0.75 + 20·0.25) ÷ 100 = 0.62
        Tally t = tasks(6, 2, 5, 2).plus(reports(4, 3, 1));

        Scoring.Score score = Scoring.of(t, ScoringRules.DEFAULT).orElseThrow();

        assertThat(score.value()).isEqualTo(new BigDecimal("62.00"));
        assertThat(score.grade()).isEqualTo(Grade.HOAN_THANH);
    }

    @Test
    void aRateWithoutADenominatorLeavesTheScoreAndItsWeightOut() {
        // no report expected yet: the score is the tasks' alone, 30·(9/10) + 30·(9/10) over 60
        Scoring.Score score =
                Scoring.of(tasks(9, 0, 0, 1), ScoringRules.DEFAULT).orElseThrow();

        assertThat(score.value()).isEqualTo(new BigDecimal("90.00"));
        assertThat(score.grade()).isEqualTo(Grade.XUAT_SAC);
        assertThat(Scoring.of(tasks(0, 0, 4, 0), ScoringRules.DEFAULT)).isEmpty();
    }

    @Test
    void theScoreIsComputedOnTheExactFractionsAndRoundedDownOnce() {
        // on time only: 2/3 → 66.666… → 66.66, never 66.67
        assertThat(Scoring.of(tasks(2, 0, 0, 1), rules(0, 1, 0, 0))
                        .orElseThrow()
                        .value())
                .isEqualTo(new BigDecimal("66.66"));
        // 1/3 and 1/7 with equal weights: (1/3 + 1/7) / 2 = 10/42 = 23.8095… → 23.80
        Tally t = tasks(1, 0, 0, 2).plus(reports(7, 1, 1));
        assertThat(Scoring.of(t, rules(1, 0, 1, 0)).orElseThrow().value()).isEqualTo(new BigDecimal("23.80"));
    }

    @Test
    void theGradeIsReadFromTheScoreAsShownAgainstTheBands() {
        ScoringRules rules = ScoringRules.DEFAULT;
        assertThat(rules.gradeOf(new BigDecimal("90.00"))).isEqualTo(Grade.XUAT_SAC);
        assertThat(rules.gradeOf(new BigDecimal("89.99"))).isEqualTo(Grade.TOT);
        assertThat(rules.gradeOf(new BigDecimal("75"))).isEqualTo(Grade.TOT);
        assertThat(rules.gradeOf(new BigDecimal("74.99"))).isEqualTo(Grade.HOAN_THANH);
        assertThat(rules.gradeOf(new BigDecimal("50"))).isEqualTo(Grade.HOAN_THANH);
        assertThat(rules.gradeOf(new BigDecimal("49.99"))).isEqualTo(Grade.KHONG_HOAN_THANH);
    }

    @Test
    void rulesThatCannotGradeAreRefusedNamingTheirField() {
        assertThatThrownBy(() -> rules(0, 0, 0, 0))
                .isInstanceOf(InvalidInput.class)
                .hasMessageContaining("weights");
        assertThatThrownBy(() -> rules(101, 0, 0, 0))
                .isInstanceOf(InvalidInput.class)
                .hasMessageContaining("weights.completedOfDue");
        assertThatThrownBy(() -> new ScoringRules(
                        1,
                        1,
                        1,
                        1,
                        new BigDecimal("75"),
                        new BigDecimal("75"),
                        new BigDecimal("50"),
                        "t",
                        Instant.EPOCH))
                .isInstanceOf(InvalidInput.class)
                .hasMessageContaining("bands");
        assertThatThrownBy(() -> new ScoringRules(
                        1,
                        1,
                        1,
                        1,
                        new BigDecimal("90.001"),
                        new BigDecimal("75"),
                        new BigDecimal("50"),
                        "t",
                        Instant.EPOCH))
                .isInstanceOf(InvalidInput.class)
                .hasMessageContaining("bands.excellent");
    }
}
