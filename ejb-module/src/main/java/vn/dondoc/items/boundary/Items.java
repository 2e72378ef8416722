package vn.dondoc.items.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import vn.dondoc.agencies.control.Directory;
import vn.dondoc.agencies.entity.Agency;
import vn.dondoc.agencies.entity.AgencyOrGroup;
import vn.dondoc.agencies.entity.NameMapping;
import vn.dondoc.audit.boundary.AuditTarget;
import vn.dondoc.audit.boundary.Audited;
import vn.dondoc.items.boundary.ItemViews.ItemView;
import vn.dondoc.items.control.Reassignment;
import vn.dondoc.items.entity.Assignment;
import vn.dondoc.items.entity.Item;
import vn.dondoc.items.entity.Responsibility;
import vn.dondoc.items.entity.ResponsibilityRole;
import vn.dondoc.items.entity.Schedule;
import vn.dondoc.platform.boundary.InvalidInput;
import vn.dondoc.platform.boundary.NotFound;
import vn.dondoc.platform.security.Role;
import vn.dondoc.tenancy.boundary.TenantBound;

/**
 * The secretariat's corrections to what an import read (nội dung, phân công): an item's text or
 * time frame, its assignments, and which agency or group a printed name stands for. An item
 * corrected here keeps the correction when the plan is imported again.
 */
@Stateless
@TenantBound
@RolesAllowed(Role.Names.SECRETARIAT)
public class Items {

    @PersistenceContext
    EntityManager em;

    @Inject
    Event<ItemsChanged> itemsChanged;

    /** Corrects an item's text and/or time frame; answers the item with its subtree. */
    @Audited("item.edit")
    public ItemView edit(long documentId, @AuditTarget long itemId, @NotNull @Valid ItemEdit edit) {
        Item item = item(documentId, itemId);
        item.edit(edit.text, edit.schedule == null ? null : scheduleOf(edit.schedule));
        return changed(item);
    }

    /** The roles an assignment may have, by name ("LEAD", "COORDINATOR"), for a form to offer. */
    public static final List<String> ROLES =
            Arrays.stream(ResponsibilityRole.values()).map(Enum::name).toList();

    /** Gives an item to one more agency. */
    @Audited("assignment.add")
    public ItemView assign(
            long documentId, @AuditTarget long itemId, @NotBlank String agencyCode, @NotNull ResponsibilityRole role) {
        return assignTo(documentId, itemId, agencyCode, role);
    }

    /**
     * The same, the role by its name as {@code AssignmentView} shows it (the web UI, which names no
     * entity).
     *
     * @throws InvalidInput for a role that is none of {@link #ROLES}
     */
    @Audited("assignment.add")
    public ItemView assign(long documentId, @AuditTarget long itemId, @NotBlank String agencyCode, String role) {
        ResponsibilityRole named;
        try {
            named = ResponsibilityRole.valueOf(role);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new InvalidInput("Vai trò không hợp lệ: " + role + " / Not a role: " + role);
        }
        return assignTo(documentId, itemId, agencyCode, named);
    }

    private ItemView assignTo(long documentId, long itemId, String agencyCode, ResponsibilityRole role) {
        Item item = item(documentId, itemId);
        String code = agencyCode.strip();
        Agency agency = new Directory(em)
                .agency(code)
                .orElseThrow(() -> new InvalidInput("Không có cơ quan mã '" + code + "' / No agency '" + code + "'"));
        em.persist(item.assign(agency, role, assignmentsOf(item)));
        return changed(item);
    }

    /** Takes an item away from an agency; the item then counts as edited. */
    @Audited("assignment.remove")
    public ItemView unassign(long documentId, long itemId, @AuditTarget long assignmentId) {
        Item item = item(documentId, itemId);
        Assignment assignment = assignmentsOf(item).stream()
                .filter(a -> a.id() == assignmentId)
                .findFirst()
                .orElseThrow(
                        () -> new NotFound("Không có phân công " + assignmentId + " / No assignment " + assignmentId));
        em.remove(assignment);
        item.markEdited();
        return changed(item);
    }

    /**
     * Says which agency or group (exactly one) a printed name that matched nothing stands for.
     * Every unresolved responsibility with that name is resolved now. A leaf item the secretariat
     * has not edited then holds what an import would give it: its assignments are made again from
     * all its responsibilities, so that a lead the name stands for wins over the same agency
     * coordinating (in a fixed number of queries, however many). Later imports match the name too.
     *
     * @return how many responsibilities it resolved
     */
    @Audited("name.map")
    public int mapName(@AuditTarget @NotBlank String text, String agencyCode, String groupCode) {
        if ((agencyCode == null) == (groupCode == null)) {
            throw new InvalidInput(
                    "Cần đúng một trong agencyCode, groupCode / Give exactly one of agencyCode, groupCode");
        }
        Directory directory = new Directory(em);
        AgencyOrGroup body = AgencyOrGroup.of(
                agencyCode == null ? null : known(directory.agency(agencyCode), "cơ quan", "agency", agencyCode),
                groupCode == null ? null : known(directory.group(groupCode), "nhóm", "group", groupCode));
        em.createNamedQuery(NameMapping.BY_TEXT, NameMapping.class)
                .setParameter("text", text)
                .getResultStream()
                .findFirst()
                .ifPresentOrElse(m -> m.pointTo(body), () -> em.persist(new NameMapping(text, body)));
        List<Responsibility> open = em.createNamedQuery(Responsibility.UNRESOLVED_TEXT, Responsibility.class)
                .setParameter("text", text)
                .getResultList();
        if (open.isEmpty()) {
            return 0;
        }
        open.forEach(r -> r.resolveTo(body));
        new Reassignment(em, directory)
                .remake(open.stream().map(Responsibility::item).distinct().toList())
                .forEach(this::fire);
        return open.size();
    }

    private Item item(long documentId, long itemId) {
        Item item = em.find(Item.class, itemId);
        if (item == null || item.documentId() != documentId) {
            throw new NotFound("Không có nội dung " + itemId + " trong văn bản " + documentId + " / No item " + itemId
                    + " in document " + documentId);
        }
        return item;
    }

    private List<Assignment> assignmentsOf(Item item) {
        return em.createNamedQuery(Assignment.OF_ITEM, Assignment.class)
                .setParameter("item", item)
                .getResultList();
    }

    /** The item or its assignments changed: say so, then answer it. */
    private ItemView changed(Item item) {
        fire(item.documentId());
        return viewOf(item);
    }

    private void fire(long documentId) {
        itemsChanged.fire(new ItemsChanged(documentId));
    }

    private ItemView viewOf(Item item) {
        em.flush();
        return ItemTree.of(em, item.documentId()).find(item.id()).orElseThrow();
    }

    private static Schedule scheduleOf(ItemEdit.ScheduleEdit edit) {
        try {
            return new Schedule(edit.kind, edit.deadline, edit.text);
        } catch (IllegalArgumentException e) {
            throw new InvalidInput("Hạn DEADLINE cần ngày / A DEADLINE schedule needs a deadline");
        }
    }

    private static <T> T known(Optional<T> found, String vi, String en, String code) {
        return found.orElseThrow(
                () -> new InvalidInput("Không có " + vi + " mã '" + code + "' / No " + en + " '" + code + "'"));
    }
}
