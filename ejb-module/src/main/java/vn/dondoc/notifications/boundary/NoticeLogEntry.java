package vn.dondoc.notifications.boundary;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * What was sent, to whom, when and through which channel: one notice and each of its deliveries.
 * The inbox is always one of them, delivered when the notice was recorded.
 */
public record NoticeLogEntry(
        long noticeId,
        String kind,
        LocalDate occurrence,
        String recipient,
        String agencyCode,
        Long obligationId,
        String subject,
        Instant createdAt,
        List<Delivery> deliveries) {

    /**
     * @param status SENT, PENDING (waiting for its next try) or FAILED (given up)
     * @param lastError why the last try failed, if it did
     */
    public record Delivery(
            String channel,
            String address,
            String status,
            int attempts,
            Instant deliveredAt,
            Instant nextAttemptAt,
            String lastError) {}
}
