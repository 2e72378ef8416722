package vn.dondoc.reporting.control;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import vn.dondoc.platform.boundary.Unprocessable;
import vn.dondoc.reporting.entity.EntryContent;
import vn.dondoc.reporting.entity.FigureContent;

/**
 * Checks what an agency writes in a report before anything of it is saved, and flags for the
 * reviewer what is odd but possible.
 *
 * <p><b>Refused</b> (422, every wrong field named by its path, {@code entries[0].figures[1].denominator}):
 * an item that is not of the document, an item written twice, a negative numerator, denominator or
 * target, a denominator of zero, a number the figure columns cannot hold ({@code DECIMAL(24, 6)}: more
 * than 18 digits before the point or 6 after it), a completion without its date or a date without the
 * completion, a completion dated after today.
 *
 * <p><b>Flagged</b> (saved, with the reason in Vietnamese and English): a share whose numerator
 * exceeds its denominator, and a count (a figure without denominator) lower than the same figure,
 * by name, of the same item in the agency's last accepted report of an earlier period of the same
 * kind: counts in these reports are cumulative ("lũy kế"), so one that shrinks is a mistake or needs
 * explaining.
 */
public final class FigureCheck {

    /** The figures of an earlier accepted report of the same agency, by item, and its period's label. */
    public record Previous(String periodLabel, Map<Long, List<FigureContent>> figuresByItem) {

        public Previous {
            Objects.requireNonNull(periodLabel, "periodLabel");
            figuresByItem = Map.copyOf(figuresByItem);
        }
    }

    private FigureCheck() {}

