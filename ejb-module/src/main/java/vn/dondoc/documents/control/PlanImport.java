package vn.dondoc.documents.control;

import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import vn.dondoc.agencies.control.Directory;
import vn.dondoc.agencies.control.NamedBody;
import vn.dondoc.agencies.entity.AgencyOrGroup;
import vn.dondoc.documents.entity.Document;
import vn.dondoc.documents.entity.DocumentReference;
import vn.dondoc.documents.entity.ReportingBody;
import vn.dondoc.items.control.ParsedItem;
import vn.dondoc.items.entity.Item;
import vn.dondoc.items.entity.Responsibility;
import vn.dondoc.platform.boundary.Unprocessable;

/**
 * Stores a parsed plan: the document, its references (linked both ways), its item tree with
 * responsibilities and assignments, and the bodies section III names for reporting. A number already registered is updated in place: items the
 * secretariat edited keep their edits, every other item takes the new text, and items gone from
 * the new text are removed unless an edit still hangs below them. Runs in the caller's
 * transaction, whose entity manager is bound to the tenant.
 */
public final class PlanImport {

    private final EntityManager em;
    private final Directory directory;

    public PlanImport(EntityManager em, Directory directory) {
        this.em = em;
        this.directory = directory;
    }

    /** What an import did: the document, whether it is new, and the codes of items kept as edited. */
    public record Result(Document document, boolean created, List<String> preservedItems) {}

    public Result record(ParsedPlan plan, String sourceFormat, String sourceSha256, Instant at, String by) {
        if (plan.number() == null) {
            throw new Unprocessable("Không tìm thấy số, ký hiệu của văn bản (dòng \"Số: …\") / The document's number "
                    + "and symbol (the \"Số: …\" line) were not found");
        }
        String number = plan.number().toString();
        Optional<Document> registered = byNumber(em, number);
        Document document = registered.orElseGet(() -> new Document(number));
        document.describe(plan.type(), plan.issuer(), plan.place(), plan.issuedOn(), plan.signer(), plan.title());
        Implementation asked = plan.implementation();
        document.requireOfAgencies(
                asked.agencyPlanDueOn(),
                asked.agencyPlanText(),
                asked.reportingFrequencies(),
                asked.reportingText(),
                asked.focalAgencyCode() == null
                        ? null
                        : directory.snapshot().agencies().get(asked.focalAgencyCode()),
                asked.focalAgencyText());
        document.importedFrom(sourceFormat, sourceSha256, at, by);
        if (registered.isEmpty()) {
            em.persist(document);
        }
        recordReferences(document, plan);
        List<String> preserved = recordItems(document, plan, registered.isPresent());
        recordReportingBodies(document, asked, registered.isPresent());
        em.flush();
        return new Result(document, registered.isEmpty(), preserved);
    }

    /** The registered document with this number and symbol. */
    public static Optional<Document> byNumber(EntityManager em, String number) {
        return em.createNamedQuery(Document.BY_NUMBER, Document.class)
                .setParameter("number", number)
                .getResultStream()
                .findFirst();
    }

    private void recordReferences(Document document, ParsedPlan plan) {
        if (document.id() != null) {
            em.createQuery("DELETE FROM DocumentReference r WHERE r.document = :document")
                    .setParameter("document", document)
                    .executeUpdate();
        }
        for (FoundReference found : plan.references()) {
            String number = found.number().toString();
            em.persist(new DocumentReference(
                    document, found.relation(), number, byNumber(em, number).orElse(null)));
        }
        em.createNamedQuery(DocumentReference.TO_NUMBER, DocumentReference.class)
                .setParameter("number", document.number())
                .getResultList()
                .forEach(r -> r.linkTo(document));
    }

    /**
     * The bodies section III names for the reporting regime, in the order printed, matched through
     * the same directory snapshot as the responsibilities; a re-import replaces them all.
     */
    private void recordReportingBodies(Document document, Implementation asked, boolean reimport) {
        if (reimport) {
            em.createQuery("DELETE FROM ReportingBody b WHERE b.document = :document")
                    .setParameter("document", document)
                    .executeUpdate();
        }
        Directory.Snapshot names = directory.snapshot();
        int position = 0;
        for (NamedBody body : asked.reportingBodies()) {
            em.persist(new ReportingBody(
                    document,
                    position++,
                    body.text(),
                    AgencyOrGroup.of(
                            body.agencyCode() == null ? null : names.agencies().get(body.agencyCode()),
                            body.groupCode() == null ? null : names.groups().get(body.groupCode()))));
        }
    }

