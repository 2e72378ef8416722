package vn.dondoc.documents.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.dondoc.audit.boundary.AuditTarget;
import vn.dondoc.audit.boundary.Audited;
import vn.dondoc.audit.boundary.ReadOnly;
import vn.dondoc.documents.boundary.Views.DocumentSummary;
import vn.dondoc.documents.boundary.Views.DocumentView;
import vn.dondoc.documents.boundary.Views.ImportOutcome;
import vn.dondoc.documents.boundary.Views.ItemView;
import vn.dondoc.documents.control.DocumentRecords;
import vn.dondoc.documents.control.NoPlanFound;
import vn.dondoc.documents.control.ParsedPlan;
import vn.dondoc.documents.control.PlanReader;
import vn.dondoc.documents.entity.Document;
import vn.dondoc.platform.security.CallerIdentity;
import vn.dondoc.platform.security.Role;
import vn.dondoc.items.entity.ResponsibilityRole;
import vn.dondoc.items.entity.Schedule;
import vn.dondoc.platform.boundary.InvalidInput;
import vn.dondoc.platform.boundary.NotFound;
import vn.dondoc.platform.boundary.Page;
import vn.dondoc.platform.boundary.Unprocessable;
import vn.dondoc.tenancy.boundary.TenantBound;

/**
 * Directives and plans (văn bản chỉ đạo): importing them from their text, reading them with their
 * item trees, and the secretariat's corrections (item edits, name mappings).
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
    DocumentRecords records;

    @Inject
    CallerIdentity caller;

    @Inject
    @ConfigProperty(name = "dondoc.import.max-bytes", defaultValue = "10485760")
    long maxBytes;

    /** What an import would store, without storing anything (dry run). */
    @ReadOnly
    @RolesAllowed(Role.Names.SECRETARIAT)
    public DocumentView preview(PlanSource source) {
        return records.preview(parse(source));
    }

    /**
     * Registers a plan from its text. A document whose number is already registered is updated in
     * place (never a second one): items the secretariat edited keep its edits, every other item
     * takes the new text, items gone from the new text and never edited are removed.
     */
    @Audited("document.import")
    @RolesAllowed(Role.Names.SECRETARIAT)
    public ImportOutcome importPlan(PlanSource source) {
        ParsedPlan plan = parse(source);
        String by = caller.principal().map(p -> p.getName()).orElse("system");
        return records.record(plan, source, by);
    }

    @ReadOnly
    public Page<DocumentSummary> all(int page, int size) {
        List<Document> documents = em.createNamedQuery(Document.ALL, Document.class)
                .setFirstResult(page * size)
                .setMaxResults(size)
                .getResultList();
        long total = em.createNamedQuery(Document.COUNT, Long.class).getSingleResult();
        return new Page<>(records.summaries(documents), page, size, total);
    }

    @ReadOnly
    public DocumentView one(long id) {
        return records.view(find(id));
    }

    /** The secretariat corrects an item's text or time frame; a re-import keeps the correction. */
    @Audited("item.edit")
    @RolesAllowed(Role.Names.SECRETARIAT)
    public ItemView editItem(long documentId, @AuditTarget long itemId, String text, Schedule schedule) {
        return records.editItem(find(documentId), itemId, text, schedule);
    }

    @Audited("assignment.add")
    @RolesAllowed(Role.Names.SECRETARIAT)
    public ItemView addAssignment(
            long documentId, @AuditTarget long itemId, String agencyCode, ResponsibilityRole role) {
        return records.addAssignment(find(documentId), itemId, agencyCode, role);
    }

    @Audited("assignment.remove")
    @RolesAllowed(Role.Names.SECRETARIAT)
    public ItemView removeAssignment(long documentId, long itemId, @AuditTarget long assignmentId) {
        return records.removeAssignment(find(documentId), itemId, assignmentId);
    }

    /**
     * Says which agency or group a printed name that matched nothing stands for. Every
     * unresolved responsibility with that name is resolved now, and later imports match it.
     */
    @Audited("name.map")
    @RolesAllowed(Role.Names.SECRETARIAT)
    public int mapName(@AuditTarget String text, String agencyCode, String groupCode) {
        if ((agencyCode == null) == (groupCode == null)) {
            throw new InvalidInput(
                    "Cần đúng một trong agencyCode, groupCode / Give exactly one of agencyCode, groupCode");
        }
        return records.mapName(text, agencyCode, groupCode);
    }

    private Document find(long id) {
        Document document = em.find(Document.class, id);
        if (document == null) {
            throw new NotFound("Không có văn bản số " + id + " / No document " + id);
        }
        return document;
    }

    private ParsedPlan parse(PlanSource source) {
        PlanReader reader = new PlanReader(records.nameMatcher(), maxBytes);
        try {
            return source.format() == PlanSource.Format.DOCX
                    ? reader.docx(source.content())
                    : reader.text(source.content());
        } catch (NoPlanFound e) {
            throw new Unprocessable(e.getMessage());
        }
    }
}
