package vn.dondoc.documents.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import vn.dondoc.agencies.control.Directory;
import vn.dondoc.audit.boundary.AuditTarget;
import vn.dondoc.audit.boundary.Audited;
import vn.dondoc.audit.boundary.ReadOnly;
import vn.dondoc.documents.boundary.Views.DocumentSummary;
import vn.dondoc.documents.boundary.Views.DocumentView;
import vn.dondoc.documents.boundary.Views.ImportOutcome;
import vn.dondoc.documents.control.NoPlanFound;
import vn.dondoc.documents.control.ParsedPlan;
import vn.dondoc.documents.control.PlanImport;
import vn.dondoc.documents.control.PlanReader;
import vn.dondoc.documents.entity.Document;
import vn.dondoc.documents.entity.ReportingFrequency;
import vn.dondoc.platform.boundary.NotFound;
import vn.dondoc.platform.boundary.Page;
import vn.dondoc.platform.boundary.Unprocessable;
import vn.dondoc.platform.security.CallerIdentity;
import vn.dondoc.platform.security.Role;
import vn.dondoc.tenancy.boundary.TenantBound;

/**
 * Directives and plans (văn bản chỉ đạo): importing them from their text and reading them with
 * their item trees. Corrections to items are {@link vn.dondoc.items.boundary.Items}'.
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
public class Documents {

    @PersistenceContext
    EntityManager em;

    @Inject
    CallerIdentity caller;

    @Inject
    Clock clock;

    @Inject
    Event<DocumentChanged> changed;

    @Inject
    Event<ItemsLeaving> leaving;

    /** What an import would store, without storing anything (dry run). */
    @ReadOnly
    @RolesAllowed(Role.Names.SECRETARIAT)
    public DocumentView preview(@NotNull PlanSource source) {
        return new DocumentReadModel(em).preview(parse(source, new Directory(em)));
    }

    /**
     * Registers a plan from its text. A document whose number is already registered is updated in
     * place (never a second one): items the secretariat edited keep its edits, every other item
     * takes the new text, items gone from the new text and never edited are removed.
     */
    @Audited("document.import")
    @RolesAllowed(Role.Names.SECRETARIAT)
    public ImportOutcome importPlan(@NotNull PlanSource source) {
        Directory directory = new Directory(em);
        ParsedPlan plan = parse(source, directory);
        String by = caller.principal().map(p -> p.getName()).orElse("system");
        PlanImport.Result result = new PlanImport(em, directory, ids -> {
                    ItemsLeaving going = new ItemsLeaving(ids);
                    leaving.fire(going);
                    return going.kept();
                })
                .record(plan, source.format().name(), source.sha256(), clock.instant(), by);
        changed.fire(new DocumentChanged(result.document().id()));
        return new ImportOutcome(
                new DocumentReadModel(em).view(result.document()), result.created(), result.preservedItems());
    }

    /**
     * The secretariat sets the document's reporting regime; the obligations follow at once, and a
     * re-import of the text keeps the regime.
     */
    @Audited("document.regime")
    @RolesAllowed(Role.Names.SECRETARIAT)
    public DocumentView setRegime(@AuditTarget long id, @NotNull @Valid RegimeEdit regime) {
        Document document = find(id);
        document.setRegime(
                regime.agencyPlanDueOn,
                regime.reportingFrequencies.isEmpty()
                        ? EnumSet.noneOf(ReportingFrequency.class)
                        : EnumSet.copyOf(regime.reportingFrequencies),
                regime.reportWorkingDays == null ? null : regime.reportWorkingDays.intValueExact());
        em.flush();
        changed.fire(new DocumentChanged(id));
        return new DocumentReadModel(em).view(document);
    }

    /** A page of documents, newest first, without their item trees. */
    @ReadOnly
    public Page<DocumentSummary> all(int page, int size) {
        return all(DocumentOrder.ISSUED_ON, true, page, size);
    }

    /**
     * The same page in another order: {@code order} first, ascending unless {@code descending},
     * then newest first (the web UI's sortable list, {@code GET /documents?sort=}).
     */
    @ReadOnly
    public Page<DocumentSummary> all(DocumentOrder order, boolean descending, int page, int size) {
        List<Document> documents = em.createQuery(
                        "SELECT d FROM Document d ORDER BY "
                                + Objects.requireNonNull(order, "order").orderBy(descending),
                        Document.class)
                .setFirstResult(page * size)
                .setMaxResults(size)
                .getResultList();
        long total = em.createNamedQuery(Document.COUNT, Long.class).getSingleResult();
        return new Page<>(new DocumentReadModel(em).summaries(documents), page, size, total);
    }

    @ReadOnly
    public DocumentView one(long id) {
        return new DocumentReadModel(em).view(find(id));
    }

    private Document find(long id) {
        Document document = em.find(Document.class, id);
        if (document == null) {
            throw new NotFound("Không có văn bản số " + id + " / No document " + id);
        }
        return document;
    }

    private static ParsedPlan parse(PlanSource source, Directory directory) {
        PlanReader reader = new PlanReader(directory.nameMatcher());
        try {
            return source.format() == PlanSource.Format.DOCX
                    ? reader.docx(source.content())
                    : reader.text(source.content());
        } catch (NoPlanFound e) {
            throw new Unprocessable(e.getMessage());
        }
    }
}
