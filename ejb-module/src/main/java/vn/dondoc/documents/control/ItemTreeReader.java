package vn.dondoc.documents.control;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.dondoc.agencies.control.NameMatcher;
import vn.dondoc.agencies.entity.Slug;
import vn.dondoc.items.control.ParsedItem;
import vn.dondoc.items.control.ScheduleParser;
import vn.dondoc.items.entity.ResponsibilityRole;

/**
 * Reads the numbered body of a plan into its item tree: sections (II.), items (1.), decimal (1.1.) and lettered (a))
 * sub-items, each with the lead, coordinators and time frame its labelled lines name, or else its own sentence
 * (ItemSentenceReader).
 */
final class ItemTreeReader {

    private static final Pattern SECTION = Pattern.compile("^([IVX]{1,5})[.)]\\s+(.+)$");
    private static final Pattern DECIMAL = Pattern.compile("^(\\d{1,2}(?:\\.\\d{1,2})+)\\.?\\s+(.+)$");
    private static final Pattern NUMBERED = Pattern.compile("^(\\d{1,2})[.)]\\s+(.+)$");
    private static final Pattern LETTERED = Pattern.compile("^([a-zđ])\\)\\s*(.+)$");
    private static final Pattern LABELLED = Pattern.compile("^[-–•+*]?\\s*([^:]{3,70}?)\\s*:\\s*(.*)$");
    private static final Pattern COMBINED = Pattern.compile(
            "^(.+?)\\s+phối hợp(?:\\s+chặt chẽ)?(?:,\\s*hiệu quả)?\\s+với\\s+(.+?)(?:\\s+(?:để|trong)\\s+.*)?\\.?$",
            Pattern.CASE_INSENSITIVE);

    private enum Label {
        LEAD,
        COORDINATOR,
        LEAD_AND_COORDINATOR,
        SCHEDULE,
        CONTENT
    }

    private static final Map<String, Label> LABELS = labels();

    private final NameMatcher names;
    private final ItemSentenceReader sentences;

    ItemTreeReader(NameMatcher names) {
        this.names = names;
        this.sentences = new ItemSentenceReader(names);
    }

    /** Whether a line is printed like a section heading ("II. NỘI DUNG"), whatever its run of I, V and X. */
    static boolean looksLikeSection(String line) {
        return SECTION.matcher(line).matches();
    }

    /** Whether a line opens a section: a heading with a true Roman numeral ("II.", not "IIII."). */
    static boolean opensSection(String line) {
        return sectionHeading(line) != null;
    }

    /** Whether a line opens a numbered item ("1.", "2)"). */
    static boolean opensNumberedItem(String line) {
        return NUMBERED.matcher(line).matches();
    }

    /** The item tree of a plan's body, its lines cleaned, from its first section or item on. */
    List<ParsedItem> read(List<String> lines) {
        List<ParsedItem> top = new ArrayList<>();
        ParsedItem section = null;
        ParsedItem item = null;
        ParsedItem current = null;
        Map<String, Integer> letterCounts = new HashMap<>();
        // Ordinal headings ("Thứ nhất, …") are items only in a section of tasks, and only in their order,
        // so that "Thứ hai, …" in the aims or a sentence of prose stays text (D-044).
        boolean ordinalsRead = false;
        int lastOrdinal = 0;
        Optional<OrdinalHeading> ordinal;
        for (String line : lines) {
            if (line.isEmpty()) {
                continue;
            }
            Matcher m;
            if ((m = sectionHeading(line)) != null) {
                section = new ParsedItem(m.group(1), m.group(1) + ".", m.group(2));
                top.add(section);
                item = null;
                current = section;
                ordinalsRead = OrdinalHeading.headsTasks(line) || !ItemSentenceReader.holdsNoTasks(m.group(2));
                lastOrdinal = 0;
            } else if (OrdinalHeading.headsTasks(line)
                    && (section == null || ItemSentenceReader.holdsNoTasks(section.text()))) {
                // An unnumbered "NHỮNG NHIỆM VỤ TRỌNG TÂM VÀ GIẢI PHÁP CHỦ YẾU" ends the section before it; its
                // items stand at the top of the tree, as a plan without Roman sections prints them.
                section = null;
                item = null;
                current = null;
                ordinalsRead = true;
                lastOrdinal = 0;
            } else if (ordinalsRead
                    && (ordinal = OrdinalHeading.of(line)).isPresent()
                    && (ordinal.get().number() == 1 || ordinal.get().number() == lastOrdinal + 1)
                    && !taken(
                            section,
                            top,
                            (section == null ? "" : section.code() + ".")
                                    + ordinal.get().number())) {
                lastOrdinal = ordinal.get().number();
                item = new ParsedItem(
                        (section == null ? "" : section.code() + ".") + lastOrdinal,
                        ordinal.get().label(),
                        ordinal.get().text());
                addTo(section, top, item);
                current = item;
                letterCounts.clear();
            } else if (OrdinalHeading.headsTasks(line)) {
                ordinalsRead = true;
                if (current != null) {
                    annotate(current, line);
                }
            } else if ((m = DECIMAL.matcher(line)).matches()) {
                String prefix = section == null ? "" : section.code() + ".";
                String head = m.group(1).substring(0, m.group(1).indexOf('.'));
                ParsedItem parent = item != null && item.code().equals(prefix + head) ? item : section;
                current = new ParsedItem(prefix + m.group(1), m.group(1) + ".", m.group(2));
                addTo(parent, top, current);
            } else if ((m = NUMBERED.matcher(line)).matches()) {
                item = new ParsedItem(
                        (section == null ? "" : section.code() + ".") + m.group(1), m.group(1) + ".", m.group(2));
                addTo(section, top, item);
                current = item;
                letterCounts.clear();
            } else if ((m = LETTERED.matcher(line)).matches() && item != null) {
                String letter = m.group(1);
                int seen = letterCounts.merge(letter, 1, Integer::sum);
                String code = item.code() + "." + letter + (seen > 1 ? "-" + seen : "");
                current = new ParsedItem(code, letter + ")", m.group(2));
                item.addChild(current);
            } else if (current != null) {
                annotate(current, line);
            }
        }
        top.forEach(ItemTreeReader::shareTrailingLines);
        // After the labelled lines are shared out: a sentence gives only what no labelled line did.
        sentences.read(top);
        return top;
    }

