package vn.dondoc.reporting.boundary;

import java.time.Instant;

/** One step of a report's history (GET /obligations/{id}/history), and the answer to taking one. */
public record StepView(
        long obligationId, int reportNumber, String action, String status, String actor, Instant at, String comment) {}
