package vn.dondoc.targets.control;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.dondoc.targets.entity.Basis;
import vn.dondoc.targets.entity.Direction;

/**
 * Reads the targets (chỉ tiêu) a plan's sentence states: "giải quyết … đạt tỷ lệ ít nhất 95%", "trả
 * lời đúng thời hạn 100% số văn bản", "trên 80%", "không quá 5%", "tối đa 10 ngày", "giảm ít nhất
 * 20% so với năm trước".
 *
 * <p>The rules (D-047):
 *
 * <ul>
 *   <li>A percentage is a rate target wherever it stands; a bare one ("100%", "đạt 75,2%") is "at
 *       least". A number in another unit is a count target only after a bound word (ít nhất, tối
 *       thiểu, trên, hơn, không quá, tối đa, dưới, đạt), so dates, years and numbered things are
 *       not read as targets.
 *   <li>ít nhất, tối thiểu, đạt → AT_LEAST; trên, hơn → AT_LEAST, strict (more than); không quá,
 *       không vượt quá, tối đa → AT_MOST; dưới → AT_MOST, strict (less than); bằng → EXACTLY.
 *   <li>tăng / giảm before the number make it a change against a base (so với năm trước, so với
 *       cùng kỳ, so với năm 2023; the previous year when none is named): the value is signed, a
 *       decrease negative, and "giảm ít nhất 20%" becomes a change of at most −20.
 *   <li>The name is the clause the number stands in (between commas, semicolons, colons or
 *       brackets) without the number and its bound words; the unit is "%" or the word after the
 *       number.
 * </ul>
 */
public final class TargetSentenceReader {

    /** A target as the sentence states it; {@code baseYear} {@code null} with {@code previousYear} for "năm trước". */
    public record ReadTarget(
            String name,
            String unit,
            Direction direction,
            boolean strict,
            BigDecimal value,
            Basis basis,
            Integer baseYear,
            boolean previousYear,
            String sentence) {}

    private static final String NUMBER = "\\d{1,3}(?:\\.\\d{3})+(?:,\\d+)?|\\d+(?:,\\d+)?|\\d+\\.\\d{1,2}(?!\\d)";

    /** Units of two syllables the plans use; any other unit is the one word after the number. */
    private static final String UNITS =
            "hồ sơ|hội nghị|văn bản|vụ việc|lượt người|thủ tục|tài liệu|đơn thư|câu lạc bộ|cuộc thi|lớp tập huấn";

