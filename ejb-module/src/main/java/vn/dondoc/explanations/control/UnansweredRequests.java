package vn.dondoc.explanations.control;

import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import vn.dondoc.explanations.entity.ExplanationRequest;

/**
 * The requests for explanation still unanswered by a day, for whoever urges agencies (reminders):
 * given the entity manager of the caller's transaction, already bound to the tenant (D-018). Ask
 * for today to find those past their day, for today plus a few days to find those near it.
 */
public final class UnansweredRequests {

    private final EntityManager em;

    public UnansweredRequests(EntityManager em) {
        this.em = Objects.requireNonNull(em, "em");
    }

    /** Those not answered whose day to answer is {@code day} or earlier, the soonest first. */
    public List<UnansweredRequest> dueBy(LocalDate day) {
        return em.createNamedQuery(ExplanationRequest.UNANSWERED_DUE_BY, ExplanationRequest.class)
                .setParameter("day", Objects.requireNonNull(day, "day"))
                .getResultStream()
                .map(r -> new UnansweredRequest(
                        r.id(),
                        r.agency().id(),
                        r.agency().code(),
                        r.subjectKind().name(),
                        r.documentId(),
                        r.subjectCode(),
                        r.answerBy(),
                        r.askedAt(),
                        r.agency().name(),
                        r.question(),
                        r.askedBy()))
                .toList();
    }
}
