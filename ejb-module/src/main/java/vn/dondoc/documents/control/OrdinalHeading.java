package vn.dondoc.documents.control;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The ministry form of a plan's tasks (D-044): items headed by ordinal words, "Thứ nhất, hoàn thiện thể chế …",
 * "Thứ hai" on a line of its own, under a heading "II. NHIỆM VỤ TRỌNG TÂM VÀ GIẢI PHÁP CHỦ YẾU". Ministries print them
 * where a province prints "1.", "2.", so they are read as numbered items; the words are read up to "Thứ hai mươi",
 * whose label fits an item's 16 characters as "Thứ hai mươi chín" would not.
 */
record OrdinalHeading(int number, String label, String text) {

    /**
     * "Thứ" and the ordinal words, then the end of the line or a comma, colon, full stop or dash and the text that runs
     * on. "Thứ hai là ngày …" has no such mark, so it is no heading.
     */
    private static final Pattern HEADING = Pattern.compile(
            "^(thứ\\s+(?:hai\\s+mươi"
                    + "|mười(?:\\s+(?:một|hai|ba|tư|bốn|lăm|năm|sáu|bảy|bẩy|tám|chín))?"
                    + "|nhất|nhứt|hai|ba|tư|năm|sáu|bảy|bẩy|tám|chín))"
                    + "(?:\\s*[,:.\\-–]\\s*(.*))?$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /** A weekday, not a heading: "Thứ hai, ngày 15/01/2024, …". */
    private static final Pattern WEEKDAY =
            Pattern.compile("^ngày\\s+\\d", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /**
     * The heading of the tasks' section, numbered or not, with or without "Những"/"Các" and a year after it; not a
     * sentence that mentions the words ("Bộ Tư pháp xác định những nhiệm vụ trọng tâm …"), which does not begin so.
     */
    private static final Pattern TASK_HEADING = Pattern.compile(
            "^(?:(?:[IVX]{1,5}|[A-ZĐ]|\\d{1,2})[.)]\\s*|phần\\s+thứ\\s+\\S+\\s*[:.\\-–]?\\s*)?"
                    + "(?:những\\s+|các\\s+)?nhiệm\\s+vụ\\s+trọng\\s+tâm\\s+và\\s+(?:các\\s+|những\\s+)?giải\\s+pháp"
                    + "\\s+chủ\\s+yếu\\b[^.;]{0,60}$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private static final Map<String, Integer> UNITS = Map.ofEntries(
            Map.entry("một", 1),
            Map.entry("nhất", 1),
            Map.entry("nhứt", 1),
            Map.entry("hai", 2),
            Map.entry("ba", 3),
            Map.entry("tư", 4),
            Map.entry("bốn", 4),
            Map.entry("năm", 5),
            Map.entry("lăm", 5),
            Map.entry("sáu", 6),
            Map.entry("bảy", 7),
            Map.entry("bẩy", 7),
            Map.entry("tám", 8),
            Map.entry("chín", 9));

    /** The heading a line opens with, its number, its printed label ("Thứ ba") and the text after it (maybe empty). */
    static Optional<OrdinalHeading> of(String line) {
        Matcher m = HEADING.matcher(line.strip());
        if (!m.matches()) {
            return Optional.empty();
        }
        String rest = m.group(2) == null ? "" : m.group(2).strip();
        if (WEEKDAY.matcher(rest).find()) {
            return Optional.empty();
        }
        String label = m.group(1).replaceAll("\\s+", " ");
        label = Character.toUpperCase(label.charAt(0)) + label.substring(1).toLowerCase(Locale.ROOT);
        return Optional.of(new OrdinalHeading(number(label), label, capitalised(rest)));
    }

    /** Whether a line heads the tasks' section: "II. NHIỆM VỤ TRỌNG TÂM VÀ GIẢI PHÁP CHỦ YẾU", "Những nhiệm vụ …". */
    static boolean headsTasks(String line) {
        return TASK_HEADING.matcher(line.strip()).matches();
    }

    private static int number(String label) {
        String[] words = label.toLowerCase(Locale.ROOT).split(" ");
        // words[0] is "thứ"
        if (words[1].equals("mười")) {
            return 10 + (words.length > 2 ? UNITS.get(words[2]) : 0);
        }
        if (words.length > 2 && words[2].equals("mươi")) {
            return 20;
        }
        return UNITS.get(words[1]);
    }

    private static String capitalised(String text) {
        return text.isEmpty() ? text : text.substring(0, 1).toUpperCase(Locale.ROOT) + text.substring(1);
    }
}
