package vn.dondoc.reporting.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import vn.dondoc.audit.boundary.AuditTarget;
import vn.dondoc.audit.boundary.Audited;
import vn.dondoc.audit.boundary.ReadOnly;
import vn.dondoc.platform.boundary.Conflict;
import vn.dondoc.platform.boundary.InvalidInput;
import vn.dondoc.platform.boundary.NotFound;
import vn.dondoc.platform.boundary.Page;
import vn.dondoc.platform.security.CallerIdentity;
import vn.dondoc.platform.security.DondocPrincipal;
import vn.dondoc.platform.security.Role;
import vn.dondoc.reporting.entity.Extension;
import vn.dondoc.reporting.entity.ExtensionStatus;
import vn.dondoc.reporting.entity.Obligation;
import vn.dondoc.tenancy.boundary.TenantBound;

/**
 * Extensions (gia hạn): an agency's officer asks for more time on one of its obligations, with a
 * reason; the secretariat approves, with the date it grants, or refuses with a comment. The granted
 * date becomes the obligation's deadline ({@code dueOn}); the regime's stays as {@code originalDueOn}.
 * Who may see what is as for reports: an agency user only its own agency's, the secretariat, a
 * leader or an admin every one of the tenant's; anything else is not found (404).
 *
 * <p>Every change locks the obligation's row first, as a report's do, so that two requests, or a
 * request and a decision, run one after the other.
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

    private static final Set<String> SEE_ALL = Set.of(Role.Names.ADMIN, Role.Names.SECRETARIAT, Role.Names.LEADER);

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
     * A page of requests, the longest waiting first, filtered by status, agency code and document
     * (each optional): the secretariat's queue with {@code PENDING}. An agency user sees its own
     * agency's only: naming another agency finds nothing.
     */
    @ReadOnly
    public Page<ExtensionView> list(String status, String agencyCode, Long documentId, int page, int size) {
        ExtensionStatus wanted = statusOf(status);
        String agency = agencyCode;
        DondocPrincipal principal = principal();
        if (principal.roles().stream().noneMatch(SEE_ALL::contains)) {
            String own = principal.agencyCode();
            if (own == null || (agency != null && !agency.equals(own))) {
                return new Page<>(List.of(), page, size, 0);
            }
            agency = own;
        }
        StringBuilder where = new StringBuilder(" WHERE 1 = 1");
        if (wanted != null) {
            where.append(" AND e.status = :status");
        }
        if (agency != null) {
            where.append(" AND e.obligation.agency.code = :agency");
        }
        if (documentId != null) {
            where.append(" AND e.obligation.documentId = :document");
        }
        TypedQuery<Extension> rows = em.createQuery(
                "SELECT e FROM Extension e JOIN FETCH e.obligation o JOIN FETCH o.agency" + where
                        + " ORDER BY e.requestedAt, e.id",
                Extension.class);
        TypedQuery<Long> count = em.createQuery("SELECT COUNT(e) FROM Extension e" + where, Long.class);
        for (TypedQuery<?> query : List.of(rows, count)) {
            if (wanted != null) {
                query.setParameter("status", wanted);
            }
            if (agency != null) {
                query.setParameter("agency", agency);
            }
            if (documentId != null) {
                query.setParameter("document", documentId);
            }
        }
        List<ExtensionView> views = new ArrayList<>();
        for (Extension e : rows.setFirstResult(page * size).setMaxResults(size).getResultList()) {
            views.add(ExtensionView.of(e));
        }
        return new Page<>(views, page, size, count.getSingleResult());
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
        return pending(obligation)
                .orElseThrow(() -> new Conflict(
                        "Không có đề nghị gia hạn nào đang chờ quyết định / No request for an extension is waiting"
                                + " for a decision"));
    }

    private Obligation obligation(long id, boolean forUpdate) {
        Obligation obligation = forUpdate
                ? em.find(Obligation.class, id, LockModeType.PESSIMISTIC_WRITE)
                : em.find(Obligation.class, id);
        DondocPrincipal principal = principal();
        if (obligation == null
                || (principal.roles().stream().noneMatch(SEE_ALL::contains)
                        && !obligation.agency().code().equals(principal.agencyCode()))) {
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