    private static final Pattern TARGET = Pattern.compile(
            "(?<![\\p{L}\\d])"
                    + "(?:(?<change>tăng|giảm)\\s+)?"
                    + "(?:(?<reach>đạt(?: được)?)\\s+)?"
                    + "(?:(?:tỷ lệ|tỉ lệ|mức)\\s+)?"
                    + "(?:(?<bound>ít nhất|tối thiểu|không vượt quá|không quá|tối đa|trên|hơn|dưới|bằng)\\s+)?"
                    + "(?<number>" + NUMBER + ")"
                    + "\\s*(?:(?<percent>%)|(?<unit>" + UNITS + "|\\p{L}+)(?![\\p{L}\\d]))?",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private static final Pattern BASE = Pattern.compile(
            "^[^;.]{0,80}?so với\\s+(?:cùng kỳ\\s+)?(?:năm\\s+(?<year>\\d{4})|năm trước|cùng kỳ)",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private static final Pattern CLAUSE_END = Pattern.compile("(?<!\\d),|,(?!\\d)|[;:()\\n]|\\.(?=\\s|$)");

    private static final Pattern LEADING_WORDS = Pattern.compile(
            "^(?:và|phấn đấu|bảo đảm|đảm bảo|-|\\+|–)\\s+", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private static final Pattern TRAILING_WORDS = Pattern.compile(
            "\\s+(?:đạt(?: được)?|tỷ lệ|tỉ lệ|mức|đạt tỷ lệ|đạt tỉ lệ|là|với|và|trong đó)$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private static final Pattern OTHER_NUMBER = Pattern.compile("(?:" + NUMBER + ")\\s*%");

    private TargetSentenceReader() {}

    /** Every target the text states, in the order they stand. */
    public static List<ReadTarget> read(String text) {
        List<ReadTarget> found = new ArrayList<>();
        if (text == null || text.isBlank()) {
            return found;
        }
        String s = Normalizer.normalize(text, Normalizer.Form.NFC);
        Matcher m = TARGET.matcher(s);
        int from = 0;
        while (from < s.length() && m.find(from)) {
            from = m.end();
            boolean percent = m.group("percent") != null;
            String bound = lower(m.group("bound"));
            String change = lower(m.group("change"));
            boolean reach = m.group("reach") != null;
            if (!percent && (m.group("unit") == null || (bound == null && !reach))) {
                from = m.end("number");
                continue;
            }
            BigDecimal value = number(m.group("number"));
            if (value == null) {
                continue;
            }
            Direction direction = Direction.AT_LEAST;
            boolean strict = false;
            if (bound != null) {
                switch (bound) {
                    case "trên", "hơn" -> strict = true;
                    case "không quá", "không vượt quá", "tối đa" -> direction = Direction.AT_MOST;
                    case "dưới" -> {
                        direction = Direction.AT_MOST;
                        strict = true;
                    }
                    case "bằng" -> direction = Direction.EXACTLY;
                    default -> {}
                }
            }
            Basis basis = Basis.LEVEL;
            Integer baseYear = null;
            boolean previousYear = false;
            if (change != null) {
                basis = Basis.CHANGE;
                Matcher b = BASE.matcher(s.substring(m.end()));
                if (b.find() && b.group("year") != null) {
                    baseYear = Integer.valueOf(b.group("year"));
                } else {
                    previousYear = true;
                }
                if (change.equals("giảm")) {
                    value = value.negate();
                    direction = switch (direction) {
                        case AT_LEAST -> Direction.AT_MOST;
                        case AT_MOST -> Direction.AT_LEAST;
                        case EXACTLY -> Direction.EXACTLY;
                    };
                }
            }
            String unit = percent ? "%" : m.group("unit");
            found.add(new ReadTarget(
                    name(s, m.start(), m.end()),
                    unit,
                    direction,
                    strict,
                    value,
                    basis,
                    baseYear,
                    previousYear,
                    sentence(s, m.start(), m.end())));
        }
        return found;
    }

    /** A Vietnamese number: 95; 75,2; 10.000; 1.250,5 (a dot before three digits groups thousands). */
    static BigDecimal number(String written) {
        String n = written.strip();
        if (n.matches("\\d{1,3}(?:\\.\\d{3})+(?:,\\d+)?")) {
            n = n.replace(".", "");
        }
        try {
            return new BigDecimal(n.replace(',', '.'));
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static String name(String s, int start, int end) {
        int from = 0;
        Matcher before = CLAUSE_END.matcher(s);
        while (before.find() && before.end() <= start) {
            from = before.end();
        }
        int to = s.length();
        Matcher after = CLAUSE_END.matcher(s);
        if (after.find(end)) {
            to = after.start();
        }
        String head = tidy(OTHER_NUMBER.matcher(s.substring(from, start)).replaceAll(""));
        String tail = end <= to ? s.substring(end, to) : "";
        Matcher next = Pattern.compile("\\d").matcher(tail);
        tail = tidy(next.find() ? tail.substring(0, next.start()) : tail);
        if (tail.toLowerCase(Locale.ROOT).startsWith("so với")) {
            tail = "";
        }
        String name = (head + " " + tail).strip().replaceAll("\\s+", " ");
        if (name.isEmpty()) {
            name = tidy(s.substring(from, Math.min(to, s.length())));
        }
        if (name.length() > 300) {
            name = name.substring(0, 300).strip();
        }
        return name.isEmpty() ? name : name.substring(0, 1).toUpperCase(Locale.ROOT) + name.substring(1);
    }

    private static String tidy(String part) {
        String t = part.strip().replaceAll("\\s+", " ");
        String before;
        do {
            before = t;
            t = LEADING_WORDS.matcher(t).replaceFirst("").strip();
            t = TRAILING_WORDS.matcher(t).replaceFirst("").strip();
        } while (!t.equals(before));
        return t;
    }

    private static String sentence(String s, int start, int end) {
        int from = 0;
        for (int i = start - 1; i >= 0; i--) {
            char c = s.charAt(i);
            if (c == '\n' || c == ';' || (c == '.' && i + 1 < s.length() && Character.isWhitespace(s.charAt(i + 1)))) {
                from = i + 1;
                break;
            }
        }
        int to = s.length();
        for (int i = end; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\n'
                    || c == ';'
                    || (c == '.' && (i + 1 == s.length() || Character.isWhitespace(s.charAt(i + 1))))) {
                to = c == '.' ? i + 1 : i;
                break;
            }
        }
        return s.substring(from, to).strip();
    }

    private static String lower(String word) {
        return word == null ? null : word.toLowerCase(new Locale("vi")).replaceAll("\\s+", " ");
    }
}
