package vn.dondoc.scorecards.control;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import vn.dondoc.scorecards.entity.Grade;
import vn.dondoc.scorecards.entity.ScoringRules;

/**
 * The score (điểm) and grade of a line: the weighted mean of its four rates, over those it has a
 * denominator for,
 *
 * <pre>score = 100 × Σ wᵢ·nᵢ/dᵢ ÷ Σ wᵢ</pre>
 *
 * with completed ÷ due, on time ÷ due, received ÷ expected and received on time ÷ expected, computed
 * on the exact fractions and rounded down once to two decimals (as {@link Percent} rounds a rate in
 * the agency's favour); the grade is read from the score as shown. A line with no due task and no
 * expected report has no score.
 */
public final class Scoring {

    private Scoring() {}

    public record Score(BigDecimal value, Grade grade) {}

    public static Optional<Score> of(Tally tally, ScoringRules rules) {
        List<long[]> terms = new ArrayList<>(); // weight, numerator, denominator
        add(terms, rules.weightCompleted(), tally.completed(), tally.due());
        add(terms, rules.weightOnTime(), tally.completedOnTime(), tally.due());
        add(terms, rules.weightReporting(), tally.reportsReceived(), tally.reportsExpected());
        add(terms, rules.weightTimeliness(), tally.reportsReceivedOnTime(), tally.reportsExpected());
        if (terms.isEmpty()) {
            return Optional.empty();
        }
        BigInteger common = BigInteger.ONE;
        BigInteger weights = BigInteger.ZERO;
        for (long[] term : terms) {
            common = common.multiply(BigInteger.valueOf(term[2]));
            weights = weights.add(BigInteger.valueOf(term[0]));
        }
        BigInteger numerator = BigInteger.ZERO;
        for (long[] term : terms) {
            numerator = numerator.add(BigInteger.valueOf(term[0])
                    .multiply(BigInteger.valueOf(term[1]))
                    .multiply(common.divide(BigInteger.valueOf(term[2]))));
        }
        BigDecimal score = Percent.favourable(numerator, weights.multiply(common));
        return Optional.of(new Score(score, rules.gradeOf(score)));
    }

    private static void add(List<long[]> terms, int weight, long numerator, long denominator) {
        if (weight > 0 && denominator > 0) {
            terms.add(new long[] {weight, numerator, denominator});
        }
    }
}
