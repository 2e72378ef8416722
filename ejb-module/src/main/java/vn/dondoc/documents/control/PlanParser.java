package vn.dondoc.documents.control;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import vn.dondoc.agencies.control.NameMatcher;
import vn.dondoc.items.control.ParsedItem;

/**
 * Reads a Vietnamese directive or plan into a {@link ParsedPlan}: finds its head, numbered body and foot, runs a
 * reader on each, and lists the names that matched nothing in the directory.
 */
public final class PlanParser {

    private static final Pattern END_OF_BODY = Pattern.compile("^(Trên đây là|Nơi nhận)", Pattern.CASE_INSENSITIVE);

    private final PlanHeaderReader headerReader = new PlanHeaderReader();
    private final ItemTreeReader itemTreeReader;
    private final ImplementationReader implementationReader;
    private final ImplementationTaskReader implementationTaskReader;

    public PlanParser(NameMatcher names) {
        this.itemTreeReader = new ItemTreeReader(names);
        this.implementationReader = new ImplementationReader(names);
        this.implementationTaskReader = new ImplementationTaskReader(names);
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
        List<String> lines = Letterhead.inOneColumn(
                paragraphs.stream().map(PlanParser::clean).toList());
        // Web-page text before the issuing body, and everything after "Trên đây là…", "Nơi nhận:"
        // or the signature block but the signer, is no part of the plan: the parts are found by
        // these landmarks.
        int motto = indexOf(lines, 0, Letterhead::opensMotto);
        int headStart = Math.max(motto, 0);
        int bodyStart = indexOf(lines, headStart, ItemTreeReader::looksLikeSection);
        if (bodyStart < 0) {
            bodyStart = earliest(
                    indexOf(lines, headStart, ItemTreeReader::opensNumberedItem), tasksHeading(lines, headStart));
        }
        int bodyEnd = bodyStart < 0
                ? lines.size()
                : indexOf(lines, bodyStart, l -> END_OF_BODY.matcher(l).find() || SignatureBlock.opens(l));
        bodyEnd = bodyEnd < 0 ? lines.size() : bodyEnd;

        List<ParsedItem> items =
                new ArrayList<>(bodyStart < 0 ? List.of() : itemTreeReader.read(lines.subList(bodyStart, bodyEnd)));
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
        ImplementationReader.Reading sectionThree = implementationReader.reading(items);
        implementationTaskReader.read(items, sectionThree.reportingParagraphs());
        Implementation implementation = sectionThree.implementation();
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
        return paragraphs.stream()
                .map(PlanParser::clean)
                .anyMatch(l -> ItemTreeReader.opensSection(l)
                        || ItemTreeReader.opensNumberedItem(l)
                        || OrdinalHeading.headsTasks(l));
    }

    /**
     * The names that matched nothing, each once, in order: the tree's bodies, section III's reporting
     * bodies, then the focal agency. The stored document lists the same names in the same order
     * ({@code DocumentReadModel.view}), so that the dry run and the stored document agree.
     */
    private static List<String> unresolved(List<ParsedItem> items, Implementation implementation) {
        Set<String> names = new LinkedHashSet<>();
        items.stream()
                .flatMap(i -> i.flatten().stream())
                .flatMap(i -> i.responsibilities().stream())
                .map(ParsedItem.Responsibility::body)
                .filter(b -> !b.resolved())
                .forEach(b -> names.add(b.text()));
        implementation.reportingBodies().stream().filter(b -> !b.resolved()).forEach(b -> names.add(b.text()));
        if (implementation.focalAgencyText() != null && implementation.focalAgencyCode() == null) {
            names.add(implementation.focalAgencyText());
        }
        return List.copyOf(names);
    }

    /**
     * Where a plan without Roman sections begins its ordinal items: the last "NHIỆM VỤ TRỌNG TÂM VÀ GIẢI PHÁP CHỦ
     * YẾU" before the first "Thứ nhất" (the title may say the same words), or -1.
     */
    private static int tasksHeading(List<String> lines, int from) {
        int heading = -1;
        for (int i = Math.max(from, 0); i < lines.size(); i++) {
            if (OrdinalHeading.headsTasks(lines.get(i))) {
                heading = i;
            } else if (heading >= 0
                    && OrdinalHeading.of(lines.get(i))
                            .filter(o -> o.number() == 1)
                            .isPresent()) {
                return heading;
            }
        }
        return -1;
    }

    private static int earliest(int a, int b) {
        return a < 0 ? b : b < 0 ? a : Math.min(a, b);
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
