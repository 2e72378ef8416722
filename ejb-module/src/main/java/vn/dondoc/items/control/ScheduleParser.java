package vn.dondoc.items.control;

import java.text.Normalizer;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.dondoc.items.entity.Schedule;

/**
 * Reads an item's printed time frame (thời gian thực hiện) into a {@link Schedule}. It knows only
 * the shapes plans print (docs/domain.md, "Time frames"); a text must be understood whole, or it stays
 * {@link Schedule.Kind#UNPARSED} for a person to read, because a guessed deadline would make an
 * agency overdue on a date nobody set.
 */
public final class ScheduleParser {

    private static final String YEAR = "((?:19|20)\\d{2})";

    /**
     * A link to another body's programme, plan, timetable, guidance, direction or request ("theo
     * hướng dẫn của Bộ Tư pháp", "theo chỉ đạo của UBND tỉnh"): the date is theirs to set, so none is
     * read here. It wins over "thường xuyên", which only says "ongoing".
     */
    private static final Pattern LINKED =
            Pattern.compile("\\btheo (?:chuong trinh|tien do|lo trinh|ke hoach|huong dan|chi dao|yeu cau|lich)\\b");

    private static final Pattern RECURRING =
            Pattern.compile("(?:thuong xuyen|hang nam)(?:(?: ?[,;] ?| va | )(?:thuong xuyen|hang nam))?");

    /** "Năm 2023, hoàn thành trong Quý II/2024": the work starts in one period, the deadline is the second. */
    private static final Pattern COMPLETION_CLAUSE = Pattern.compile("(.+?) ?[,;] ?(hoan thanh .+)");

    private static final Pattern BEFORE_DATE = Pattern.compile("(?:hoan thanh )?truoc (.+)");
    private static final Pattern WITHIN = Pattern.compile("(?:hoan thanh|xong)?(?: ?(?:trong|vao|den het|den))? ?(.+)");

    private static final Pattern YEARS = Pattern.compile("(?:nam|giai doan) " + YEAR + "(?:-(?:nam )?" + YEAR + ")?");
    private static final Pattern QUARTER = Pattern.compile("quy (i|ii|iii|iv|0?[1-4])(?:/| nam )" + YEAR);
    private static final Pattern HALF = Pattern.compile("0?6 thang (dau|cuoi) nam " + YEAR);
    private static final Pattern MONTH = Pattern.compile("thang (\\d{1,2})(?:/| nam )" + YEAR);
    private static final Pattern NUMERIC_DATE = Pattern.compile("(?:ngay )?(\\d{1,2})/(\\d{1,2})/" + YEAR);
    private static final Pattern WORDED_DATE = Pattern.compile("ngay (\\d{1,2}) thang (\\d{1,2}) nam " + YEAR);

    private static final Map<String, Integer> QUARTERS = Map.of("i", 1, "ii", 2, "iii", 3, "iv", 4);
    private static final Pattern COMBINING_MARKS = Pattern.compile("\\p{M}+");

    /** A stretch of time a time frame names; its end is the deadline. */
    private record Period(LocalDate start, LocalDate end) {}

    private ScheduleParser() {}

    public static Schedule parse(String printed) {
        String text = printed == null ? "" : printed.strip();
        if (text.endsWith(".")) {
            text = text.substring(0, text.length() - 1).strip();
        }
        String folded = fold(text);
        if (folded.isEmpty()) {
            return Schedule.unparsed(text);
        }
        if (LINKED.matcher(folded).find()) {
            return new Schedule(Schedule.Kind.LINKED, null, text);
        }
        if (RECURRING.matcher(folded).matches()) {
            return new Schedule(Schedule.Kind.RECURRING, null, text);
        }
        Optional<LocalDate> deadline = deadline(folded);
        return deadline.isPresent()
                ? new Schedule(Schedule.Kind.DEADLINE, deadline.get(), text)
                : Schedule.unparsed(text);
    }

