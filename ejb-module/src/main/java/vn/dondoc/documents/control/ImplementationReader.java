package vn.dondoc.documents.control;

import java.time.LocalDate;
import java.util.EnumSet;
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
 * which agencies send their own plan, how often they report, and the focal agency that consolidates.
 */
final class ImplementationReader {

    private static final Pattern PLAN_DUE = Pattern.compile(
            "kế hoạch[^.;]*?trước ngày\\s*(\\d{1,2})\\s*/\\s*(\\d{1,2})\\s*/\\s*(\\d{4})", Pattern.CASE_INSENSITIVE);
    private static final Pattern FOCAL =
            Pattern.compile("\\(\\s*qua\\s+([^)]+?)\\s+tổng hợp\\s*\\)", Pattern.CASE_INSENSITIVE);

    private final NameMatcher names;

    ImplementationReader(NameMatcher names) {
        this.names = names;
    }

    /** What the first top-level item headed "Tổ chức thực hiện" asks, or {@link Implementation#none()}. */
    Implementation read(List<ParsedItem> items) {
        Optional<ParsedItem> organisation = items.stream()
                .filter(i -> Slug.of(i.text().lines().findFirst().orElse("x")).contains("to-chuc-thuc-hien"))
                .findFirst();
        if (organisation.isEmpty()) {
            return Implementation.none();
        }
        String text = String.join(
                "\n",
                organisation.get().flatten().stream().map(ParsedItem::text).toList());
        LocalDate planDue = null;
        String planText = null;
        Matcher due = PLAN_DUE.matcher(text);
        if (due.find()) {
            planDue = PrintedDate.of(due.group(1), due.group(2), due.group(3));
            planText = sentenceAround(text, due.start(), due.end());
        }
        Set<ReportingFrequency> frequencies = EnumSet.noneOf(ReportingFrequency.class);
        String reportingText = null;
        int periodic = text.toLowerCase(Locale.ROOT).indexOf("định kỳ");
        if (periodic >= 0) {
            reportingText = sentenceAround(text, periodic, periodic);
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
        return new Implementation(planDue, planText, frequencies, reportingText, focalText, focalCode);
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
}
