package vn.dondoc.explanations.control;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A request for explanation still waiting for its answer, as whoever urges it needs it: the agency
 * to urge (its code and name), what about, the day it was to answer by, the question and who asked
 * it (a username).
 */
public record UnansweredRequest(
        long id,
        long agencyId,
        String agencyCode,
        String subject,
        long documentId,
        String subjectCode,
        LocalDate answerBy,
        Instant askedAt,
        String agencyName,
        String question,
        String askedBy) {}
