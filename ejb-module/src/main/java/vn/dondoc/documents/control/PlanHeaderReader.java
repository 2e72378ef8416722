package vn.dondoc.documents.control;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

/**
 * Reads a plan's {@link PlanHeader}: the issuing body beside the national motto (printed above it,
 * or below it); number, place and date around the motto; type and title between the motto and the
 * body; the signer at the foot. The letterhead is expected in one column ({@link Letterhead}).
 */
final class PlanHeaderReader {

    private static final Pattern NUMBER_LINE = Pattern.compile("^Số\\s*:?\\s*(\\d.+)$", Pattern.CASE_INSENSITIVE);
    private static final Pattern PLACE_DATE = Pattern.compile(
            "^(.+?),\\s*ngày\\s+(\\d{1,2})\\s+tháng\\s+(\\d{1,2})\\s+năm\\s+(\\d{4})", Pattern.CASE_INSENSITIVE);

    private static final Map<String, String> TYPE_WORDS = Map.of(
            "KẾ HOẠCH", "KH",
            "CHỈ THỊ", "CT",
            "NGHỊ QUYẾT", "NQ",
            "KẾT LUẬN", "KL",
            "QUYẾT ĐỊNH", "QĐ",
            "CÔNG VĂN", "CV",
            "THÔNG BÁO", "TB",
            "CHƯƠNG TRÌNH", "CTr");

    /**
     * Reads the parts of a plan's cleaned lines that surround its body.
     *
     * @param aboveMotto the lines before the national motto (none when there is no motto)
     * @param head the lines from the motto (or the first line) to the body, or to the end when the text has none
     * @param foot the lines from "Trên đây là…", "Nơi nhận:" or the signature block on (none when the body runs
     *     to the end or there is none)
     */
    PlanHeader read(List<String> aboveMotto, List<String> head, List<String> foot) {
        // "Số: …" and the date sit under the motto, or, read from a two-column letterhead, under
        // the issuer above it: looked for below the motto first, then upwards from it.
        List<String> nearFirst = new ArrayList<>(aboveMotto);
        Collections.reverse(nearFirst);
        nearFirst.addAll(0, head);
        Optional<DocumentNumber> number = nearFirst.stream()
                .map(NUMBER_LINE::matcher)
                .filter(Matcher::matches)
                .findFirst()
                .flatMap(m -> DocumentNumber.parse(m.group(1)));
        String place = null;
        LocalDate issuedOn = null;
        for (String line : nearFirst) {
            Matcher m = PLACE_DATE.matcher(line);
            if (m.find()) {
                place = m.group(1).strip();
                issuedOn = PrintedDate.of(m.group(2), m.group(3), m.group(4));
                break;
            }
        }
        int typeLine = typeLine(head);
        String type = typeLine >= 0
                ? TYPE_WORDS.get(head.get(typeLine).toUpperCase(Locale.ROOT))
                : number.map(DocumentNumber::type).orElse(null);
        String title = typeLine >= 0 ? title(head, typeLine) : null;
        String preamble =
                typeLine >= 0 ? String.join("\n", head.subList(typeLine, head.size())) : String.join("\n", head);
        String issuer = issuerAbove(aboveMotto);
        return new PlanHeader(
                type,
                number.orElse(null),
                issuer != null ? issuer : issuerBelow(head),
                place,
                issuedOn,
                SignatureBlock.signer(foot),
                title,
                preamble);
    }

    /** The line that is only the document's type word ("KẾ HOẠCH"), or -1. */
    private static int typeLine(List<String> head) {
        return IntStream.range(0, head.size())
                .filter(i -> TYPE_WORDS.containsKey(head.get(i).toUpperCase(Locale.ROOT)))
                .findFirst()
                .orElse(-1);
    }

    /**
     * The issuing body: the capitalised lines just above the national motto ("ỦY BAN NHÂN DÂN /
     * TỈNH VĨNH PHÚC"), past the rules, the number and the date a two-column letterhead puts there.
     */
    private static String issuerAbove(List<String> aboveMotto) {
        List<String> parts = new ArrayList<>();
        for (int i = aboveMotto.size() - 1; i >= 0 && parts.size() < 3; i--) {
            String line = aboveMotto.get(i);
            if (line.isEmpty() || Letterhead.isSeparator(line) || isNumberOrDate(line)) {
                if (parts.isEmpty()) {
                    continue;
                }
                break;
            }
            if (!isCapitalised(line)) {
                break;
            }
            parts.add(0, line);
        }
        return parts.isEmpty() ? null : String.join(" ", parts);
    }

    /**
     * The issuing body printed under the motto and its subtitle rather than above them: the
     * capitalised lines before the number, the date or the type word, if any.
     */
    private static String issuerBelow(List<String> head) {
        List<String> parts = new ArrayList<>();
        for (String line : head) {
            if (parts.isEmpty()
                    && (line.isEmpty()
                            || Letterhead.opensMotto(line)
                            || Letterhead.isMottoSubtitle(line)
                            || Letterhead.isSeparator(line))) {
                continue;
            }
            if (line.isEmpty()
                    || Letterhead.isSeparator(line)
                    || isNumberOrDate(line)
                    || TYPE_WORDS.containsKey(line.toUpperCase(Locale.ROOT))
                    || !isCapitalised(line)
                    || parts.size() == 3) {
                break;
            }
            parts.add(line);
        }
        return parts.isEmpty() ? null : String.join(" ", parts);
    }

    private static boolean isNumberOrDate(String line) {
        return Letterhead.isNumberLine(line) || Letterhead.isPlaceAndDate(line);
    }

    private static boolean isCapitalised(String line) {
        return line.equals(line.toUpperCase(Locale.ROOT));
    }

    /** The capitalised lines after the type word ("KẾ HOẠCH"), up to the first ordinary sentence. */
    private static String title(List<String> head, int typeLine) {
        List<String> parts = new ArrayList<>();
        for (String line : head.subList(typeLine + 1, head.size())) {
            if (line.isEmpty()) {
                if (parts.isEmpty()) {
                    continue;
                }
                break;
            }
            if (!line.equals(line.toUpperCase(Locale.ROOT)) && !parts.isEmpty()) {
                break;
            }
            parts.add(line);
        }
        return parts.isEmpty() ? null : String.join(" ", parts);
    }
}
