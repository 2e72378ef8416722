package vn.dondoc.items.control;

import java.util.ArrayList;
import java.util.List;
import vn.dondoc.agencies.control.NamedBody;
import vn.dondoc.items.entity.ResponsibilityRole;
import vn.dondoc.items.entity.Schedule;

/**
 * One content item as read from a plan: a section (II), a numbered item (II.2), a lettered
 * sub-item (II.2.a) or a decimal one (II.1.1). Built up line by line by the parser, hence mutable
 * until the parse ends.
 */
public final class ParsedItem {

    /** A body named under the item and what it owes. */
    public record Responsibility(ResponsibilityRole role, NamedBody body) {}

    private final String code;
    private final String label;
    private final StringBuilder text = new StringBuilder();
    private final List<Responsibility> responsibilities = new ArrayList<>();
    private final List<ParsedItem> children = new ArrayList<>();
    private Schedule schedule;
    private boolean noLeadNamed;
    private boolean requested;

    public ParsedItem(String code, String label, String firstLine) {
        this.code = code;
        this.label = label;
        appendText(firstLine);
    }

    public void appendText(String line) {
        if (line == null || line.isBlank()) {
            return;
        }
        if (!text.isEmpty()) {
            text.append('\n');
        }
        text.append(line.strip());
    }

    public void addResponsibility(ResponsibilityRole role, NamedBody body) {
        responsibilities.add(new Responsibility(role, body));
    }

    public void schedule(Schedule schedule) {
        this.schedule = schedule;
    }

    /**
     * Marks that nothing printed for this item names who leads it: neither a labelled line nor its
     * own sentence, nor an item above or below it. It is left without responsibilities, never given
     * a guessed lead, and shown to a person as an unresolved name or an UNPARSED time frame is.
     */
    public void flagNoLeadNamed() {
        this.noLeadNamed = true;
    }

    /**
     * Marks that the plan asks this work of bodies outside its issuer's authority ("Đề nghị Tòa án
     * nhân dân tỉnh …", section III): its leads are kept, but it assigns nobody until the secretariat
     * does so by hand.
     */
    public void markRequested() {
        this.requested = true;
    }

    public void addChild(ParsedItem child) {
        children.add(child);
    }

    /**
     * Lines printed below the last sub-item apply to the whole item when no earlier sub-item
     * carries any (Kế hoạch 204, item 6): they move up to this item and down to every sub-item.
     */
    public void shareTrailingLinesOfLastChild() {
        if (children.size() < 2 || !responsibilities.isEmpty()) {
            return;
        }
        ParsedItem last = children.get(children.size() - 1);
        boolean othersBare = children.subList(0, children.size() - 1).stream()
                .allMatch(c -> c.responsibilities.isEmpty() && c.schedule == null);
        if (!othersBare || (last.responsibilities.isEmpty() && last.schedule == null)) {
            return;
        }
        responsibilities.addAll(last.responsibilities);
        schedule = last.schedule;
        for (ParsedItem child : children.subList(0, children.size() - 1)) {
            child.responsibilities.addAll(last.responsibilities);
            child.schedule = last.schedule;
        }
    }

    public String code() {
        return code;
    }

    public String label() {
        return label;
    }

    public String text() {
        return text.toString();
    }

    public List<Responsibility> responsibilities() {
        return List.copyOf(responsibilities);
    }

    /** The time frame, or {@code null} when the item prints none. */
    public Schedule schedule() {
        return schedule;
    }

    /** Whether a person must say who leads this item ({@link #flagNoLeadNamed}). */
    public boolean noLeadNamed() {
        return noLeadNamed;
    }

    /** Whether the plan requests this work rather than assigning it ({@link #markRequested}). */
    public boolean requested() {
        return requested;
    }

    public List<ParsedItem> children() {
        return List.copyOf(children);
    }

    /** This item and all below it, depth first. */
    public List<ParsedItem> flatten() {
        List<ParsedItem> all = new ArrayList<>();
        all.add(this);
        children.forEach(c -> all.addAll(c.flatten()));
        return all;
    }
}
