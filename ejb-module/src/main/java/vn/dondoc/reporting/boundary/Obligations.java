package vn.dondoc.reporting.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import vn.dondoc.audit.boundary.AuditTarget;
import vn.dondoc.audit.boundary.Audited;
import vn.dondoc.audit.boundary.ReadOnly;
import vn.dondoc.platform.boundary.Filtered;
import vn.dondoc.platform.boundary.InvalidInput;
import vn.dondoc.platform.boundary.Page;
import vn.dondoc.platform.security.CallerIdentity;
import vn.dondoc.platform.security.DondocPrincipal;
import vn.dondoc.platform.security.Role;
import vn.dondoc.reporting.control.ObligationSync;
import vn.dondoc.reporting.entity.Extension;
import vn.dondoc.reporting.entity.Obligation;
import vn.dondoc.reporting.entity.ObligationStatus;
import vn.dondoc.tenancy.boundary.TenantBound;
import vn.dondoc.tenancy.boundary.TenantId;

/**
 * What agencies owe (nghĩa vụ báo cáo): the obligations the tenant's documents create, listed for
 * the secretariat, the leaders and each agency (which sees only its own), and kept up to date as
 * time passes.
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
public class Obligations {

    @PersistenceContext
    EntityManager em;

    @Inject
    CallerIdentity caller;

    @Inject
    Clock clock;

    @Inject
    Event<TasksChanged> tasksChanged;

    /**
     * A page of obligations, soonest due first, filtered by agency code, document and status (each
     * optional). An agency user sees its own agency's only: naming another agency finds nothing.
     */
    @ReadOnly
    public Page<ObligationView> list(String agencyCode, Long documentId, String status, int page, int size) {
        return list(agencyCode, documentId, status, ObligationOrder.DUE_ON, false, page, size);
    }

    /**
     * The same page in another order: {@code order} first, ascending unless {@code descending},
     * then soonest due.
     */
    @ReadOnly
    public Page<ObligationView> list(
            String agencyCode,
            Long documentId,
            String status,
            ObligationOrder order,
            boolean descending,
            int page,
            int size) {
        return list(agencyCode, documentId, status, null, order, descending, page, size);
    }

    /**
     * The same page, also filtered by the period reported on ({@code period}: its label, "2024-H1";
     * optional): the obligations board of one period across agencies.
     */
    @ReadOnly
    public Page<ObligationView> list(
            String agencyCode,
            Long documentId,
            String status,
            String period,
            ObligationOrder order,
            boolean descending,
            int page,
            int size) {
        ObligationStatus wanted = statusOf(status);
        String label = period == null || period.isBlank() ? null : period.strip();
        Optional<DondocPrincipal.AgencyFilter> visible =
                caller.principal().orElseThrow().agencyFilter(agencyCode);
        if (visible.isEmpty()) {
            return new Page<>(List.of(), page, size, 0);
        }
        Filtered filters = new Filtered()
                .and("o.agency.code = :agency", "agency", visible.get().code())
                .and("o.documentId = :document", "document", documentId)
                .and("o.status = :status", "status", wanted)
                .and("o.periodLabel = :period", "period", label);
        Page<Obligation> rows = filters.page(
                em.createQuery(
                        "SELECT o FROM Obligation o JOIN FETCH o.agency" + filters.where() + " ORDER BY "
                                + Objects.requireNonNull(order, "order").orderBy(descending),
                        Obligation.class),
                em.createQuery("SELECT COUNT(o) FROM Obligation o" + filters.where(), Long.class),
                page,
                size);
        List<Obligation> found = rows.items();
        Map<Long, ExtensionView> extensions = latestExtensions(em, found);
        List<ObligationView> views = new ArrayList<>();
        for (Obligation o : found) {
            views.add(viewOf(o, extensions.get(o.id())));
        }
        return new Page<>(views, page, size, rows.total());
    }

    /**
     * Brings every document's obligations up to today in one tenant: the periods that began since
     * the last run, and anything the calendar or the directory changed. Run daily by {@link
     * ObligationsDaily}; running it twice changes nothing the second time.
     */
    @Audited(value = "obligations.regenerate", anonymousActor = "system")
    @PermitAll // the daily timer has no caller; the tenant is named, and a caller may name only its own
    public ObligationSync.Result regenerate(@TenantId @AuditTarget String tenant) {
        ObligationSync.Result result = new ObligationSync(em).syncAll(LocalDate.now(clock));
        if (!result.equals(ObligationSync.Result.NONE)) {
            tasksChanged.fire(TasksChanged.everything());
        }
        return result;
    }

    private static ObligationStatus statusOf(String status) {
        if (status == null || status.isBlank()) {
            return null;
        }
        try {
            return ObligationStatus.valueOf(status.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidInput("Trạng thái không hợp lệ: '" + status + "' (PENDING, DRAFT, SUBMITTED, APPROVED, "
                    + "ACCEPTED, RETURNED) / No such status: '" + status + "'");
        }
    }

    /** Each obligation's latest request for more time, by the obligation's id; one query. */
    static Map<Long, ExtensionView> latestExtensions(EntityManager em, List<Obligation> obligations) {
        Map<Long, ExtensionView> latest = new HashMap<>();
        if (obligations.isEmpty()) {
            return latest;
        }
        for (Extension e : em.createNamedQuery(Extension.OF_OBLIGATIONS, Extension.class)
                .setParameter(
                        "obligations", obligations.stream().map(Obligation::id).toList())
                .getResultList()) {
            latest.put(e.obligation().id(), ExtensionView.of(e)); // oldest first: the last one stays
        }
        return latest;
    }

    static ObligationView viewOf(Obligation o, ExtensionView extension) {
        return new ObligationView(
                o.id(),
                o.agency().code(),
                o.documentId(),
                o.kind().name(),
                o.periodLabel(),
                o.periodFrom(),
                o.periodTo(),
                o.dueOn(),
                o.originalDueOn(),
                o.status().name(),
                o.submittedAt(),
                o.orphaned(),
                extension);
    }
}
