package vn.dondoc.agencies.control;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns printed agency names into the words they are matched by, so that the spellings people
 * use meet: case, Unicode form, old and new tone placement ("Uỷ"/"Ủy", "Hoá"/"Hóa"),
 * "hằng"/"hàng", punctuation, and the usual abbreviations (UBND ↔ Ủy ban nhân dân…). A second,
 * bare form drops the diacritics as well, for text typed without them.
 */
public final class NameNormaliser {

    /** Runs of letters, digits and "&" (kept inside a word so "TT&TT" can be expanded whole). */
    static final Pattern WORD = Pattern.compile("[\\p{L}\\p{M}\\p{N}&]+");

    private static final Pattern COMBINING_MARKS = Pattern.compile("\\p{M}+");
    // Old style puts the tone on the second vowel of a final "oa", "oe", "uy" (hoá, uỷ); new
    // style on the first (hóa, ủy). Both occur in real documents; the new style is kept.
    private static final Pattern SECOND_VOWEL_TONE =
            Pattern.compile("([ou])([aey])([\\u0300\\u0301\\u0303\\u0309\\u0323])$");

    private static final Map<String, String> ABBREVIATIONS = Map.ofEntries(
            Map.entry("ubnd", "ủy ban nhân dân"),
            Map.entry("hđnd", "hội đồng nhân dân"),
            Map.entry("tand", "tòa án nhân dân"),
            Map.entry("vksnd", "viện kiểm sát nhân dân"),
            Map.entry("ubmttq", "ủy ban mặt trận tổ quốc"),
            Map.entry("ubmttqvn", "ủy ban mặt trận tổ quốc việt nam"),
            Map.entry("mttq", "mặt trận tổ quốc"),
            Map.entry("tgpl", "trợ giúp pháp lý"),
            Map.entry("thads", "thi hành án dân sự"),
            Map.entry("pbgdpl", "phổ biến giáo dục pháp luật"),
            Map.entry("ptth", "phát thanh truyền hình"),
            Map.entry("tt&tt", "thông tin và truyền thông"),
            Map.entry("tttt", "thông tin và truyền thông"));

    private static final Map<String, String> BARE_ABBREVIATIONS = bareKeys();

    private NameNormaliser() {}

    /**
     * The normalised form of a whole text: its words with diacritics, joined by single spaces
     * ("UBND các huyện, thành phố" → "ủy ban nhân dân các huyện thành phố").
     */
    public static String normalise(String text) {
        return String.join(" ", wordsOfText(text, false));
    }

    /** As {@link #normalise} but without diacritics, {@code đ} as {@code d}. */
    public static String bare(String text) {
        return String.join(" ", wordsOfText(text, true));
    }

    static List<String> wordsOfText(String text, boolean bare) {
        List<String> words = new ArrayList<>();
        Matcher m = WORD.matcher(Normalizer.normalize(text, Normalizer.Form.NFC));
        while (m.find()) {
            words.addAll(words(m.group(), bare));
        }
        for (int i = words.size() - 2; i >= 0; i--) {
            if (droppedBefore(words.get(i), words.get(i + 1), bare)) {
                words.remove(i);
            }
        }
        return words;
    }

    /**
     * Whether a matching word is left out before the next: "các phòng, đơn vị trực thuộc Sở" and "… thuộc Sở" name
     * the same group, so "trực" before "thuộc" is dropped (D-044).
     */
    static boolean droppedBefore(String word, String next, boolean bare) {
        return word.equals(bare ? "truc" : "trực") && next.equals(bare ? "thuoc" : "thuộc");
    }

    /**
     * The matching words of one printed word (a {@link #WORD} run): none for a lone "&", several
     * for an abbreviation.
     */
    static List<String> words(String printed, boolean bare) {
        String word = canonical(printed);
        String expansion = bare ? BARE_ABBREVIATIONS.get(strip(word)) : ABBREVIATIONS.get(word);
        String text = expansion != null ? expansion : word;
        List<String> words = new ArrayList<>();
        for (String part : text.split("[\\s&]+")) {
            if (!part.isEmpty()) {
                words.add(bare ? strip(part) : part);
            }
        }
        return words;
    }

    private static String canonical(String printed) {
        String lower = Normalizer.normalize(printed, Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
        String decomposed = Normalizer.normalize(lower, Normalizer.Form.NFD);
        String toned = SECOND_VOWEL_TONE.matcher(decomposed).replaceFirst("$1$3$2");
        String word = Normalizer.normalize(toned, Normalizer.Form.NFC);
        return word.equals("hằng") ? "hàng" : word;
    }

    static String strip(String word) {
        String decomposed = Normalizer.normalize(word.replace('đ', 'd').replace('Đ', 'D'), Normalizer.Form.NFD);
        return COMBINING_MARKS.matcher(decomposed).replaceAll("");
    }

    private static Map<String, String> bareKeys() {
        Map<String, String> bare = new HashMap<>();
        ABBREVIATIONS.forEach((abbreviation, expansion) -> bare.put(strip(abbreviation), expansion));
        return Map.copyOf(bare);
    }
}