    /**
     * The entries as they will be saved, each figure with its flag.
     *
     * @param documentItems the ids of the document's items
     * @param previous the last accepted report of an earlier period, or {@code null}
     * @throws Unprocessable naming every field that cannot be saved
     */
    public static List<EntryContent> check(
            List<EntryContent> entries, Set<Long> documentItems, Previous previous, LocalDate today) {
        List<String> problems = new ArrayList<>();
        Set<Long> seen = new HashSet<>();
        List<EntryContent> checked = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            EntryContent entry = entries.get(i);
            String at = "entries[" + i + "]";
            if (!documentItems.contains(entry.itemId())) {
                problems.add(at + ".itemId: mục " + entry.itemId() + " không thuộc văn bản này / item " + entry.itemId()
                        + " is not of this document");
            } else if (!seen.add(entry.itemId())) {
                problems.add(at + ".itemId: mục " + entry.itemId() + " đã có ở trên / item " + entry.itemId()
                        + " is written twice");
            }
            checkCompletion(entry, at, today, problems);
            List<FigureContent> figures = new ArrayList<>();
            for (int j = 0; j < entry.figures().size(); j++) {
                FigureContent figure = entry.figures().get(j);
                int before = problems.size();
                checkNumbers(figure, at + ".figures[" + j + "]", problems);
                // A refused figure is not compared: its numbers may not even be writable (1E+999999999).
                figures.add(
                        problems.size() > before
                                ? figure
                                : flagged(figure, previousOf(previous, entry.itemId(), figure.name()), previous));
            }
            checked.add(new EntryContent(
                    entry.itemId(), entry.narrative(), entry.completed(), entry.completedOn(), figures));
        }
        if (!problems.isEmpty()) {
            throw new Unprocessable(String.join("; ", problems));
        }
        return checked;
    }

    private static void checkCompletion(EntryContent entry, String at, LocalDate today, List<String> problems) {
        if (entry.completed() && entry.completedOn() == null) {
            problems.add(at + ".completedOn: cần ngày hoàn thành / a completed item needs its date");
        } else if (!entry.completed() && entry.completedOn() != null) {
            problems.add(at + ".completedOn: mục chưa hoàn thành thì không có ngày hoàn thành / an item not"
                    + " completed has no completion date");
        } else if (entry.completedOn() != null && entry.completedOn().isAfter(today)) {
            problems.add(at + ".completedOn: ngày hoàn thành sau hôm nay (" + today + ") / the completion date is"
                    + " after today (" + today + ")");
        }
    }

    private static void checkNumbers(FigureContent figure, String at, List<String> problems) {
        if (figure.name().isBlank()) {
            problems.add(at + ".name: cần tên số liệu / a figure needs a name");
        }
        storable(figure.numerator(), at + ".numerator", problems);
        storable(figure.denominator(), at + ".denominator", problems);
        storable(figure.target(), at + ".target", problems);
        if (figure.numerator().signum() < 0) {
            problems.add(at + ".numerator: không được âm / must not be negative");
        }
        if (figure.denominator() != null && figure.denominator().signum() < 0) {
            problems.add(at + ".denominator: không được âm / must not be negative");
        } else if (figure.denominator() != null && figure.denominator().signum() == 0) {
            problems.add(at + ".denominator: mẫu số bằng 0 / must not be zero");
        }
        if (figure.target() != null && figure.target().signum() < 0) {
            problems.add(at + ".target: không được âm / must not be negative");
        }
    }

    /** Digits a figure column keeps ({@code DECIMAL(24, 6)}); more would be a database error, a 500. */
    public static final int MAX_INTEGER_DIGITS = 18;

    public static final int MAX_DECIMALS = 6;

    /** A number written with more digits than this and decimals is refused unread: "1.000…0" is not worth stripping. */
    private static final int MAX_WRITTEN_DIGITS = 100;

    /**
     * JSON carries any number ({@code 1e999999999}); it is judged by precision and scale alone, which
     * cost nothing, before anything writes it out or strips its zeros (quadratic in its length).
     */
    private static void storable(BigDecimal number, String at, List<String> problems) {
        if (number == null) {
            return;
        }
        if ((long) number.precision() - number.scale() > MAX_INTEGER_DIGITS) {
            problems.add(at + ": quá lớn, tối đa " + MAX_INTEGER_DIGITS + " chữ số phần nguyên / too large, at most "
                    + MAX_INTEGER_DIGITS + " digits before the decimal point");
        } else if (number.scale() > MAX_DECIMALS
                && (number.precision() > MAX_WRITTEN_DIGITS
                        || number.stripTrailingZeros().scale() > MAX_DECIMALS)) {
            problems.add(at + ": tối đa " + MAX_DECIMALS + " chữ số thập phân / at most " + MAX_DECIMALS
                    + " decimal places");
        }
    }

    private static FigureContent flagged(FigureContent figure, FigureContent before, Previous previous) {
        List<String> reasons = new ArrayList<>();
        if (figure.denominator() != null
                && figure.denominator().signum() > 0
                && figure.numerator().compareTo(figure.denominator()) > 0) {
            reasons.add("Tử số (" + plain(figure.numerator()) + ") lớn hơn mẫu số (" + plain(figure.denominator())
                    + ") / The numerator exceeds the denominator");
        }
        if (before != null
                && figure.denominator() == null
                && before.denominator() == null
                && figure.numerator().compareTo(before.numerator()) < 0) {
            reasons.add("Thấp hơn kỳ " + previous.periodLabel() + " đã tiếp nhận (" + plain(before.numerator()) + " → "
                    + plain(figure.numerator()) + ") / Lower than in the accepted " + previous.periodLabel());
        }
        String flag = reasons.isEmpty() ? null : String.join("; ", reasons);
        return new FigureContent(
                figure.name().strip(), figure.numerator(), figure.denominator(), figure.target(), figure.unit(), flag);
    }

    private static FigureContent previousOf(Previous previous, long itemId, String name) {
        if (previous == null) {
            return null;
        }
        Map<String, FigureContent> byName = new HashMap<>();
        for (FigureContent figure : previous.figuresByItem().getOrDefault(itemId, List.of())) {
            byName.putIfAbsent(key(figure.name()), figure);
        }
        return byName.get(key(name));
    }

    private static String key(String name) {
        return name.strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
    }

    private static String plain(BigDecimal number) {
        return number.stripTrailingZeros().toPlainString();
    }
}
