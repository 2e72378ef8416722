package vn.dondoc.documents.boundary;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import vn.dondoc.audit.boundary.AuditSubject;

/** The shapes the document API answers with (api-contract.md: Document, Item). */
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

    public record ImplementationView(
            LocalDate agencyPlanDueOn,
            String agencyPlanText,
            List<String> reportingFrequencies,
            String reportingText,
            String focalAgencyCode,
            String focalAgencyText) {}

    public record ItemView(
            Long id,
            String code,
            String label,
            String text,
            List<ResponsibilityView> responsibilities,
            ScheduleView schedule,
            List<AssignmentView> assignments,
            boolean edited,
            List<ItemView> children) {}

    public record ResponsibilityView(String role, String text, String agencyCode, String groupCode, String unit) {}

    public record ScheduleView(String kind, LocalDate deadline, String text, boolean flagged) {}

    public record AssignmentView(Long id, String agencyCode, String role, String viaGroupCode) {}

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
