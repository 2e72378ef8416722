package vn.dondoc.documents.boundary;

import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.dondoc.documents.boundary.Views.DocumentSummary;
import vn.dondoc.documents.boundary.Views.DocumentView;
import vn.dondoc.documents.boundary.Views.ImplementationView;
import vn.dondoc.documents.boundary.Views.ReferenceView;
import vn.dondoc.documents.control.Implementation;
import vn.dondoc.documents.control.ParsedPlan;
import vn.dondoc.documents.control.PlanImport;
import vn.dondoc.documents.entity.Document;
import vn.dondoc.documents.entity.DocumentReference;
import vn.dondoc.documents.entity.ReportingBody;
import vn.dondoc.documents.entity.ReportingFrequency;
import vn.dondoc.items.boundary.ItemTree;

/**
 * Documents as the API shows them: one with its item tree, a page of them without, or a parsed
 * plan before it is stored. A fixed number of queries per answer, whatever the document's size.
 */
final class DocumentReadModel {

    private final EntityManager em;

    DocumentReadModel(EntityManager em) {
        this.em = em;
    }

    DocumentView view(Document document) {
        ItemTree items = ItemTree.of(em, document.id());
        Set<String> unresolved = new LinkedHashSet<>(items.unresolved());
        em.createNamedQuery(ReportingBody.OF_DOCUMENT, ReportingBody.class)
                .setParameter("document", document)
                .getResultStream()
                .filter(b -> !b.resolved())
                .forEach(b -> unresolved.add(b.text()));
        if (document.focalAgency() == null && document.focalAgencyText() != null) {
            unresolved.add(document.focalAgencyText());
        }
        List<ReferenceView> references = em.createNamedQuery(DocumentReference.OF_DOCUMENT, DocumentReference.class)
                .setParameter("document", document)
                .getResultStream()
                .map(DocumentReadModel::viewOf)
                .toList();
        List<ReferenceView> referencedBy = em.createNamedQuery(DocumentReference.TO_DOCUMENT, DocumentReference.class)
                .setParameter("document", document)
                .getResultStream()
                .map(r -> new ReferenceView(
                        r.relation().name(), r.document().number(), r.document().id()))
                .toList();
        return new DocumentView(
                document.id(),
                document.type(),
                document.number(),
                document.issuer(),
                document.place(),
                document.issuedOn(),
                document.title(),
                document.signer(),
                references,
                referencedBy,
                new ImplementationView(
                        document.agencyPlanDueOn(),
                        document.agencyPlanText(),
                        names(document.reportingFrequencies()),
                        document.reportingText(),
                        document.focalAgency() == null
                                ? null
                                : document.focalAgency().code(),
                        document.focalAgencyText(),
                        document.reportWorkingDays().isPresent()
                                ? document.reportWorkingDays().getAsInt()
                                : null,
                        document.regimeEdited()),
                items.roots(),
                List.copyOf(unresolved),
                document.importedBy(),
                document.importedAt());
    }

    /** What an import of this plan would store; references say which cited documents are registered. */
    DocumentView preview(ParsedPlan plan) {
        List<ReferenceView> references = plan.references().stream()
                .map(r -> new ReferenceView(
                        r.relation().name(),
                        r.number().toString(),
                        PlanImport.byNumber(em, r.number().toString())
                                .map(Document::id)
                                .orElse(null)))
                .toList();
        Implementation i = plan.implementation();
        return new DocumentView(
                null,
                plan.type(),
                plan.number() == null ? null : plan.number().toString(),
                plan.issuer(),
                plan.place(),
                plan.issuedOn(),
                plan.title(),
                plan.signer(),
                references,
                List.of(),
                new ImplementationView(
                        i.agencyPlanDueOn(),
                        i.agencyPlanText(),
                        names(i.reportingFrequencies()),
                        i.reportingText(),
                        i.focalAgencyCode(),
                        i.focalAgencyText(),
                        null,
                        false),
                ItemTree.preview(plan.items()),
                plan.unresolved(),
                null,
                null);
    }

    /** A page of documents without their trees: four queries for the whole page. */
    List<DocumentSummary> summaries(List<Document> documents) {
        if (documents.isEmpty()) {
            return List.of();
        }
        List<Long> ids = documents.stream().map(Document::id).toList();
        // The same names as one document's view, in the same order: the tree's, section III's
        // reporting bodies', the focal agency's. Each query answers (document id, name) rows.
        Map<Long, Set<String>> unresolved = new HashMap<>();
        List<String> queries = List.of(
                "SELECT i.documentId, r.text FROM Responsibility r JOIN r.item i WHERE i.documentId IN :ids "
                        + "AND r.body.agency IS NULL AND r.body.group IS NULL ORDER BY i.position, r.position",
                "SELECT b.document.id, b.text FROM ReportingBody b WHERE b.document.id IN :ids "
                        + "AND b.body.agency IS NULL AND b.body.group IS NULL ORDER BY b.position",
                "SELECT d.id, d.focalAgencyText FROM Document d WHERE d.id IN :ids "
                        + "AND d.focalAgency IS NULL AND d.focalAgencyText IS NOT NULL");
        for (String query : queries) {
            em.createQuery(query, Object[].class)
                    .setParameter("ids", ids)
                    .getResultList()
                    .forEach(row -> unresolved
                            .computeIfAbsent((Long) row[0], k -> new LinkedHashSet<>())
                            .add((String) row[1]));
        }
        Map<Long, List<ReferenceView>> references = new HashMap<>();
        em.createQuery(
                        "SELECT r FROM DocumentReference r LEFT JOIN FETCH r.target WHERE r.document IN :documents "
                                + "ORDER BY r.id",
                        DocumentReference.class)
                .setParameter("documents", documents)
                .getResultList()
                .forEach(r -> references
                        .computeIfAbsent(r.document().id(), k -> new ArrayList<>())
                        .add(viewOf(r)));
        return documents.stream()
                .map(d -> new DocumentSummary(
                        d.id(),
                        d.type(),
                        d.number(),
                        d.issuer(),
                        d.place(),
                        d.issuedOn(),
                        d.title(),
                        d.signer(),
                        references.getOrDefault(d.id(), List.of()),
                        List.copyOf(unresolved.getOrDefault(d.id(), Set.of()))))
                .toList();
    }

    private static ReferenceView viewOf(DocumentReference r) {
        return new ReferenceView(
                r.relation().name(),
                r.number(),
                r.target() == null ? null : r.target().id());
    }

    private static List<String> names(Set<ReportingFrequency> frequencies) {
        return frequencies.stream().sorted().map(Enum::name).toList();
    }
}
