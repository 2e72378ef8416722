package vn.dondoc.notifications.boundary;

import java.time.Instant;
import java.time.LocalDate;
import vn.dondoc.notifications.entity.Notice;

/**
 * A notice in its recipient's inbox. What it urges: {@code obligationId}, or {@code
 * explanationRequestId} for a request for explanation, or neither (a digest).
 */
public record NoticeView(
        long id,
        String kind,
        LocalDate occurrence,
        String subject,
        String body,
        String link,
        String agencyCode,
        Long obligationId,
        Long explanationRequestId,
        Instant createdAt,
        boolean read,
        Instant readAt) {

    static NoticeView of(Notice n) {
        return new NoticeView(
                n.id(),
                n.kind().name(),
                n.occurrence(),
                n.subject(),
                n.body(),
                n.link(),
                n.agencyCode(),
                n.obligationId(),
                n.explanationRequestId(),
                n.createdAt(),
                n.readAt() != null,
                n.readAt());
    }
}
