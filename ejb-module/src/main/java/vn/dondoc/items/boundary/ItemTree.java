package vn.dondoc.items.boundary;

import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import vn.dondoc.items.boundary.ItemViews.AssignmentView;
import vn.dondoc.items.boundary.ItemViews.ItemView;
import vn.dondoc.items.boundary.ItemViews.ResponsibilityView;
import vn.dondoc.items.boundary.ItemViews.ScheduleView;
import vn.dondoc.items.control.ParsedItem;
import vn.dondoc.items.entity.AgencyDeadline;
import vn.dondoc.items.entity.Assignment;
import vn.dondoc.items.entity.Item;
import vn.dondoc.items.entity.Responsibility;
import vn.dondoc.items.entity.Schedule;

/**
 * A document's item tree as the API shows it, read in four queries whatever its size (items,
 * responsibilities, assignments, the deadlines granted to agencies), plus the printed names in it
 * that matched nothing.
 */
public final class ItemTree {

    private final List<ItemView> roots;
    private final List<String> unresolved;

    private ItemTree(List<ItemView> roots, List<String> unresolved) {
        this.roots = roots;
        this.unresolved = unresolved;
    }

    public static ItemTree of(EntityManager em, long documentId) {
        List<Item> items = em.createNamedQuery(Item.OF_DOCUMENT, Item.class)
                .setParameter("documentId", documentId)
                .getResultList();
        Map<Long, List<ResponsibilityView>> responsibilities = new HashMap<>();
        Set<String> unresolved = new LinkedHashSet<>();
        for (Responsibility r : em.createNamedQuery(Responsibility.OF_DOCUMENT, Responsibility.class)
                .setParameter("documentId", documentId)
                .getResultList()) {
            responsibilities
                    .computeIfAbsent(r.item().id(), k -> new ArrayList<>())
                    .add(viewOf(r));
            if (!r.resolved()) {
                unresolved.add(r.text());
            }
        }
        Map<String, AgencyDeadline> granted = new HashMap<>();
        for (AgencyDeadline d : em.createNamedQuery(AgencyDeadline.OF_DOCUMENT, AgencyDeadline.class)
                .setParameter("documentId", documentId)
                .getResultList()) {
            granted.put(d.item().id() + " " + d.agency().code(), d);
        }
        Map<Long, List<AssignmentView>> assignments = new HashMap<>();
        for (Assignment a : em.createNamedQuery(Assignment.OF_DOCUMENT, Assignment.class)
                .setParameter("documentId", documentId)
                .getResultList()) {
            AgencyDeadline deadline = granted.getOrDefault(
                    a.item().id() + " " + a.agency().code(), new AgencyDeadline(a.item(), a.agency()));
            assignments
                    .computeIfAbsent(a.item().id(), k -> new ArrayList<>())
                    .add(new AssignmentView(
                            a.id(),
                            a.agency().code(),
                            a.role().name(),
                            a.viaGroup() == null ? null : a.viaGroup().code(),
                            deadline.originalDueOn(),
                            deadline.dueOn()));
        }
        Map<Long, List<Item>> childrenOf = new HashMap<>();
        List<Item> roots = new ArrayList<>();
        for (Item item : items) {
            if (item.parent() == null) {
                roots.add(item);
            } else {
                childrenOf
                        .computeIfAbsent(item.parent().id(), k -> new ArrayList<>())
                        .add(item);
            }
        }
        Views views = new Views(childrenOf, responsibilities, assignments);
        return new ItemTree(roots.stream().map(views::of).toList(), List.copyOf(unresolved));
    }

    /** The tree an import would store, for a dry run: no ids, no assignments yet. */
    public static List<ItemView> preview(List<ParsedItem> items) {
        return items.stream().map(ItemTree::previewOf).toList();
    }

    public List<ItemView> roots() {
        return roots;
    }

    /** The printed names that matched no agency or group, in document order, once each. */
    public List<String> unresolved() {
        return unresolved;
    }

    /** The item with this id and its subtree. */
    public Optional<ItemView> find(long id) {
        return find(roots, id);
    }

    private static Optional<ItemView> find(List<ItemView> items, long id) {
        for (ItemView item : items) {
            if (item.id() != null && item.id() == id) {
                return Optional.of(item);
            }
            Optional<ItemView> below = find(item.children(), id);
            if (below.isPresent()) {
                return below;
            }
        }
        return Optional.empty();
    }

    private record Views(
            Map<Long, List<Item>> childrenOf,
            Map<Long, List<ResponsibilityView>> responsibilities,
            Map<Long, List<AssignmentView>> assignments) {

        ItemView of(Item item) {
            return new ItemView(
                    item.id(),
                    item.code(),
                    item.label(),
                    item.text(),
                    responsibilities.getOrDefault(item.id(), List.of()),
                    viewOf(item.schedule()),
                    assignments.getOrDefault(item.id(), List.of()),
                    item.edited(),
                    childrenOf.getOrDefault(item.id(), List.of()).stream()
                            .map(this::of)
                            .toList(),
                    item.requested(),
                    item.noLeadNamed());
        }
    }

    private static ResponsibilityView viewOf(Responsibility r) {
        return new ResponsibilityView(
                r.role().name(),
                r.text(),
                r.agency() == null ? null : r.agency().code(),
                r.group() == null ? null : r.group().code(),
                r.unit());
    }

    private static ItemView previewOf(ParsedItem item) {
        return new ItemView(
                null,
                item.code(),
                item.label(),
                item.text(),
                item.responsibilities().stream()
                        .map(r -> new ResponsibilityView(
                                r.role().name(),
                                r.body().text(),
                                r.body().agencyCode(),
                                r.body().groupCode(),
                                r.body().unit()))
                        .toList(),
                viewOf(item.schedule()),
                List.of(),
                false,
                item.children().stream().map(ItemTree::previewOf).toList(),
                item.requested(),
                item.noLeadNamed());
    }

    private static ScheduleView viewOf(Schedule schedule) {
        return schedule == null
                ? null
                : new ScheduleView(schedule.kind().name(), schedule.deadline(), schedule.text(), schedule.flagged());
    }
}
