package vn.dondoc.explanations.boundary;

import java.time.LocalDate;

/**
 * Fired inside the transaction that asks an agency to explain (D-022), for whatever above tells the
 * agency (an inbox, reminders). Nothing in this component observes it.
 */
public record ExplanationAsked(long requestId, String agencyCode, String askedBy, LocalDate answerBy) {}
