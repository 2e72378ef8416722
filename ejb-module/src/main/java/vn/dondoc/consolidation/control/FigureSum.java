package vn.dondoc.consolidation.control;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import vn.dondoc.consolidation.control.ConsolidatedReport.FigurePart;
import vn.dondoc.consolidation.control.ConsolidatedReport.FigureTotal;

/**
 * Sums the figures that several agencies gave on one item. Figures are summed when they share a
 * name and a unit, compared without regard to case or spaces ("Số vụ việc" / "số  vụviệc", "Vụ" /
 * "vụ"), and are of one kind: counts (no denominator) add their numerators; shares (numerator of
 * denominator) add numerators and denominators, and the total's rate is the summed numerator over
 * the summed denominator, in per cent to two decimals (never an average of the agencies' rates,
 * which would weigh a small agency like a large one). A count and a share of the same name, and
 * figures in different units, are listed apart. The name and unit shown are the first agency's (in the
 * consolidator's order, Vietnamese alphabetical), spaces tidied.
 */
public final class FigureSum {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private FigureSum() {}

    /** The totals, in the order their first figure came. */
    public static List<FigureTotal> sum(List<FigurePart> parts) {
        Map<String, List<Integer>> groups = new LinkedHashMap<>();
        for (int i = 0; i < parts.size(); i++) {
            FigurePart part = parts.get(i);
            String key = keyOf(part.name()) + "\u0000" + keyOf(part.unit()) + "\u0000" + (part.denominator() != null);
            groups.computeIfAbsent(key, k -> new ArrayList<>()).add(i);
        }
        List<FigureTotal> totals = new ArrayList<>();
        for (List<Integer> group : groups.values()) {
            List<FigurePart> members = group.stream().map(parts::get).toList();
            FigurePart first = members.get(0);
            boolean share = first.denominator() != null;
            BigDecimal numerator =
                    plain(members.stream().map(FigurePart::numerator).reduce(BigDecimal.ZERO, BigDecimal::add));
            BigDecimal denominator = share
                    ? plain(members.stream().map(FigurePart::denominator).reduce(BigDecimal.ZERO, BigDecimal::add))
                    : null;
            BigDecimal rate = share && denominator.signum() != 0
                    ? plain(numerator.multiply(HUNDRED).divide(denominator, 2, RoundingMode.HALF_UP))
                    : null;
            BigDecimal target = members.stream().allMatch(m -> m.target() != null)
                    ? plain(members.stream().map(FigurePart::target).reduce(BigDecimal.ZERO, BigDecimal::add))
                    : null;
            totals.add(new FigureTotal(
                    first.name().strip().replaceAll("\\s+", " "),
                    blankToNull(first.unit()),
                    share,
                    numerator,
                    denominator,
                    rate,
                    target,
                    members));
        }
        return List.copyOf(totals);
    }

    /** What two names or units must share to be summed: the same letters, whatever the case and spaces. */
    static String keyOf(String text) {
        if (text == null) {
            return "";
        }
        return Normalizer.normalize(text, Normalizer.Form.NFC)
                .replaceAll("\\s+", "")
                .toLowerCase(Locale.ROOT);
    }

    /** As written, without the stored scale's trailing zeros: 120, not 120.000000 nor 1.2E+2. */
    static BigDecimal plain(BigDecimal number) {
        if (number == null) {
            return null;
        }
        BigDecimal stripped = number.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