    private static Optional<LocalDate> deadline(String folded) {
        Matcher clause = COMPLETION_CLAUSE.matcher(folded);
        if (clause.matches()) {
            Optional<Period> work = timeFrame(clause.group(1));
            Optional<Period> completion = timeFrame(clause.group(2));
            // A completion before the work starts is a misprint; a person must say which is meant.
            if (work.isEmpty()
                    || completion.isEmpty()
                    || completion.get().end().isBefore(work.get().start())) {
                return Optional.empty();
            }
            return Optional.of(completion.get().end());
        }
        return timeFrame(folded).map(Period::end);
    }

    private static Optional<Period> timeFrame(String folded) {
        Matcher before = BEFORE_DATE.matcher(folded);
        if (before.matches()) {
            // "Trước Quý III" would mean the end of the quarter before: only a day is taken after "trước".
            return date(before.group(1));
        }
        Matcher within = WITHIN.matcher(folded);
        if (!within.matches()) {
            return Optional.empty();
        }
        String rest = within.group(1);
        return date(rest).or(() -> period(rest));
    }

    private static Optional<Period> period(String folded) {
        Matcher m;
        if ((m = YEARS.matcher(folded)).matches()) {
            int first = Integer.parseInt(m.group(1));
            int last = m.group(2) == null ? first : Integer.parseInt(m.group(2));
            return last < first
                    ? Optional.empty()
                    : Optional.of(new Period(LocalDate.of(first, 1, 1), LocalDate.of(last, 12, 31)));
        }
        if ((m = QUARTER.matcher(folded)).matches()) {
            String q = m.group(1).replaceFirst("^0", "");
            int quarter = QUARTERS.getOrDefault(q, q.matches("\\d") ? Integer.parseInt(q) : 0);
            YearMonth first = YearMonth.of(Integer.parseInt(m.group(2)), quarter * 3 - 2);
            return Optional.of(new Period(first.atDay(1), first.plusMonths(2).atEndOfMonth()));
        }
        if ((m = HALF.matcher(folded)).matches()) {
            YearMonth first =
                    YearMonth.of(Integer.parseInt(m.group(2)), m.group(1).equals("dau") ? 1 : 7);
            return Optional.of(new Period(first.atDay(1), first.plusMonths(5).atEndOfMonth()));
        }
        if ((m = MONTH.matcher(folded)).matches()) {
            int month = Integer.parseInt(m.group(1));
            if (month < 1 || month > 12) {
                return Optional.empty();
            }
            YearMonth ym = YearMonth.of(Integer.parseInt(m.group(2)), month);
            return Optional.of(new Period(ym.atDay(1), ym.atEndOfMonth()));
        }
        return Optional.empty();
    }

    private static Optional<Period> date(String folded) {
        for (Pattern shape : List.of(NUMERIC_DATE, WORDED_DATE)) {
            Matcher m = shape.matcher(folded);
            if (m.matches()) {
                try {
                    LocalDate day = LocalDate.of(
                            Integer.parseInt(m.group(3)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(1)));
                    return Optional.of(new Period(day, day));
                } catch (DateTimeException e) {
                    return Optional.empty();
                }
            }
        }
        return Optional.empty();
    }

    /**
     * Lowercase, without diacritics ("hằng năm" and "hàng năm" both become "hang nam"), one space
     * between words and none around "/" and "-", so that the patterns above can stay plain.
     */
    private static String fold(String text) {
        String lower = text.toLowerCase(Locale.ROOT).replace('đ', 'd');
        String bare = COMBINING_MARKS
                .matcher(Normalizer.normalize(lower, Normalizer.Form.NFD))
                .replaceAll("");
        return bare.replace('\u00A0', ' ')
                .replaceAll("[\u2012\u2013\u2014]", "-")
                .replaceAll("\\s+", " ")
                .replaceAll(" ?([/-]) ?", "$1")
                .strip();
    }
}
