package vn.dondoc.reporting.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiConsumer;
import vn.dondoc.agencies.control.Directory;
import vn.dondoc.agencies.entity.Agency;
import vn.dondoc.audit.boundary.AuditTarget;
import vn.dondoc.audit.boundary.Audited;
import vn.dondoc.audit.boundary.ReadOnly;
import vn.dondoc.items.entity.AgencyDeadline;
import vn.dondoc.items.entity.Assignment;
import vn.dondoc.items.entity.Item;
import vn.dondoc.platform.boundary.Conflict;
import vn.dondoc.platform.boundary.Filtered;
import vn.dondoc.platform.boundary.InvalidInput;
import vn.dondoc.platform.boundary.NotFound;
import vn.dondoc.platform.boundary.Page;
import vn.dondoc.platform.security.CallerIdentity;
import vn.dondoc.platform.security.DondocPrincipal;
import vn.dondoc.platform.security.Role;
import vn.dondoc.reporting.entity.Extension;
import vn.dondoc.reporting.entity.ExtensionStatus;
import vn.dondoc.reporting.entity.ItemDeadline;
import vn.dondoc.reporting.entity.Obligation;
import vn.dondoc.tenancy.boundary.TenantBound;

/**
 * Extensions (gia hạn): an agency's officer asks for more time on one of its obligations, or on a
 * dated item assigned to it, with a reason; the secretariat approves, with the date it grants, or
 * refuses with a comment. The granted date becomes the deadline ({@code dueOn}); the original stays
 * as {@code originalDueOn}. One workflow for both subjects ({@link Extension}, D-031). Who may see
 * what is as for reports: an agency user only its own agency's, the secretariat, a leader or an
 * admin every one of the tenant's; anything else is not found (404).
 *
 * <p>Every change locks its subject's row first, as a report's do, so that two requests, or a
 * request and a decision, run one after the other: the obligation's, or for an item's deadline
 * for one agency the item's (every agency's requests on that item then queue; they are rare).
 */
@Stateless
@TenantBound
@RolesAllowed({
    Role.Names.ADMIN,
    Role.Names.SECRETARIAT,
    Role.Names.AGENCY_OFFICER,
    Role.Names.AGENCY_HEAD,
    Role.Names.LEADER
})
public class Extensions {

    @PersistenceContext
    EntityManager em;

    @Inject
    CallerIdentity caller;

    @Inject
    Clock clock;

    @Inject
    Event<TasksChanged> tasksChanged;

    /** The officer asks for more time; the obligation with its pending request. */
    @Audited("extension.request")
    @RolesAllowed(Role.Names.AGENCY_OFFICER)
    public ObligationView request(@AuditTarget long obligationId, ExtensionRequest request) {
        ExtensionRequest asked = request == null ? new ExtensionRequest() : request;
        Obligation obligation = obligation(obligationId, true);
        Extension extension = Extension.request(
                obligation, pending(obligation), asked.requestedDueOn, asked.reason, actor(), clock.instant());
        em.persist(extension);
        return viewed(obligation, extension);
    }

    /** The secretariat grants {@code dueOn}; the obligation with its new deadline. */
    @Audited("extension.approve")
    @RolesAllowed(Role.Names.SECRETARIAT)
    public ObligationView approve(@AuditTarget long obligationId, ExtensionDecision decision) {
        Obligation obligation = obligation(obligationId, true);
        Extension extension = pendingOrConflict(obligation);
        extension.approve(decision == null ? null : decision.dueOn, actor(), clock.instant());
        tasksChanged.fire(TasksChanged.obligation(obligation.documentId(), obligation.id()));
        return viewed(obligation, extension);
    }

