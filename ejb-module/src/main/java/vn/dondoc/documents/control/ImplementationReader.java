package vn.dondoc.documents.control;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.dondoc.agencies.control.NameMatcher;
import vn.dondoc.agencies.control.NamedBody;
import vn.dondoc.agencies.entity.Slug;
import vn.dondoc.documents.entity.ReportingFrequency;
import vn.dondoc.items.control.ParsedItem;

/**
 * Reads section III of a plan (tổ chức thực hiện) into an {@link Implementation}: the date by
 * which agencies send their own plan, how often they report, the focal agency that consolidates, and
 * the bodies the paragraphs holding those sentences address.
 */
final class ImplementationReader {

    private static final Pattern PLAN_DUE = Pattern.compile(
            "kế hoạch[^.;]*?trước ngày\\s*(\\d{1,2})\\s*/\\s*(\\d{1,2})\\s*/\\s*(\\d{4})", Pattern.CASE_INSENSITIVE);
    private static final Pattern FOCAL =
            Pattern.compile("\\(\\s*qua\\s+([^)]+?)\\s+tổng hợp\\s*\\)", Pattern.CASE_INSENSITIVE);

    /**
     * The title of the head of the bodies a paragraph addresses: "Thủ trưởng các đơn vị thuộc Bộ", "Trưởng các phòng,
     * đơn vị thuộc Sở", "Chánh Văn phòng Sở". The work is the bodies', so the title is read past (D-044).
     */
    private static final Pattern HEAD_TITLE = Pattern.compile(
            "^([-–•+]\\s*)?(?:thủ\\s+trưởng|trưởng|chánh|giám\\s+đốc|người\\s+đứng\\s+đầu)\\s+(?=\\p{L})",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private final NameMatcher names;

    ImplementationReader(NameMatcher names) {
        this.names = names;
    }

    /**
     * What section III asks, and the paragraphs the reporting bodies were read from: those are the
     * regime's, not tasks of their own (ImplementationTaskReader).
     */
    record Reading(Implementation implementation, Set<String> reportingParagraphs) {}

    /** What the first top-level item headed "Tổ chức thực hiện" asks, or {@link Implementation#none()}. */
    Implementation read(List<ParsedItem> items) {
        return reading(items).implementation();
    }

    /** The section's implementation, and the paragraphs (lines of its items' text) that name the reporting bodies. */
    Reading reading(List<ParsedItem> items) {
        Optional<ParsedItem> organisation = section(items);
        if (organisation.isEmpty()) {
            return new Reading(Implementation.none(), Set.of());
        }
        String text = String.join(
                "\n",
                organisation.get().flatten().stream().map(ParsedItem::text).toList());
        LocalDate planDue = null;
        String planText = null;
        Set<String> regimeParagraphs = new LinkedHashSet<>();
        Matcher due = PLAN_DUE.matcher(text);
        if (due.find()) {
            planDue = PrintedDate.of(due.group(1), due.group(2), due.group(3));
            planText = sentenceAround(text, due.start(), due.end());
            regimeParagraphs.add(paragraphAround(text, due.start()));
        }
        Set<ReportingFrequency> frequencies = EnumSet.noneOf(ReportingFrequency.class);
        String reportingText = null;
        int periodic = text.toLowerCase(Locale.ROOT).indexOf("định kỳ");
        if (periodic >= 0) {
            reportingText = sentenceAround(text, periodic, periodic);
            regimeParagraphs.add(paragraphAround(text, periodic));
            String r = reportingText.toLowerCase(Locale.ROOT);
            if (r.matches("(?s).*\\b0?6 tháng.*")) {
                frequencies.add(ReportingFrequency.SEMIANNUAL);
            }
            if (r.matches("(?s).*(\\b0?1 năm|hằng năm|hàng năm).*")) {
                frequencies.add(ReportingFrequency.ANNUAL);
            }
            if (r.contains("quý")) {
                frequencies.add(ReportingFrequency.QUARTERLY);
            }
            if (r.matches("(?s).*(hằng|hàng) tháng.*")) {
                frequencies.add(ReportingFrequency.MONTHLY);
            }
        }
        String focalText = null;
        String focalCode = null;
        // Read from the reporting sentence when there is one, else from the whole section.
        Matcher focal = FOCAL.matcher(reportingText != null ? reportingText : text);
        if (focal.find()) {
            focalText = focal.group(1).strip();
            List<NamedBody> bodies = names.bodies(focalText);
            focalCode = bodies.size() == 1 ? bodies.get(0).agencyCode() : null;
        }
        Set<String> reportingParagraphs = new LinkedHashSet<>();
        List<NamedBody> reportingBodies = reportingBodies(regimeParagraphs, focalText, focalCode, reportingParagraphs);
        return new Reading(
                new Implementation(
                        planDue, planText, frequencies, reportingText, focalText, focalCode, reportingBodies),
                Set.copyOf(reportingParagraphs));
    }

    /** The first top-level item headed "Tổ chức thực hiện" (section III, whatever its numeral). */
    static Optional<ParsedItem> section(List<ParsedItem> items) {
        return items.stream()
                .filter(i -> slug(i.text().lines().findFirst().orElse("")).contains("to-chuc-thuc-hien"))
                .findFirst();
    }

    /**
     * The bodies the paragraphs holding the agency-plan and periodic-report sentences name as their
     * subject ("Các Sở, ban, ngành, UBND các huyện, thành phố căn cứ Kế hoạch này …"), each once, in
     * order. Only the names a paragraph opens with are read: the addressee ("về UBND tỉnh") and the focal
     * agency ("qua Sở Tư pháp tổng hợp") stand later in the sentence, and a paragraph that opens with
     * anything else ("Giao Sở Tư pháp …", "Trong quá trình …") addresses nobody we could name without
     * guessing. The focal agency is left out even as a subject: it receives and consolidates the reports.
     * The paragraphs that gave at least one body are added to {@code reportingParagraphs}.
     */
    private List<NamedBody> reportingBodies(
            Set<String> paragraphs, String focalText, String focalCode, Set<String> reportingParagraphs) {
        Set<NamedBody> bodies = new LinkedHashSet<>();
        for (String paragraph : paragraphs) {
            for (NamedBody body :
                    names.leadingBodies(withoutHeadTitle(paragraph)).bodies()) {
                boolean focal = focalCode != null
                        ? focalCode.equals(body.agencyCode())
                        : focalText != null
                                && !slug(focalText).isEmpty()
                                && slug(focalText).equals(slug(body.text()));
                if (!focal) {
                    bodies.add(body);
                    reportingParagraphs.add(paragraph);
                }
            }
        }
        return List.copyOf(bodies);
    }

    /** A paragraph without the title of its bodies' head ("Thủ trưởng các đơn vị thuộc Bộ …" → "các đơn vị …"). */
    static String withoutHeadTitle(String paragraph) {
        Matcher m = HEAD_TITLE.matcher(paragraph);
        if (!m.lookingAt()) {
            return paragraph;
        }
        return (m.group(1) == null ? "" : m.group(1)) + paragraph.substring(m.end());
    }

    /** The paragraph (one line of the section's text) holding the offset {@code at}. */
    private static String paragraphAround(String text, int at) {
        int from = text.lastIndexOf('\n', at) + 1;
        int to = text.indexOf('\n', at);
        return text.substring(from, to < 0 ? text.length() : to).strip();
    }

    /** The sentence or clause (between ". ", "; " or line ends) around {@code start}..{@code end}. */
    private static String sentenceAround(String text, int start, int end) {
        int from = Math.max(text.lastIndexOf(". ", start) + 1, text.lastIndexOf('\n', start) + 1);
        int semi = text.lastIndexOf("; ", start);
        from = Math.max(from, semi >= 0 ? semi + 1 : 0);
        int to = text.indexOf(". ", end);
        int line = text.indexOf('\n', end);
        to = to < 0 ? (line < 0 ? text.length() : line) : (line < 0 ? to + 1 : Math.min(to + 1, line));
        return text.substring(from, to).strip();
    }

    /** A heading or name with no letter a code can be made of ("-------", a line of dots) matches nothing. */
    private static String slug(String text) {
        try {
            return Slug.of(text);
        } catch (IllegalArgumentException e) {
            return "";
        }
    }
}
