package vn.dondoc.documents.control;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.dondoc.agencies.control.NameMatcher;
import vn.dondoc.agencies.control.NamedBody;
import vn.dondoc.agencies.entity.Slug;
import vn.dondoc.items.control.ParsedItem;
import vn.dondoc.items.entity.ResponsibilityRole;

/**
 * Reads who leads, who coordinates and by when from an item's own sentence, for plans that print
 * them there instead of on labelled lines: "Sở Tư pháp chủ trì, phối hợp với Sở Nội vụ, UBND các
 * huyện, thành phố rà soát …; thời gian hoàn thành: Quý III/2024", "Giao Sở Tư pháp chủ trì …, Sở
 * Nội vụ phối hợp …", "Công an tỉnh thực hiện …". Labelled lines win: the sentence is read only for
 * what they did not give. An item whose sentence names no lead is left without responsibilities and
 * flagged ({@link ParsedItem#flagNoLeadNamed}), never given a guessed one.
 */
final class ItemSentenceReader {

    /**
     * Sections of aims, viewpoints, basis and funding name bodies without giving them work of the
     * plan; section III (organisation) is read by ImplementationReader and ImplementationTaskReader.
     */
    private static final List<String> SECTIONS_WITHOUT_TASKS =
            List.of("muc-dich", "yeu-cau", "muc-tieu", "quan-diem", "can-cu", "kinh-phi", "to-chuc-thuc-hien");

    private static final Pattern SECTION_LABEL = Pattern.compile("^[IVX]+\\.$");

    /** Where a clause may name its lead: the start of the text, of a sentence, of a "; " clause or a line. */
    private static final Pattern CLAUSE_START = Pattern.compile("(?:^|\\.\\s+|;\\s*|\\n)[-–•+\\s]*");

    /** "Giao (cho) …" at a clause start, or "UBND tỉnh giao …" inside it, folded. */
    private static final Pattern GIVING = Pattern.compile("\\bgiao\\s+(?:cho\\s+)?");

    /** The verbs that make the bodies before them the lead, folded. */
    private static final Pattern ROLE = Pattern.compile("\\b(chu tri|thuc hien|phoi hop)\\b");

    /** Words between the lead and its verb: "Sở Tư pháp tổ chức thực hiện", "… có trách nhiệm thực hiện", folded. */
    private static final Pattern BEFORE_ROLE =
            Pattern.compile("(?:\\s+(?:to chuc|trien khai|chu dong|co trach nhiem|chiu trach nhiem))+\\s*$");

    /** After the lead's "chủ trì": ", phối hợp với" or "và phối hợp chặt chẽ với", folded. */
    private static final Pattern COORDINATING_WITH =
            Pattern.compile("\\s*[,;]?\\s*(?:va\\s+)?phoi hop(?:\\s+chat che)?(?:,?\\s*hieu qua)?\\s+(?:voi|cung)\\s+");

    private static final Pattern WITH_THE_HELP_OF = Pattern.compile("\\b(?:voi|co) su phoi hop (?:cua|voi)\\s+");

    private static final Pattern COORDINATES = Pattern.compile("\\b(?:cung\\s+)?phoi hop\\b");

    private record Roles(List<NamedBody> leads, List<NamedBody> coordinators) {}

    private final NameMatcher names;

    ItemSentenceReader(NameMatcher names) {
        this.names = names;
    }

    /** Whether a section's heading names aims, viewpoints, basis, funding or organisation rather than tasks. */
    static boolean holdsNoTasks(String heading) {
        String slug = slug(heading.lines().findFirst().orElse(""));
        return SECTIONS_WITHOUT_TASKS.stream().anyMatch(slug::startsWith);
    }

    /** Reads the sentences of the items of every section that holds tasks, then flags the items nobody leads. */
    void read(List<ParsedItem> top) {
        for (ParsedItem node : top) {
            String slug = slug(node.text().lines().findFirst().orElse(""));
            if (SECTIONS_WITHOUT_TASKS.stream().anyMatch(slug::startsWith)) {
                continue;
            }
            readDown(node);
            flagWithoutLead(node, false);
        }
    }

    private void readDown(ParsedItem item) {
        if (!isSection(item)) {
            if (item.responsibilities().isEmpty()) {
                roles(item.text()).ifPresent(roles -> {
                    roles.leads().forEach(b -> item.addResponsibility(ResponsibilityRole.LEAD, b));
                    roles.coordinators().forEach(b -> item.addResponsibility(ResponsibilityRole.COORDINATOR, b));
                });
            }
            if (item.schedule() == null) {
                SentenceTimeFrame.in(item.text()).ifPresent(item::schedule);
            }
        }
        item.children().forEach(this::readDown);
    }

