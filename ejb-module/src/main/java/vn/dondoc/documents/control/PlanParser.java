package vn.dondoc.documents.control;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.dondoc.agencies.control.NameMatcher;
import vn.dondoc.agencies.entity.Slug;
import vn.dondoc.items.control.ParsedItem;
import vn.dondoc.items.control.ScheduleParser;
import vn.dondoc.items.entity.ResponsibilityRole;

/**
 * Reads a Vietnamese directive or plan, printed as paragraphs (and, through {@link
 * AppendixTable}, as an appendix table), into a {@link ParsedPlan}: the registry data from its
 * header, the documents it refers to, the item tree with each item's responsibilities and time
 * frame, and what section III asks of the agencies. Web-page text before the issuing body is
 * ignored; so is everything after "Trên đây là…" / "Nơi nhận:" but the signer.
 */
public final class PlanParser {

    private static final Pattern SECTION = Pattern.compile("^([IVX]{1,5})[.)]\\s+(.+)$");
    private static final Pattern DECIMAL = Pattern.compile("^(\\d{1,2}(?:\\.\\d{1,2})+)\\.?\\s+(.+)$");
    private static final Pattern NUMBERED = Pattern.compile("^(\\d{1,2})[.)]\\s+(.+)$");
    private static final Pattern LETTERED = Pattern.compile("^([a-zđ])\\)\\s*(.+)$");
    private static final Pattern LABELLED = Pattern.compile("^[-–•+*]?\\s*([^:]{3,70}?)\\s*:\\s*(.*)$");
    private static final Pattern NATIONAL_MOTTO =
            Pattern.compile("^CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM|^ĐẢNG CỘNG SẢN VIỆT NAM");
    private static final Pattern END_OF_BODY = Pattern.compile("^(Trên đây là|Nơi nhận)", Pattern.CASE_INSENSITIVE);
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
    private final PlanHeaderReader headerReader = new PlanHeaderReader();
    private final ImplementationReader implementationReader;

    public PlanParser(NameMatcher names) {
        this.names = names;
        this.implementationReader = new ImplementationReader(names);
    }

    /** Parses a plan given as plain text, one paragraph per line. */
    public ParsedPlan parse(String text) throws NoPlanFound {
        return parse(text.lines().map(String::strip).toList(), List.of());
    }

    /**
     * Parses a plan from its paragraphs in order, and items found in appendix tables (already
     * read by {@link AppendixTable}), which are added after the paragraphs' items.
     */
    public ParsedPlan parse(List<String> paragraphs, List<ParsedItem> tableItems) throws NoPlanFound {
        List<String> lines = paragraphs.stream().map(PlanParser::clean).toList();
        int motto = indexOf(lines, 0, l -> NATIONAL_MOTTO.matcher(l).find());
        int headStart = Math.max(motto, 0);
        int bodyStart = indexOf(lines, headStart, l -> SECTION.matcher(l).matches());
        if (bodyStart < 0) {
            bodyStart = indexOf(lines, headStart, l -> NUMBERED.matcher(l).matches());
        }
        int bodyEnd = bodyStart < 0
                ? lines.size()
                : indexOf(lines, bodyStart, l -> END_OF_BODY.matcher(l).find());
        bodyEnd = bodyEnd < 0 ? lines.size() : bodyEnd;

        List<ParsedItem> items = new ArrayList<>(bodyStart < 0 ? List.of() : body(lines.subList(bodyStart, bodyEnd)));
        items.addAll(tableItems);
        if (items.isEmpty()) {
            throw new NoPlanFound("Không tìm thấy nội dung nào được đánh số (I., 1., a), hay bảng phụ lục) / "
                    + "No numbered content (I., 1., a)) or appendix table was found: this does not look like a plan");
        }

        int headEnd = bodyStart < 0 ? lines.size() : bodyStart;
        PlanHeader header = headerReader.read(
                lines.subList(0, headStart), lines.subList(headStart, headEnd), lines.subList(bodyEnd, lines.size()));
        List<FoundReference> references =
                new ReferenceFinder().find(header.preamble(), String.join("\n", lines), header.number());
        Implementation implementation = implementationReader.read(items);
        return new ParsedPlan(
                header.type(),
                header.number(),
                header.issuer(),
                header.place(),
                header.issuedOn(),
                header.signer(),
                header.title(),
                references,
                items,
                implementation,
                unresolved(items, implementation));
    }

    /** Whether the text has numbered content of its own (a section "II." or an item "1."). */
    static boolean hasNumberedContent(List<String> paragraphs) {
        return paragraphs.stream().map(PlanParser::clean).anyMatch(l -> {
            Matcher section = SECTION.matcher(l);
            return (section.matches() && isRoman(section.group(1)))
                    || NUMBERED.matcher(l).matches();
        });
    }

    private List<ParsedItem> body(List<String> lines) {
        List<ParsedItem> top = new ArrayList<>();
        ParsedItem section = null;
        ParsedItem item = null;
        ParsedItem current = null;
        Map<String, Integer> letterCounts = new HashMap<>();
        for (String line : lines) {
            if (line.isEmpty()) {
                continue;
            }
            Matcher m;
            if ((m = SECTION.matcher(line)).matches() && isRoman(m.group(1))) {
                section = new ParsedItem(m.group(1), m.group(1) + ".", m.group(2));
                top.add(section);
                item = null;
                current = section;
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
        top.forEach(PlanParser::shareTrailingLines);
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

    private static List<String> unresolved(List<ParsedItem> items, Implementation implementation) {
        Set<String> names = new LinkedHashSet<>();
        items.stream()
                .flatMap(i -> i.flatten().stream())
                .flatMap(i -> i.responsibilities().stream())
                .map(ParsedItem.Responsibility::body)
                .filter(b -> !b.resolved())
                .forEach(b -> names.add(b.text()));
        if (implementation.focalAgencyText() != null && implementation.focalAgencyCode() == null) {
            names.add(implementation.focalAgencyText());
        }
        return List.copyOf(names);
    }

    private static void shareTrailingLines(ParsedItem node) {
        node.children().forEach(PlanParser::shareTrailingLines);
        node.shareTrailingLinesOfLastChild();
    }

    private static void addTo(ParsedItem parent, List<ParsedItem> top, ParsedItem child) {
        if (parent == null) {
            top.add(child);
        } else {
            parent.addChild(child);
        }
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

    private static boolean isRoman(String numeral) {
        return numeral.matches("^(X{0,3})(IX|IV|V?I{0,3})$");
    }

    private static String clean(String line) {
        return line == null
                ? ""
                : Normalizer.normalize(line.replace('\u00A0', ' ').strip(), Normalizer.Form.NFC);
    }

    private static int indexOf(List<String> lines, int from, Predicate<String> test) {
        for (int i = Math.max(from, 0); i < lines.size(); i++) {
            if (test.test(lines.get(i))) {
                return i;
            }
        }
        return -1;
    }
}
