package vn.dondoc.documents.control;

import java.math.BigInteger;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFNum;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTAbstractNum;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTNumLvl;

/**
 * The labels Word shows in front of numbered paragraphs ("1.", "a)", "1.2."), which are not part
 * of the paragraph text in the file. Word computes them while laying out; this replays the
 * counters in document order. Best effort: bullets and unknown formats give no label, counters
 * are kept per list (numId), and numbering inherited only from a paragraph style is not seen.
 */
final class DocxListLabels {

    private static final int LEVELS = 9;
    /** Beyond "zzzz…" (n letters) a hostile start value could make a label megabytes long. */
    private static final int MAX_LETTER_REPEAT = 10;

    private final XWPFNumbering numbering;
    private final Map<BigInteger, int[]> counters = new HashMap<>();

    DocxListLabels(XWPFNumbering numbering) {
        this.numbering = numbering;
    }

    /** The label of this paragraph, advancing its list's counter; empty when it is not numbered. */
    Optional<String> next(XWPFParagraph paragraph) {
        BigInteger numId = paragraph.getNumID();
        if (numbering == null || numId == null || numId.signum() <= 0) {
            return Optional.empty();
        }
        XWPFNum num = numbering.getNum(numId);
        if (num == null || num.getCTNum().getAbstractNumId() == null) {
            return Optional.empty();
        }
        XWPFAbstractNum abstractNum =
                numbering.getAbstractNum(num.getCTNum().getAbstractNumId().getVal());
        if (abstractNum == null) {
            return Optional.empty();
        }
        CTLvl[] levels = levels(abstractNum.getCTAbstractNum(), num);
        int level = paragraph.getNumIlvl() == null ? 0 : paragraph.getNumIlvl().intValue();
        if (level < 0 || level >= LEVELS || levels[level] == null) {
            return Optional.empty();
        }
        int[] count = counters.computeIfAbsent(numId, id -> initial(levels));
        count[level]++;
        for (int deeper = level + 1; deeper < LEVELS; deeper++) {
            count[deeper] = start(levels[deeper]) - 1;
        }
        return render(levels, level, count);
    }

    /** The list's levels, with the overrides this list instance (w:num) declares. */
    private static CTLvl[] levels(CTAbstractNum abstractNum, XWPFNum num) {
        CTLvl[] levels = new CTLvl[LEVELS];
        for (CTLvl lvl : abstractNum.getLvlArray()) {
            int i = lvl.getIlvl() == null ? 0 : lvl.getIlvl().intValue();
            if (i >= 0 && i < LEVELS) {
                levels[i] = lvl;
            }
        }
        for (CTNumLvl override : num.getCTNum().getLvlOverrideArray()) {
            int i = override.getIlvl() == null ? 0 : override.getIlvl().intValue();
            if (i < 0 || i >= LEVELS) {
                continue;
            }
            if (override.isSetLvl()) {
                levels[i] = override.getLvl();
            }
            if (override.isSetStartOverride() && levels[i] != null) {
                CTLvl copy = (CTLvl) levels[i].copy();
                if (!copy.isSetStart()) {
                    copy.addNewStart();
                }
                copy.getStart().setVal(override.getStartOverride().getVal());
                levels[i] = copy;
            }
        }
        return levels;
    }

    private static int[] initial(CTLvl[] levels) {
        int[] count = new int[LEVELS];
        for (int i = 0; i < LEVELS; i++) {
            count[i] = start(levels[i]) - 1;
        }
        return count;
    }

    private static int start(CTLvl lvl) {
        if (lvl == null || !lvl.isSetStart() || lvl.getStart().getVal() == null) {
            return 1;
        }
        return lvl.getStart().getVal().intValue();
    }

    private static Optional<String> render(CTLvl[] levels, int level, int[] count) {
        CTLvl lvl = levels[level];
        String format = format(lvl);
        if (!lvl.isSetLvlText()
                || lvl.getLvlText().getVal() == null
                || "bullet".equals(format)
                || "none".equals(format)) {
            return Optional.empty();
        }
        String template = lvl.getLvlText().getVal();
        if (!template.contains("%")) {
            return Optional.empty();
        }
        StringBuilder label = new StringBuilder();
        for (int i = 0; i < template.length(); i++) {
            char c = template.charAt(i);
            if (c == '%'
                    && i + 1 < template.length()
                    && template.charAt(i + 1) >= '1'
                    && template.charAt(i + 1) <= '9') {
                int referenced = template.charAt(i + 1) - '1';
                label.append(number(Math.max(count[referenced], 0), format(levels[referenced])));
                i++;
            } else {
                label.append(c);
            }
        }
        String text = label.toString().strip();
        return text.isEmpty() ? Optional.empty() : Optional.of(text);
    }

    private static String format(CTLvl lvl) {
        return lvl == null || !lvl.isSetNumFmt() || lvl.getNumFmt().getVal() == null
                ? "decimal"
                : lvl.getNumFmt().getVal().toString();
    }

    /** Word's rendering of one counter; formats it does not know fall back to decimal. */
    static String number(int value, String format) {
        return switch (format) {
            case "lowerLetter" -> letters(value);
            case "upperLetter" -> letters(value).toUpperCase(Locale.ROOT);
            case "lowerRoman" -> roman(value).toLowerCase(Locale.ROOT);
            case "upperRoman" -> roman(value);
            case "decimalZero" -> value < 10 ? "0" + value : Integer.toString(value);
            default -> Integer.toString(value);
        };
    }

    /** a … z, then aa … zz, as Word does (Word uses the Latin alphabet, not a b c d đ e …). */
    private static String letters(int value) {
        if (value <= 0 || value > 26 * MAX_LETTER_REPEAT) {
            return Integer.toString(value);
        }
        char letter = (char) ('a' + (value - 1) % 26);
        return String.valueOf(letter).repeat((value - 1) / 26 + 1);
    }

    private static String roman(int value) {
        if (value <= 0 || value >= 4000) {
            return Integer.toString(value);
        }
        int[] values = {1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1};
        String[] symbols = {"M", "CM", "D", "CD", "C", "XC", "L", "XL", "X", "IX", "V", "IV", "I"};
        StringBuilder roman = new StringBuilder();
        int rest = value;
        for (int i = 0; i < values.length; i++) {
            while (rest >= values[i]) {
                roman.append(symbols[i]);
                rest -= values[i];
            }
        }
        return roman.toString();
    }
}