    private void annotate(ParsedItem item, String line) {
        Matcher m = LABELLED.matcher(line);
        Label label = m.matches() ? labelOf(m.group(1)) : null;
        if (label == null) {
            item.appendText(line);
            return;
        }
        String value = m.group(2).strip();
        switch (label) {
            case LEAD -> names.bodies(value).forEach(b -> item.addResponsibility(ResponsibilityRole.LEAD, b));
            case COORDINATOR ->
                names.bodies(value).forEach(b -> item.addResponsibility(ResponsibilityRole.COORDINATOR, b));
            case LEAD_AND_COORDINATOR -> leadAndCoordinators(item, value);
            case SCHEDULE -> item.schedule(ScheduleParser.parse(value));
            case CONTENT -> item.appendText(value);
        }
    }

    /** "Sở Tư pháp phối hợp chặt chẽ với TAND tỉnh, VKSND tỉnh, Công an tỉnh để thực hiện nhiệm vụ." */
    private void leadAndCoordinators(ParsedItem item, String value) {
        Matcher m = COMBINED.matcher(value);
        if (!m.matches()) {
            names.bodies(value).forEach(b -> item.addResponsibility(ResponsibilityRole.LEAD, b));
            return;
        }
        names.bodies(m.group(1)).forEach(b -> item.addResponsibility(ResponsibilityRole.LEAD, b));
        names.bodies(m.group(2)).forEach(b -> item.addResponsibility(ResponsibilityRole.COORDINATOR, b));
    }

    /** Children first: what moves up to an item can then move on up to its section. */
    private static void shareTrailingLines(ParsedItem node) {
        node.children().forEach(ItemTreeReader::shareTrailingLines);
        node.shareTrailingLinesOfLastChild();
    }

    /**
     * Whether an item of that code is already in the section (or at the top): "Thứ nhất, …" inside an item printed
     * "1." enumerates its text, and would otherwise take its code.
     */
    private static boolean taken(ParsedItem section, List<ParsedItem> top, String code) {
        return (section == null ? top : section.children())
                .stream().anyMatch(i -> i.code().equals(code));
    }

    private static void addTo(ParsedItem parent, List<ParsedItem> top, ParsedItem child) {
        if (parent == null) {
            top.add(child);
        } else {
            parent.addChild(child);
        }
    }

    /** The heading's match when the line opens a section with a true Roman numeral, else null. */
    private static Matcher sectionHeading(String line) {
        Matcher m = SECTION.matcher(line);
        return m.matches() && isRoman(m.group(1)) ? m : null;
    }

    private static boolean isRoman(String numeral) {
        return numeral.matches("^(X{0,3})(IX|IV|V?I{0,3})$");
    }

    private static Label labelOf(String label) {
        String slug;
        try {
            slug = Slug.of(label);
        } catch (IllegalArgumentException e) {
            return null;
        }
        if (slug.startsWith("dau-moi")) {
            return Label.LEAD;
        }
        return LABELS.get(slug);
    }

    private static Map<String, Label> labels() {
        Map<String, Label> labels = new HashMap<>();
        for (String who : List.of("co-quan", "don-vi", "co-quan-don-vi")) {
            labels.put(who + "-chu-tri", Label.LEAD);
            labels.put(who + "-thuc-hien", Label.LEAD);
            labels.put(who + "-phoi-hop", Label.COORDINATOR);
            labels.put(who + "-chu-tri-phoi-hop", Label.LEAD_AND_COORDINATOR);
        }
        labels.put("chu-tri", Label.LEAD);
        labels.put("phoi-hop", Label.COORDINATOR);
        for (String when : List.of(
                "thoi-gian-thuc-hien",
                "thoi-han-hoan-thanh",
                "thoi-gian-hoan-thanh",
                "thoi-han-thuc-hien",
                "thoi-han",
                "thoi-gian",
                "tien-do-thuc-hien",
                "tien-do")) {
            labels.put(when, Label.SCHEDULE);
        }
        labels.put("noi-dung", Label.CONTENT);
        labels.put("san-pham", Label.CONTENT);
        return Map.copyOf(labels);
    }
}
