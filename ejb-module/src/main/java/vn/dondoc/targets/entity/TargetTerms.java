package vn.dondoc.targets.entity;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.util.regex.Pattern;

/**
 * What a target says, apart from whose it is and where it came from: the year or a period of it,
 * name, unit, direction (strict for "trên"/"dưới"), value, and for a change the base it is measured
 * against ({@code baseYear}/{@code basePeriod}, and {@code baseValue} when known).
 */
public record TargetTerms(
        int year,
        String periodLabel,
        String name,
        String unit,
        Direction direction,
        boolean strict,
        BigDecimal value,
        Basis basis,
        Integer baseYear,
        String basePeriod,
        BigDecimal baseValue) {

    private static final Pattern PERIOD = Pattern.compile("([1-9][0-9]{3})-(?:M(0[1-9]|1[0-2])|Q[1-4]|H[12]|Y)");
    private static final BigDecimal LIMIT = new BigDecimal("1000000000000000000");

    /**
     * The terms cleaned (NFC, trimmed; a blank unit or period is none) and checked.
     *
     * @throws vn.dondoc.platform.boundary.InvalidInput naming the field that is wrong
     */
    public TargetTerms checked() {
        String n = nfc(name);
        String u = nfc(unit);
        String p = nfc(periodLabel);
        if (p != null && p.equals(year + "-Y")) {
            p = null;
        }
        Target.require(
                year >= 2000 && year <= 2100, "year: cần một năm từ 2000 đến 2100 / a year 2000–2100 is required");
        Target.require(
                p == null || (PERIOD.matcher(p).matches() && p.startsWith(year + "-")),
                "periodLabel: cần một kỳ của năm " + year + " (" + year + "-H1, " + year + "-Q2, " + year
                        + "-M03) / a period of the year " + year + " is required");
        Target.require(n != null, "name: cần tên chỉ tiêu / a name is required");
        Target.require(n == null || n.length() <= 300, "name: tối đa 300 ký tự / at most 300 characters");
        Target.require(u == null || u.length() <= 50, "unit: tối đa 50 ký tự / at most 50 characters");
        Target.require(
                direction != null,
                "direction: cần AT_LEAST, AT_MOST hoặc EXACTLY / AT_LEAST, AT_MOST or EXACTLY is required");
        Target.require(value != null, "value: cần một số / a number is required");
        Target.require(
                value == null
                        || (value.abs().compareTo(LIMIT) < 0
                                && value.stripTrailingZeros().scale() <= 6),
                "value: tối đa 18 chữ số trước và 6 chữ số sau dấu phẩy / at most 18 digits before and 6 after the point");
        Basis b = basis == null ? Basis.LEVEL : basis;
        Target.require(
                b == Basis.CHANGE || value == null || value.signum() >= 0,
                "value: chỉ tiêu về mức không âm / a level target is not negative");
        Target.require(
                b == Basis.LEVEL || baseYear != null || basePeriod != null || baseValue != null,
                "baseYear: chỉ tiêu về mức thay đổi cần năm hoặc kỳ gốc / a change needs the year or period it is measured against");
        String bp = nfc(basePeriod);
        Target.require(
                bp == null || PERIOD.matcher(bp).matches(),
                "basePeriod: cần dạng 2023-Y, 2023-H1 / use the form 2023-Y, 2023-H1");
        return new TargetTerms(
                year,
                p,
                n,
                u,
                direction,
                strict && direction != Direction.EXACTLY,
                value,
                b,
                b == Basis.CHANGE && baseYear == null && bp == null ? Integer.valueOf(year - 1) : baseYear,
                bp,
                baseValue);
    }

    private static String nfc(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        return Normalizer.normalize(text.strip().replaceAll("\\s+", " "), Normalizer.Form.NFC);
    }
}
