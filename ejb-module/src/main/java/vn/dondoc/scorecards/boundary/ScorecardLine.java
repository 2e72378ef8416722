package vn.dondoc.scorecards.boundary;

import java.time.LocalDate;

/**
 * One task or report behind a count of the scorecard, as known at the day's end: the drill-down.
 *
 * @param kind {@code ITEM} (a dated item the agency leads), {@code DELIVERABLE} (its own plan) or
 *     {@code REPORT} (a period's report)
 * @param subject the item's code, the report's period, or the plan's name
 * @param text the item's text, or {@code null} for an obligation (and for an item removed since)
 * @param status the task's status on the day ({@code COMPLETED_ON_TIME} …), or the report's
 *     ({@code RECEIVED_ON_TIME}, {@code RECEIVED_LATE}, {@code MISSING}, {@code NOT_YET_DUE})
 * @param aging the bucket of an open overdue task ({@code UP_TO_30} …), or {@code null}
 * @param link the API path of what it is about
 */
public record ScorecardLine(
        String kind,
        Long itemId,
        Long obligationId,
        long documentId,
        String documentNumber,
        String agencyCode,
        String agencyName,
        String subject,
        String text,
        LocalDate dueOn,
        LocalDate originalDueOn,
        LocalDate doneOn,
        String status,
        String statusName,
        long daysOverdue,
        String aging,
        String link) {}
