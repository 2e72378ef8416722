package vn.dondoc.documents.control;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The letterhead of a plan as printed in two columns: the issuing body with "Số: …" on the left,
 * the national motto with the place and date on the right. Text copied from a PDF or a web page
 * keeps both columns on one line ("ỦY BAN NHÂN DÂN     CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
 * {@link #inOneColumn} puts such lines one column after the other, the order in which a DOCX
 * layout table is read, so that the header reader meets one layout whatever the source.
 */
final class Letterhead {

    /** The motto line, in capitals as letterheads print it, with either tone placement of "HÒA". */
    private static final Pattern MOTTO =
            Pattern.compile("CỘNG (?:HÒA|HOÀ) XÃ HỘI CHỦ NGHĨA VIỆT NAM|ĐẢNG CỘNG SẢN VIỆT NAM");

    private static final Pattern MOTTO_SUBTITLE = Pattern.compile("Độc lập\\s*[-–—]\\s*Tự do\\s*[-–—]\\s*Hạnh phúc");

    /** Two columns on one line are set apart by a tab or a run of spaces. */
    private static final Pattern GAP = Pattern.compile("\\t+\\s*|\\s{2,}");

    private static final Pattern NUMBER = Pattern.compile("^Số\\s*:?\\s*\\d", Pattern.CASE_INSENSITIVE);
    private static final Pattern PLACE_DATE =
            Pattern.compile(",\\s*ngày\\s+\\d{1,2}\\s+tháng\\s+\\d{1,2}\\s+năm\\s+\\d{4}", Pattern.CASE_INSENSITIVE);

    /** "Số: 15/KH-UBND Vĩnh Phúc, ngày …" once the gap between the columns has shrunk to a space. */
    private static final Pattern NUMBER_THEN_PLACE = Pattern.compile(
            "^(Số\\s*:?\\s*\\d\\S*)\\s+(\\S.*" + PLACE_DATE.pattern() + ".*)$", Pattern.CASE_INSENSITIVE);

    /** Rules printed under the issuer and the motto: "-------", "___", "—", "***". */
    private static final Pattern SEPARATOR = Pattern.compile("^[-_=*.~—–‒―\\s]+$");

    private Letterhead() {}

    /** Whether a line opens the national motto (or the Party's, on Party documents). */
    static boolean opensMotto(String line) {
        Matcher m = MOTTO.matcher(line);
        return m.lookingAt();
    }

    /** "Độc lập - Tự do - Hạnh phúc", printed under the motto. */
    static boolean isMottoSubtitle(String line) {
        return MOTTO_SUBTITLE.matcher(line).lookingAt();
    }

    static boolean isSeparator(String line) {
        return !line.isEmpty() && SEPARATOR.matcher(line).matches();
    }

    static boolean isNumberLine(String line) {
        return NUMBER.matcher(line).find();
    }

    static boolean isPlaceAndDate(String line) {
        return PLACE_DATE.matcher(line).find();
    }

    /**
     * The lines with every run of two-column letterhead lines before the body rewritten as its left
     * parts, then its right parts. Only lines with a part of the letterhead in them are touched, so
     * a double space in the title or the preamble is never taken for a gap between columns.
     */
    static List<String> inOneColumn(List<String> lines) {
        int body = 0;
        while (body < lines.size()
                && !ItemTreeReader.looksLikeSection(lines.get(body))
                && !ItemTreeReader.opensNumberedItem(lines.get(body))) {
            body++;
        }
        List<String> out = new ArrayList<>();
        int i = 0;
        while (i < body) {
            List<String[]> run = new ArrayList<>();
            for (String[] columns; i < body && (columns = columns(lines.get(i))) != null; i++) {
                run.add(columns);
            }
            if (run.isEmpty()) {
                out.add(lines.get(i++));
            } else {
                run.forEach(columns -> out.add(columns[0]));
                run.forEach(columns -> out.add(columns[1]));
            }
        }
        out.addAll(lines.subList(body, lines.size()));
        return out;
    }

    /**
     * The parts of a line as printed in columns set apart by a tab or a run of spaces; the line
     * alone when it has no such gap. The foot prints the recipients beside the signature so too.
     */
    static List<String> columnsOf(String line) {
        return List.of(GAP.split(line.strip()));
    }

    /** The left and right part of a letterhead line printed in two columns, or null for any other line. */
    private static String[] columns(String line) {
        String[] parts = GAP.split(line.strip());
        if (parts.length == 2 && (isPart(parts[0]) || isPart(parts[1]))) {
            return parts;
        }
        // DOCX and HTML collapse the gap to one space: the right column then begins at the motto
        // or its subtitle, after an issuer in capitals.
        for (Pattern right : List.of(MOTTO, MOTTO_SUBTITLE)) {
            Matcher m = right.matcher(line);
            if (m.find() && m.start() > 0) {
                String left = line.substring(0, m.start()).strip();
                if (!left.isEmpty() && left.equals(left.toUpperCase(Locale.ROOT))) {
                    return new String[] {left, line.substring(m.start()).strip()};
                }
            }
        }
        Matcher numberThenPlace = NUMBER_THEN_PLACE.matcher(line);
        return numberThenPlace.matches() ? new String[] {numberThenPlace.group(1), numberThenPlace.group(2)} : null;
    }

    private static boolean isPart(String part) {
        return opensMotto(part)
                || isMottoSubtitle(part)
                || isNumberLine(part)
                || isPlaceAndDate(part)
                || isSeparator(part);
    }
}