    /** Returns the codes of items kept as the secretariat edited them. */
    private List<String> recordItems(Document document, ParsedPlan plan, boolean reimport) {
        if (!reimport) {
            // The new document needs its id before items can point at it.
            em.flush();
        }
        Map<String, Item> existing = new HashMap<>();
        if (reimport) {
            em.createNamedQuery(Item.OF_DOCUMENT, Item.class)
                    .setParameter("documentId", document.id())
                    .getResultList()
                    .forEach(i -> existing.put(i.code(), i));
            // Every item the secretariat did not edit is read again from the new text: drop what
            // the last import made for them in two statements rather than two per item.
            em.createQuery("DELETE FROM Assignment a WHERE a.item IN "
                            + "(SELECT i FROM Item i WHERE i.documentId = :documentId AND i.edited = FALSE)")
                    .setParameter("documentId", document.id())
                    .executeUpdate();
            em.createQuery("DELETE FROM Responsibility r WHERE r.item IN "
                            + "(SELECT i FROM Item i WHERE i.documentId = :documentId AND i.edited = FALSE)")
                    .setParameter("documentId", document.id())
                    .executeUpdate();
        }
        List<String> preserved = new ArrayList<>();
        Tree tree = new Tree(document.id(), existing, preserved);
        for (ParsedItem parsed : plan.items()) {
            tree.record(null, parsed);
        }
        removeGone(existing.values(), preserved);
        return preserved;
    }

    /**
     * Items gone from the new text are removed, unless the secretariat edited them or an agency
     * reported on them (a report is never lost), or an item below them is so kept.
     */
    private void removeGone(Iterable<Item> goneItems, List<String> preserved) {
        List<Item> gone = new ArrayList<>();
        goneItems.forEach(gone::add);
        gone.sort(Comparator.comparing((Item i) -> i.code().length()).reversed());
        Set<Item> holdingEdits = new HashSet<>();
        for (Item item : gone) {
            for (Item up = item; up != null && kept(item); up = up.parent()) {
                holdingEdits.add(up);
            }
        }
        for (Item item : gone) {
            if (kept(item)) {
                preserved.add(item.code());
            } else if (!holdingEdits.contains(item)) {
                em.remove(item);
            }
        }
    }

    private static boolean kept(Item item) {
        return item.edited() || item.reported();
    }

    /** Writes the parsed tree in document order, reusing the items a re-import finds by code. */
    private final class Tree {
        private final long documentId;
        private final Map<String, Item> existing;
        private final List<String> preserved;
        private final Directory.Snapshot names = directory.snapshot();
        private int position;

        Tree(long documentId, Map<String, Item> existing, List<String> preserved) {
            this.documentId = documentId;
            this.existing = existing;
            this.preserved = preserved;
        }

        void record(Item parent, ParsedItem parsed) {
            Item item = existing.remove(parsed.code());
            if (item == null) {
                item = new Item(documentId, parent, parsed.code(), parsed.label(), position);
                em.persist(item);
            }
            item.readFromImport(
                    parsed.label(),
                    parsed.text(),
                    parsed.schedule(),
                    parsed.requested(),
                    parsed.noLeadNamed(),
                    position++,
                    parent);
            if (item.edited()) {
                preserved.add(item.code());
            } else {
                List<Responsibility> made = responsibilities(item, parsed);
                if (parsed.children().isEmpty()) {
                    // Its earlier assignments were cleared with it.
                    item.assignmentsFor(made, names::membersOf).forEach(em::persist);
                }
            }
            for (ParsedItem child : parsed.children()) {
                record(item, child);
            }
        }

        private List<Responsibility> responsibilities(Item item, ParsedItem parsed) {
            List<Responsibility> made = new ArrayList<>();
            for (ParsedItem.Responsibility r : parsed.responsibilities()) {
                NamedBody body = r.body();
                Responsibility responsibility = new Responsibility(
                        item,
                        made.size(),
                        r.role(),
                        body.text(),
                        body.unit(),
                        AgencyOrGroup.of(
                                body.agencyCode() == null
                                        ? null
                                        : names.agencies().get(body.agencyCode()),
                                body.groupCode() == null ? null : names.groups().get(body.groupCode())));
                em.persist(responsibility);
                made.add(responsibility);
            }
            return made;
        }
    }
}
