package vn.dondoc.explanations.control;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A request for explanation still waiting for its answer, as whoever urges it needs it: the agency
 * to urge, what about, and the day it was to answer by.
 */
public record UnansweredRequest(
        long id,
        long agencyId,
        String agencyCode,
        String subject,
        long documentId,
        String subjectCode,
        LocalDate answerBy,
        Instant askedAt) {}