    /**
     * Flags the items with no responsibility whose lead no item above or below names: a lead above
     * applies to its sub-items, and sub-items with leads of their own share out their parent's work.
     * Returns whether the subtree names a lead.
     */
    private static boolean flagWithoutLead(ParsedItem item, boolean ledAbove) {
        boolean leads = item.responsibilities().stream().anyMatch(r -> r.role() == ResponsibilityRole.LEAD);
        boolean ledBelow = false;
        for (ParsedItem child : item.children()) {
            ledBelow |= flagWithoutLead(child, ledAbove || leads);
        }
        if (!isSection(item) && item.responsibilities().isEmpty() && !ledAbove && !ledBelow) {
            item.flagNoLeadNamed();
        }
        return leads || ledBelow;
    }

    /** The lead and coordinators of the first clause that names a lead, or empty. */
    private Optional<Roles> roles(String text) {
        String folded = ReferenceFinder.fold(text);
        Matcher clause = CLAUSE_START.matcher(folded);
        while (clause.find()) {
            int start = clause.end();
            int end = sentenceEnd(folded, start, ";");
            List<Integer> subjects = new ArrayList<>();
            Matcher giving = GIVING.matcher(folded).region(start, end);
            if (!giving.lookingAt()) {
                subjects.add(start);
            }
            giving.reset().region(start, end);
            while (giving.find()) {
                subjects.add(giving.end());
            }
            for (int subject : subjects) {
                Optional<Roles> roles = rolesFrom(text, folded, subject, end, subject != start);
                if (roles.isPresent()) {
                    return roles;
                }
            }
        }
        return Optional.empty();
    }

    /** The roles of a clause whose lead begins at {@code subject}: "X chủ trì …", "X thực hiện …", "X phối hợp với Y …". */
    private Optional<Roles> rolesFrom(String text, String folded, int subject, int end, boolean given) {
        Matcher role = ROLE.matcher(folded).region(subject, end);
        if (role.find()) {
            Matcher before = BEFORE_ROLE.matcher(folded.substring(subject, role.start()));
            int leadEnd = before.find() ? subject + before.start() : role.start();
            Optional<List<NamedBody>> leads = names.onlyBodies(text.substring(subject, leadEnd));
            if (leads.isPresent()) {
                if (!role.group(1).equals("phoi hop")) {
                    return Optional.of(new Roles(leads.get(), coordinators(text, folded, role.end())));
                }
                // "X phối hợp với Y": X leads, as on the labelled line "Cơ quan chủ trì, phối hợp".
                Matcher with = COORDINATING_WITH.matcher(folded).region(role.start(), folded.length());
                if (with.lookingAt()) {
                    return Optional.of(new Roles(leads.get(), after(text, with.end())));
                }
                return Optional.empty();
            }
        }
        // "Giao Sở Tư pháp tham mưu …": whom the plan gives the work to leads it, whatever the verb.
        if (given) {
            NameMatcher.LeadingBodies leads = names.leadingBodies(text.substring(subject));
            if (!leads.bodies().isEmpty()) {
                return Optional.of(new Roles(leads.bodies(), coordinators(text, folded, subject + leads.end())));
            }
        }
        return Optional.empty();
    }

    /**
     * The coordinators after the lead's verb: "…, phối hợp với Y", "… với sự phối hợp của Y", or a
     * later clause of the sentence ", Y phối hợp …" / "; Y phối hợp …".
     */
    private List<NamedBody> coordinators(String text, String folded, int from) {
        Matcher with = COORDINATING_WITH.matcher(folded).region(from, folded.length());
        if (with.lookingAt()) {
            return after(text, with.end());
        }
        int end = sentenceEnd(folded, from, null);
        Matcher help = WITH_THE_HELP_OF.matcher(folded).region(from, end);
        if (help.find()) {
            return after(text, help.end());
        }
        for (int comma = from; comma < end; comma++) {
            char c = folded.charAt(comma);
            if (c != ',' && c != ';') {
                continue;
            }
            Matcher coordinates = COORDINATES.matcher(folded).region(comma + 1, sentenceEnd(folded, comma + 1, ";"));
            if (coordinates.find()) {
                Optional<List<NamedBody>> bodies = names.onlyBodies(text.substring(comma + 1, coordinates.start()));
                if (bodies.isPresent()) {
                    return bodies.get();
                }
            }
        }
        return List.of();
    }

    private List<NamedBody> after(String text, int start) {
        return names.leadingBodies(text.substring(start)).bodies();
    }

    /** The end of the sentence from {@code start}: ". ", a line break, the end, or {@code stop} when given. */
    private static int sentenceEnd(String folded, int start, String stop) {
        int end = folded.length();
        for (String at : stop == null ? new String[] {". ", "\n"} : new String[] {". ", "\n", stop}) {
            int found = folded.indexOf(at, start);
            if (found >= 0) {
                end = Math.min(end, found);
            }
        }
        return end;
    }

    private static String slug(String heading) {
        try {
            return Slug.of(heading);
        } catch (IllegalArgumentException e) {
            return "";
        }
    }

    private static boolean isSection(ParsedItem item) {
        return SECTION_LABEL.matcher(item.label()).matches();
    }
}
