package vn.dondoc.documents.control;

import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.dondoc.agencies.control.NameMatcher;
import vn.dondoc.agencies.control.NamedBody;
import vn.dondoc.items.control.ParsedItem;
import vn.dondoc.items.entity.ResponsibilityRole;

/**
 * Reads the work section III (tổ chức thực hiện) gives besides the reporting regime. A numbered
 * paragraph that opens with the bodies it gives work to is a task, they its leads: "Sở Tài chính, Sở
 * Kế hoạch và Đầu tư đảm bảo nguồn vốn …", "Giao Sở Tư pháp chủ trì …". One that opens "Đề nghị …"
 * asks it of bodies outside the issuer's authority: its leads are kept and it is marked requested,
 * so that it assigns nobody ({@link ParsedItem#markRequested}).
 *
 * <p>Not tasks: the paragraph the reporting bodies are read from (ImplementationReader), which is
 * the regime's — what else it asks of them, to carry out, supervise and fund their own plan, is what
 * that plan and their reports answer for; and a paragraph that opens with no body ("Trong quá trình
 * thực hiện, nếu có vướng mắc …", "Kinh phí …"), which is procedure, not work. A paragraph that opens
 * by addressing someone ("Đề nghị", "Giao", or a name) whose name cannot be read is flagged ({@link
 * ParsedItem#flagNoLeadNamed}), never given a guessed lead. Labelled lines win, as everywhere.
 */
final class ImplementationTaskReader {

    /** "Đề nghị" or "Giao (cho)" opening the paragraph, past a bullet, folded. */
    private static final Pattern OPENING = Pattern.compile("^[-–•+\\s]*(?:(de nghi)|giao(?:\\s+cho)?)\\s+");

    private final NameMatcher names;

    ImplementationTaskReader(NameMatcher names) {
        this.names = names;
    }

    /**
     * Gives the tasks of the section headed "Tổ chức thực hiện" their leads.
     *
     * @param reportingParagraphs the paragraphs the reporting bodies were read from
     */
    void read(List<ParsedItem> items, Set<String> reportingParagraphs) {
        ImplementationReader.section(items)
                .ifPresent(
                        section -> section.children().forEach(item -> read(item, reportingParagraphs, false, false)));
    }

    /** Reads one item and those below it; returns whether any of them names a lead. */
    private boolean read(ParsedItem item, Set<String> reportingParagraphs, boolean requestedAbove, boolean ledAbove) {
        String opening = item.text().lines().findFirst().orElse("");
        boolean task = false;
        boolean addressed = false;
        if (!reportingParagraphs.contains(opening)) {
            String folded = ReferenceFinder.fold(opening);
            Matcher m = OPENING.matcher(folded);
            boolean asked = m.lookingAt();
            boolean request = asked && m.group(1) != null;
            String subject = ImplementationReader.withoutHeadTitle(asked ? opening.substring(m.end()) : opening);
            List<NamedBody> leads = names.leadingBodies(subject).bodies();
            addressed = asked || !leads.isEmpty() || names.opensLikeBody(subject);
            if (addressed && (request || requestedAbove)) {
                item.markRequested();
            }
            if (addressed && item.responsibilities().isEmpty()) {
                leads.forEach(b -> item.addResponsibility(ResponsibilityRole.LEAD, b));
            }
            if (addressed && item.schedule() == null) {
                SentenceTimeFrame.in(item.text()).ifPresent(item::schedule);
            }
            task = addressed;
        }
        boolean leads = item.responsibilities().stream().anyMatch(r -> r.role() == ResponsibilityRole.LEAD);
        boolean ledBelow = false;
        for (ParsedItem child : item.children()) {
            ledBelow |= read(child, reportingParagraphs, item.requested() || requestedAbove, ledAbove || leads);
        }
        if (task && !leads && !ledAbove && !ledBelow) {
            item.flagNoLeadNamed();
        }
        return leads || ledBelow;
    }
}
