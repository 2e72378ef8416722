package vn.dondoc.documents.control;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.dondoc.documents.entity.ReferenceRelation;

/**
 * Finds the documents a plan refers to and how: the one it implements (named in its title, else
 * after "thực hiện / triển khai Chỉ thị, Nghị quyết, Kết luận" in its preamble), the ones it is
 * based on (preamble clauses "Thực hiện Văn bản…", "Căn cứ…", "Theo…") and the ones it only cites.
 * These links build the chain directive → plan → agency plans, so each number appears once, under
 * its strongest relation, and never the plan's own.
 */
public final class ReferenceFinder {

    /** A symbol part; only a last lowercase letter is allowed (TTg, QĐi, CTr), so prose never sticks to it. */
    private static final String SYMBOL = "[A-ZĐ][A-ZĐ0-9&]*[a-z]?";

    private static final Pattern NUMBER_IN_TEXT = Pattern.compile("(?<![\\p{L}\\p{N}/-])(?:"
            + "\\d{1,6}(?:/(?:19|20)\\d{2})?/[A-ZĐ]{1,6}[a-z]?-" + SYMBOL + "(?:-" + SYMBOL + ")*"
            + "|\\d{1,6}-[A-ZĐ]{1,6}[a-z]?/" + SYMBOL + "(?:-" + SYMBOL + ")*"
            + ")(?![\\p{L}\\p{N}])");

    /** Matched against the folded text just before a number: "triển khai có hiệu quả Chỉ thị số ". */
    private static final Pattern IMPLEMENTING = Pattern.compile(
            "\\b(?:thuc hien|trien khai)\\s+(?:[a-z]+\\s+){0,3}?(?:chi thi|nghi quyet|ket luan)\\s+(?:so\\s+)?$");

    private static final Pattern FOLLOWING = Pattern.compile("\\b(?:thuc hien|can cu|theo)\\s+(?:[a-z]+\\s+){0,3}?"
            + "(?:van ban|cong van|chi thi|nghi quyet|ket luan|quyet dinh|ke hoach|huong dan|thong bao|chuong trinh"
            + "|nghi dinh|thong tu)\\s+(?:so\\s+)?$");

    private static final Pattern SECTION_HEADING = Pattern.compile("(?m)^[ \\t]*[IVX]{1,5}[.)][ \\t]+\\S");

    /** How far before a number its introducing words are looked for. */
    private static final int WINDOW = 120;

    private static final int LONGEST_CONTEXT = 300;

    private record Mention(DocumentNumber number, int start, int end) {}

    /**
     * @param preamble the text before the first Roman-numeral section, with or without the title
     * @param wholeText the whole plan
     * @param self the plan's own number, never reported; {@code null} when it has none
     */
    public List<FoundReference> find(String preamble, String wholeText, DocumentNumber self) {
        String whole = normalized(wholeText);
        String pre = normalized(preamble);
        Map<DocumentNumber, FoundReference> found = new LinkedHashMap<>();

        for (String line : titleLines(head(whole))) {
            String folded = fold(line);
            for (Mention m : mentions(line)) {
                if (introduced(IMPLEMENTING, folded, m)) {
                    keepStrongest(found, new FoundReference(ReferenceRelation.IMPLEMENTS, m.number(), line));
                }
            }
        }
        boolean titleNamesIt = !found.isEmpty();
        String foldedPre = fold(pre);
        for (Mention m : mentions(pre)) {
            if (!titleNamesIt && introduced(IMPLEMENTING, foldedPre, m)) {
                keepStrongest(found, new FoundReference(ReferenceRelation.IMPLEMENTS, m.number(), clause(pre, m)));
            } else if (introduced(FOLLOWING, foldedPre, m)) {
                keepStrongest(found, new FoundReference(ReferenceRelation.BASED_ON, m.number(), clause(pre, m)));
            }
        }
        for (String text : List.of(pre, whole)) {
            for (Mention m : mentions(text)) {
                keepStrongest(found, new FoundReference(ReferenceRelation.CITES, m.number(), clause(text, m)));
            }
        }

        if (self != null) {
            found.remove(self);
        }
        List<FoundReference> references = new ArrayList<>(found.values());
        references.sort(Comparator.comparing(FoundReference::relation));
        return List.copyOf(references);
    }

