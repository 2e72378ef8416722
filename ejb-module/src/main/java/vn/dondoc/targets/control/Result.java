package vn.dondoc.targets.control;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;
import vn.dondoc.platform.control.VietnameseFormat;
import vn.dondoc.targets.entity.Measure;

/**
 * A target's result as the accepted reports give it: a count, or a rate that keeps its numerator
 * and denominator (2.897 of 3.073). {@code value} is what is shown and judged: the count, or 100 ×
 * numerator ÷ denominator to two decimals rounded half up on the exact fraction (94,27). {@code
 * periodLabel}: the period of the report it was taken from.
 */
public record Result(
        Measure measure, BigDecimal numerator, BigDecimal denominator, BigDecimal value, String periodLabel) {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    public Result {
        Objects.requireNonNull(measure, "measure");
        Objects.requireNonNull(numerator, "numerator");
        Objects.requireNonNull(value, "value");
    }

    /** A count, or a rate already in per cent (a figure in % with no denominator). */
    public static Result of(Measure measure, BigDecimal value, String periodLabel) {
        return new Result(
                measure,
                plain(value),
                null,
                plain(value.setScale(Math.max(2, value.scale()), RoundingMode.HALF_UP)),
                periodLabel);
    }

    /** A rate: numerator of denominator, in per cent. */
    public static Result rate(BigDecimal numerator, BigDecimal denominator, String periodLabel) {
        if (denominator.signum() == 0) {
            throw new IllegalArgumentException("a rate needs a denominator above 0");
        }
        return new Result(
                Measure.RATE,
                plain(numerator),
                plain(denominator),
                numerator.multiply(HUNDRED).divide(denominator, 2, RoundingMode.HALF_UP),
                periodLabel);
    }

    /** The exact quotient, for the one-decimal form (rounded once, from the exact fraction). */
    public BigDecimal exact() {
        return denominator == null ? value : numerator.multiply(HUNDRED).divide(denominator, 12, RoundingMode.HALF_UP);
    }

    /** As a Vietnamese document prints it: 94,27 % (with "2.897/3.073"), or 1.250. */
    public String shown() {
        if (measure == Measure.RATE) {
            return VietnameseFormat.percent(value)
                    + (denominator == null
                            ? ""
                            : " (" + VietnameseFormat.number(numerator) + "/" + VietnameseFormat.number(denominator)
                                    + ")");
        }
        return VietnameseFormat.number(value);
    }

    /** The rate to one decimal as the news writes it (94,3 %), or {@code null} for a count. */
    public String oneDecimal() {
        return measure == Measure.RATE ? VietnameseFormat.percentOneDecimal(exact()) : null;
    }

    private static BigDecimal plain(BigDecimal n) {
        BigDecimal s = n.stripTrailingZeros();
        return s.scale() < 0 ? s.setScale(0) : s;
    }
}