    /** The secretariat refuses, saying why; the obligation, its deadline unchanged. */
    @Audited("extension.refuse")
    @RolesAllowed(Role.Names.SECRETARIAT)
    public ObligationView refuse(@AuditTarget long obligationId, ExtensionDecision decision) {
        Obligation obligation = obligation(obligationId, true);
        Extension extension = pendingOrConflict(obligation);
        extension.refuse(decision == null ? null : decision.comment, actor(), clock.instant());
        return viewed(obligation, extension);
    }

    /** Every request made on the obligation, oldest first, with its decision. */
    @ReadOnly
    public List<ExtensionView> history(long obligationId) {
        Obligation obligation = obligation(obligationId, false);
        return em.createNamedQuery(Extension.OF_OBLIGATION, Extension.class)
                .setParameter("obligation", obligation.id())
                .getResultStream()
                .map(ExtensionView::of)
                .toList();
    }

    /**
     * One request, by its id, with its decision: a request of another agency (for an agency's user)
     * or of another tenant is not found.
     */
    @ReadOnly
    public ExtensionView one(long id) {
        Extension extension = em.find(Extension.class, id);
        DondocPrincipal principal = principal();
        if (extension == null
                || (!principal.seesEveryAgency() && !extension.agency().code().equals(principal.agencyCode()))) {
            throw new NotFound("Không có đề nghị gia hạn số " + id + " / No request for an extension " + id);
        }
        return ExtensionView.of(extension);
    }

    /**
     * A page of requests, the longest waiting first, filtered by status, agency code and document
     * (each optional): the secretariat's queue with {@code PENDING}. An agency user sees its own
     * agency's only: naming another agency finds nothing.
     */
    @ReadOnly
    public Page<ExtensionView> list(String status, String agencyCode, Long documentId, int page, int size) {
        ExtensionStatus wanted = statusOf(status);
        Optional<DondocPrincipal.AgencyFilter> visible = principal().agencyFilter(agencyCode);
        if (visible.isEmpty()) {
            return new Page<>(List.of(), page, size, 0);
        }
        Filtered filters = new Filtered()
                .and("e.status = :status", "status", wanted)
                .and("a.code = :agency", "agency", visible.get().code())
                // either subject: an obligation's document, or the item's
                .and("(o.documentId = :document OR i.documentId = :document)", "document", documentId);
        Page<Extension> rows = filters.page(
                em.createQuery(
                        "SELECT e FROM Extension e JOIN FETCH e.agency a LEFT JOIN FETCH e.obligation o"
                                + " LEFT JOIN FETCH e.item i" + filters.where() + " ORDER BY e.requestedAt, e.id",
                        Extension.class),
                em.createQuery(
                        "SELECT COUNT(e) FROM Extension e JOIN e.agency a LEFT JOIN e.obligation o LEFT JOIN e.item i"
                                + filters.where(),
                        Long.class),
                page,
                size);
        return rows.map(ExtensionView::of);
    }

    /**
     * The officer asks for more time on a dated item assigned to its agency; the agency's deadline on
     * the item with its pending request.
     */
    @Audited("extension.request")
    @RolesAllowed(Role.Names.AGENCY_OFFICER)
    public ItemDeadlineView requestForItem(@AuditTarget ItemAgency subject, ExtensionRequest request) {
        ExtensionRequest asked = request == null ? new ExtensionRequest() : request;
        Subject found = itemDeadline(subject, true);
        Extension extension = Extension.request(
                found.deadline, pending(found.deadline), asked.requestedDueOn, asked.reason, actor(), clock.instant());
        em.persist(extension);
        return viewed(found, extension);
    }

    /** The secretariat grants {@code dueOn} to the agency on the item; its deadline, now that date. */
    @Audited("extension.approve")
    @RolesAllowed(Role.Names.SECRETARIAT)
    public ItemDeadlineView approveForItem(@AuditTarget ItemAgency subject, ExtensionDecision decision) {
        return decideOnItem(subject, (extension, deadline) -> {
            extension.approve(deadline, decision == null ? null : decision.dueOn, actor(), clock.instant());
            if (deadline.deadline().id() == null) {
                em.persist(deadline.deadline()); // the first grant to this agency on this item
            }
            em.flush();
            tasksChanged.fire(TasksChanged.itemsOf(
                    deadline.deadline().item().documentId(),
                    deadline.deadline().agency().id()));
        });
    }

