package vn.dondoc.consolidation.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.dondoc.audit.boundary.ReadOnly;
import vn.dondoc.consolidation.control.ConsolidatedDocx;
import vn.dondoc.consolidation.control.ConsolidatedReport;
import vn.dondoc.consolidation.control.Consolidator;
import vn.dondoc.documents.entity.Document;
import vn.dondoc.items.entity.Item;
import vn.dondoc.platform.boundary.InvalidInput;
import vn.dondoc.platform.boundary.NotFound;
import vn.dondoc.platform.security.CallerIdentity;
import vn.dondoc.platform.security.Role;
import vn.dondoc.reporting.control.ReportingPeriod;
import vn.dondoc.reporting.entity.Obligation;
import vn.dondoc.reporting.entity.ObligationKind;
import vn.dondoc.reporting.entity.ObligationStatus;
import vn.dondoc.reporting.entity.Report;
import vn.dondoc.reporting.entity.ReportEntry;
import vn.dondoc.tenancy.boundary.TenantBound;
import vn.dondoc.tenancy.entity.Tenant;

/**
 * The consolidated report of one document's period (báo cáo tổng hợp), the secretariat's draft to
 * the committee, made afresh from the accepted reports at every call: a report accepted late is in
 * the next one. The secretariat makes it; a leader and an admin may read it too (they read every
 * report already); an agency's users may not (403). A document of another tenant is not found.
 */
@Stateless
@TenantBound
@RolesAllowed({Role.Names.SECRETARIAT, Role.Names.LEADER, Role.Names.ADMIN})
public class Consolidation {

    public static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    @PersistenceContext
    EntityManager em;

    @Inject
    CallerIdentity caller;

    /**
     * @throws InvalidInput when {@code label} is not a period's label (400)
     * @throws NotFound when there is no such document, or it asks no report for that period (404)
     */
    @ReadOnly
    public ConsolidatedReport report(long documentId, String label) {
        String period = periodOf(label);
        Document document = em.find(Document.class, documentId);
        if (document == null) {
            throw new NotFound("Không có văn bản số " + documentId + " / No document " + documentId);
        }
        List<Obligation> obligations = em.createQuery(
                        "SELECT o FROM Obligation o JOIN FETCH o.agency WHERE o.documentId = :document"
                                + " AND o.kind = :kind AND o.periodLabel = :period ORDER BY o.id",
                        Obligation.class)
                .setParameter("document", documentId)
                .setParameter("kind", ObligationKind.PERIODIC)
                .setParameter("period", period)
                .getResultList();
        if (obligations.isEmpty()) {
            throw new NotFound("Văn bản " + document.number() + " không có kỳ báo cáo " + period + " / Document "
                    + documentId + " asks no report for period " + period);
        }
        Map<Long, Report> accepted = latestAccepted(obligations);
        List<Consolidator.Source> sources = obligations.stream()
                .map(o -> new Consolidator.Source(
                        o.agency().code(),
                        o.agency().name(),
                        o.status(),
                        o.dueOn(),
                        o.originalDueOn(),
                        o.orphaned(),
                        accepted.containsKey(o.id()) ? acceptedOf(accepted.get(o.id())) : null))
                .toList();
        List<Consolidator.ItemLine> items = em.createNamedQuery(Item.OF_DOCUMENT, Item.class)
                .setParameter("documentId", documentId)
                .getResultStream()
                .map(i -> new Consolidator.ItemLine(
                        i.id(), i.parent() == null ? null : i.parent().id(), i.code(), i.text()))
                .toList();
        Obligation first = obligations.get(0);
        Tenant tenant = em.find(Tenant.class, caller.principal().orElseThrow().tenant());
        return Consolidator.consolidate(
                new Consolidator.Heading(
                        tenant == null ? null : tenant.issuingBody(),
                        document.place(),
                        documentId,
                        document.type(),
                        document.number(),
                        document.title(),
                        period,
                        first.periodFrom(),
                        first.periodTo()),
                items,
                sources);
    }

    /** The same report as a Word document to edit and sign; named after the document and the period. */
    @ReadOnly
    public ConsolidatedFile docx(long documentId, String label) {
        ConsolidatedReport report = report(documentId, label);
        String number = report.header().documentNumber().replaceAll("[/\\\\:*?\"<>|]", "-");
        return new ConsolidatedFile(
                "Báo cáo tổng hợp " + number + " kỳ " + report.header().periodLabel() + ".docx",
                DOCX,
                ConsolidatedDocx.write(report));
    }

    /** For each obligation, its latest accepted version: a correction begun after it does not hide it. */
    private Map<Long, Report> latestAccepted(List<Obligation> obligations) {
        Map<Long, Report> latest = new HashMap<>();
        em.createQuery(
                        "SELECT r FROM Report r WHERE r.obligation.id IN :ids AND r.status = :accepted"
                                + " ORDER BY r.number DESC",
                        Report.class)
                .setParameter("ids", obligations.stream().map(Obligation::id).toList())
                .setParameter("accepted", ObligationStatus.ACCEPTED)
                .getResultStream()
                .forEach(r -> latest.putIfAbsent(r.obligation().id(), r));
        return latest;
    }

    private static Consolidator.Accepted acceptedOf(Report report) {
        return new Consolidator.Accepted(
                report.number(),
                report.summary(),
                report.entries().stream().map(ReportEntry::content).toList());
    }

    private static String periodOf(String label) {
        try {
            return ReportingPeriod.parse(label == null ? null : label.strip()).label();
        } catch (IllegalArgumentException e) {
            throw new InvalidInput(e.getMessage());
        }
    }
}
