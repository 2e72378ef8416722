package vn.dondoc.documents.boundary;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import vn.dondoc.audit.boundary.AuditSubject;
import vn.dondoc.items.boundary.ItemViews.ItemView;

/** The shapes the document API answers with (docs/api.md: Document; items in {@link vn.dondoc.items.boundary.ItemViews}). */
public final class Views {

    private Views() {}

    public record DocumentView(
            Long id,
            String type,
            String number,
            String issuer,
            String place,
            LocalDate issuedOn,
            String title,
            String signer,
            List<ReferenceView> references,
            List<ReferenceView> referencedBy,
            ImplementationView implementation,
            List<ItemView> items,
            List<String> unresolved,
            String importedBy,
            Instant importedAt) {}

    public record ReferenceView(String relation, String number, Long documentId) {}

    /**
     * Section III and the reporting regime: {@code reportWorkingDays} is the document's own sending
     * deadline (null: the default), {@code regimeEdited} whether the secretariat set the regime.
     */
    public record ImplementationView(
            LocalDate agencyPlanDueOn,
            String agencyPlanText,
            List<String> reportingFrequencies,
            String reportingText,
            String focalAgencyCode,
            String focalAgencyText,
            Integer reportWorkingDays,
            boolean regimeEdited) {}

    /** A document in a list: the Document shape without its item tree. */
    public record DocumentSummary(
            Long id,
            String type,
            String number,
            String issuer,
            String place,
            LocalDate issuedOn,
            String title,
            String signer,
            List<ReferenceView> references,
            List<String> unresolved) {}

    /** An import's answer: the document and whether this import created it or updated it. */
    public record ImportOutcome(DocumentView document, boolean created, List<String> preservedItems)
            implements AuditSubject {

        @Override
        public String auditTarget() {
            return document.number();
        }
    }
}