    /** The secretariat refuses, saying why; the agency's deadline on the item, unchanged. */
    @Audited("extension.refuse")
    @RolesAllowed(Role.Names.SECRETARIAT)
    public ItemDeadlineView refuseForItem(@AuditTarget ItemAgency subject, ExtensionDecision decision) {
        return decideOnItem(
                subject,
                (extension, deadline) ->
                        extension.refuse(decision == null ? null : decision.comment, actor(), clock.instant()));
    }

    private ItemDeadlineView decideOnItem(ItemAgency subject, BiConsumer<Extension, ItemDeadline> decision) {
        Subject found = itemDeadline(subject, true);
        Extension extension = orConflict(pending(found.deadline));
        decision.accept(extension, found.deadline);
        return viewed(found, extension);
    }

    /** Every request the agency made on the item, oldest first, with its decision. */
    @ReadOnly
    public List<ExtensionView> itemHistory(ItemAgency subject) {
        Subject found = itemDeadline(subject, false);
        return em.createNamedQuery(Extension.OF_ITEM_AND_AGENCY, Extension.class)
                .setParameter("item", found.deadline.item().id())
                .setParameter("agency", found.deadline.agency().id())
                .getResultStream()
                .map(ExtensionView::of)
                .toList();
    }

    /**
     * The item's deadline for each agency assigned it, in the order assigned, with the latest request
     * of each: an agency user sees its own agency's only (none when it is not assigned the item).
     */
    @ReadOnly
    public List<ItemDeadlineView> itemDeadlines(long documentId, long itemId) {
        Item item = item(documentId, itemId, false);
        DondocPrincipal principal = principal();
        boolean all = principal.seesEveryAgency();
        Map<Long, AgencyDeadline> granted = new HashMap<>();
        em.createNamedQuery(AgencyDeadline.OF_ITEM, AgencyDeadline.class)
                .setParameter("item", item)
                .getResultStream()
                .forEach(d -> granted.put(d.agency().id(), d));
        Map<Long, ExtensionView> latest = new HashMap<>();
        em.createNamedQuery(Extension.OF_ITEM, Extension.class)
                .setParameter("item", item.id())
                .getResultStream()
                .forEach(e -> latest.put(e.agency().id(), ExtensionView.of(e))); // oldest first: the last one stays
        List<ItemDeadlineView> views = new ArrayList<>();
        for (Assignment a : em.createNamedQuery(Assignment.OF_ITEM, Assignment.class)
                .setParameter("item", item)
                .getResultList()) {
            if (all || a.agency().code().equals(principal.agencyCode())) {
                AgencyDeadline deadline = granted.getOrDefault(a.agency().id(), new AgencyDeadline(item, a.agency()));
                views.add(
                        viewOf(deadline, a.role().name(), latest.get(a.agency().id())));
            }
        }
        return views;
    }

    /** An item's deadline for one agency, found for a caller who may see it, and the agency's assignment. */
    private record Subject(ItemDeadline deadline, Optional<Assignment> assignment) {}

