package vn.dondoc.explanations.boundary;

/**
 * Fired inside the transaction that answers a request for explanation (D-022), for whatever above
 * tells the one who asked, or stops urging. Nothing in this component observes it.
 */
public record ExplanationAnswered(long requestId, String agencyCode, String askedBy, boolean late) {}
