package vn.dondoc.targets.control;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;
import vn.dondoc.platform.control.VietnameseFormat;
import vn.dondoc.targets.entity.Measure;

/**
 * The change of a result against a base (the same period a year earlier, or the base a target names),
 * each kind labelled and never mixed (D-047): a rate changes in percentage points (75,2 % against
 * 41,0 % is "tăng 34,2 điểm phần trăm"), a count relatively, in per cent of the base (143 against 106
 * is "tăng 34,91 %"). Two decimals, half up; a count's relative change has no value when the base is 0.
 *
 * @param kind {@code PERCENTAGE_POINTS} or {@code RELATIVE_PERCENT}
 * @param value the signed change, or {@code null} when a count's base is 0
 */
public record Change(Kind kind, BigDecimal base, String basePeriod, BigDecimal value, String label) {

    /** What a change's number means. */
    public enum Kind {
        /** Điểm phần trăm: the difference of two rates. */
        PERCENTAGE_POINTS,
        /** Per cent of the base: the relative change of a count. */
        RELATIVE_PERCENT
    }

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    public Change {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(base, "base");
    }

    /** The change from {@code base} to {@code now}, in the kind the measure calls for. */
    public static Change between(Measure measure, BigDecimal base, BigDecimal now, String basePeriod) {
        Objects.requireNonNull(now, "now");
        if (measure == Measure.RATE) {
            BigDecimal points = now.subtract(base).setScale(2, RoundingMode.HALF_UP);
            return new Change(
                    Kind.PERCENTAGE_POINTS,
                    base,
                    basePeriod,
                    points,
                    label(points, " điểm phần trăm", " percentage points"));
        }
        if (base.signum() == 0) {
            return new Change(
                    Kind.RELATIVE_PERCENT,
                    base,
                    basePeriod,
                    null,
                    "không so được: kỳ gốc bằng 0 / no relative change from a base of 0");
        }
        BigDecimal relative = now.subtract(base).multiply(HUNDRED).divide(base.abs(), 2, RoundingMode.HALF_UP);
        return new Change(Kind.RELATIVE_PERCENT, base, basePeriod, relative, label(relative, " %", " %"));
    }

    private static String label(BigDecimal change, String vietnamese, String english) {
        String amount = VietnameseFormat.number(change.abs());
        String englishAmount = change.abs().stripTrailingZeros().toPlainString();
        return switch (change.signum()) {
            case 0 -> "không đổi / unchanged";
            case 1 -> "tăng " + amount + vietnamese + " / up " + englishAmount + english;
            default -> "giảm " + amount + vietnamese + " / down " + englishAmount + english;
        };
    }
}