    private Subject itemDeadline(ItemAgency subject, boolean forUpdate) {
        Item item = item(subject.documentId(), subject.itemId(), forUpdate);
        DondocPrincipal principal = principal();
        String code = subject.agencyCode() == null ? "" : subject.agencyCode().strip();
        NotFound none = new NotFound("Không có hạn của cơ quan '" + code + "' cho nội dung " + item.id()
                + " / No deadline of '" + code + "' on item " + item.id());
        if (!principal.seesEveryAgency() && !code.equals(principal.agencyCode())) {
            throw none;
        }
        Agency agency = new Directory(em).agency(code).orElseThrow(() -> none);
        AgencyDeadline deadline = em.createNamedQuery(AgencyDeadline.OF_ITEM_AND_AGENCY, AgencyDeadline.class)
                .setParameter("item", item)
                .setParameter("agency", agency)
                .getResultStream()
                .findFirst()
                .orElseGet(() -> new AgencyDeadline(item, agency));
        Optional<Assignment> assignment = em.createNamedQuery(Assignment.OF_ITEM, Assignment.class)
                .setParameter("item", item)
                .getResultStream()
                .filter(a -> a.agency().code().equals(agency.code()))
                .findFirst();
        return new Subject(new ItemDeadline(deadline, assignment.isPresent()), assignment);
    }

    /** The item of the document; the lock, taken first, queues every change on the item's deadlines. */
    private Item item(long documentId, long itemId, boolean forUpdate) {
        Item item =
                forUpdate ? em.find(Item.class, itemId, LockModeType.PESSIMISTIC_WRITE) : em.find(Item.class, itemId);
        if (item == null || item.documentId() != documentId) {
            throw new NotFound("Không có nội dung " + itemId + " trong văn bản " + documentId + " / No item " + itemId
                    + " in document " + documentId);
        }
        return item;
    }

    private Optional<Extension> pending(ItemDeadline deadline) {
        return em.createNamedQuery(Extension.PENDING_OF_ITEM, Extension.class)
                .setParameter("item", deadline.item().id())
                .setParameter("agency", deadline.agency().id())
                .getResultStream()
                .findFirst();
    }

    private ItemDeadlineView viewed(Subject found, Extension extension) {
        em.flush();
        return viewOf(
                found.deadline.deadline(),
                found.assignment.map(a -> a.role().name()).orElse(null),
                ExtensionView.of(extension));
    }

    private static ItemDeadlineView viewOf(AgencyDeadline deadline, String role, ExtensionView extension) {
        return new ItemDeadlineView(
                deadline.item().id(),
                deadline.agency().code(),
                role,
                deadline.originalDueOn(),
                deadline.dueOn(),
                extension);
    }

    private ObligationView viewed(Obligation obligation, Extension extension) {
        em.flush();
        return Obligations.viewOf(obligation, ExtensionView.of(extension));
    }

    private Optional<Extension> pending(Obligation obligation) {
        return em.createNamedQuery(Extension.PENDING_OF, Extension.class)
                .setParameter("obligation", obligation.id())
                .getResultStream()
                .findFirst();
    }

    private Extension pendingOrConflict(Obligation obligation) {
        return orConflict(pending(obligation));
    }

    private static Extension orConflict(Optional<Extension> pending) {
        return pending.orElseThrow(() ->
                new Conflict("Không có đề nghị gia hạn nào đang chờ quyết định / No request for an extension is waiting"
                        + " for a decision"));
    }

    private Obligation obligation(long id, boolean forUpdate) {
        Obligation obligation = forUpdate
                ? em.find(Obligation.class, id, LockModeType.PESSIMISTIC_WRITE)
                : em.find(Obligation.class, id);
        DondocPrincipal principal = principal();
        if (obligation == null
                || (!principal.seesEveryAgency() && !obligation.agency().code().equals(principal.agencyCode()))) {
            throw new NotFound("Không có nghĩa vụ báo cáo số " + id + " / No obligation " + id);
        }
        return obligation;
    }

    private static ExtensionStatus statusOf(String status) {
        if (status == null || status.isBlank()) {
            return null;
        }
        try {
            return ExtensionStatus.valueOf(status.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidInput("status: không hợp lệ '" + status + "' (PENDING, APPROVED, REFUSED) / no such"
                    + " status '" + status + "'");
        }
    }

    private DondocPrincipal principal() {
        return caller.principal().orElseThrow();
    }

    private String actor() {
        return principal().getName();
    }
}