    private static void keepStrongest(Map<DocumentNumber, FoundReference> found, FoundReference candidate) {
        found.merge(
                candidate.number(), candidate, (old, now) -> now.relation().compareTo(old.relation()) < 0 ? now : old);
    }

    private static List<Mention> mentions(String text) {
        List<Mention> mentions = new ArrayList<>();
        Matcher m = NUMBER_IN_TEXT.matcher(text);
        while (m.find()) {
            int start = m.start();
            int end = m.end();
            DocumentNumber.parse(m.group()).ifPresent(n -> mentions.add(new Mention(n, start, end)));
        }
        return mentions;
    }

    private static boolean introduced(Pattern words, String folded, Mention m) {
        return words.matcher(folded.substring(Math.max(0, m.start() - WINDOW), m.start()))
                .find();
    }

    /** Everything before the first section heading: letterhead, title and preamble. */
    private static String head(String whole) {
        Matcher heading = SECTION_HEADING.matcher(whole);
        return heading.find() ? whole.substring(0, heading.start()) : whole;
    }

    /**
     * The title: capitalised lines ("THỰC HIỆN CHỈ THỊ SỐ 46-CT/TU…"), and the line under the bare
     * type word ("KẾ HOẠCH") even when it is printed in sentence case.
     */
    private static List<String> titleLines(String head) {
        List<String> title = new ArrayList<>();
        boolean afterTypeWord = false;
        for (String raw : head.lines().toList()) {
            String line = raw.strip();
            if (line.isEmpty()) {
                continue;
            }
            if (afterTypeWord || isCapitalised(line)) {
                title.add(line);
            }
            afterTypeWord = isTypeWord(line);
        }
        return title;
    }

    private static boolean isCapitalised(String line) {
        long letters = line.chars().filter(Character::isLetter).count();
        long lower = line.chars().filter(Character::isLowerCase).count();
        // TTg and the like leave a few lowercase letters in a capitalised title.
        return letters >= 8 && lower * 10 <= letters;
    }

    private static boolean isTypeWord(String line) {
        return line.length() <= 30
                && line.chars().noneMatch(c -> Character.isLowerCase(c) || Character.isDigit(c))
                && line.chars().anyMatch(Character::isLetter);
    }

    /** The clause around a mention, between the nearest line break, "; " or ". ", kept short. */
    private static String clause(String text, Mention m) {
        int from = Math.max(text.lastIndexOf('\n', m.start()) + 1, 0);
        from = Math.max(from, afterSeparator(text.lastIndexOf("; ", m.start())));
        from = Math.max(from, afterSeparator(text.lastIndexOf(". ", m.start())));
        int to = text.length();
        for (String stop : List.of("\n", ";", ". ")) {
            int at = text.indexOf(stop, m.end());
            if (at >= 0) {
                to = Math.min(to, at + (stop.equals(". ") ? 1 : 0));
            }
        }
        if (to - from > LONGEST_CONTEXT) {
            from = Math.max(from, m.start() - LONGEST_CONTEXT / 2);
            to = Math.min(to, m.end() + LONGEST_CONTEXT / 2);
        }
        return text.substring(from, to).strip();
    }

    private static int afterSeparator(int at) {
        return at < 0 ? 0 : at + 2;
    }

    private static String normalized(String text) {
        return text == null
                ? ""
                : Normalizer.normalize(text, Normalizer.Form.NFC)
                        .replace("\r\n", "\n")
                        .replace('\u00A0', ' ');
    }

    /**
     * Lowercase and without diacritics, one character for one, so that a position in the folded
     * text is the same position in the original (the item sentence reader searches so too).
     */
    static String fold(String text) {
        StringBuilder folded = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = Character.toLowerCase(text.charAt(i));
            if (c == 'đ') {
                c = 'd';
            } else if (c > 127 && Character.isLetter(c)) {
                String bare = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD);
                c = bare.charAt(0) < 128 ? bare.charAt(0) : c;
            }
            folded.append(c);
        }
        return folded.toString();
    }
}
