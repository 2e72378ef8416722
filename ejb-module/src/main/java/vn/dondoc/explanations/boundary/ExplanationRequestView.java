package vn.dondoc.explanations.boundary;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import vn.dondoc.audit.boundary.AuditSubject;
import vn.dondoc.reporting.boundary.AttachmentView;

/**
 * A request for explanation as the API shows it. {@code obligationId} or {@code itemId} is the
 * subject (the other is {@code null}; both are {@code null} once the subject was removed, and
 * {@code subject}, {@code subjectCode} and {@code documentId} still say what it was). {@code
 * overdue}: open and its day to answer is past; {@code answeredLate}: answered after that day.
 */
public record ExplanationRequestView(
        long id,
        String agencyCode,
        String agencyName,
        String subject,
        Long obligationId,
        Long itemId,
        long documentId,
        String subjectCode,
        String question,
        LocalDate answerBy,
        String askedBy,
        Instant askedAt,
        String status,
        boolean overdue,
        String answer,
        String answeredBy,
        Instant answeredAt,
        boolean answeredLate,
        List<AttachmentView> attachments)
        implements AuditSubject {

    @Override
    public String auditTarget() {
        return String.valueOf(id);
    }
}
