package vn.dondoc.scorecards.entity;

import java.time.LocalDate;
import java.util.Objects;

/**
 * What is known of one task at one moment: its deadline (after any extension granted), the deadline
 * first set, and the day it was done (completed, or received), if it was.
 *
 * @param subjectId the item for {@link TaskKind#ITEM}, the obligation otherwise
 * @param periodLabel the period of a {@link TaskKind#REPORT}, {@code null} otherwise
 */
public record TaskFacts(
        TaskKind kind,
        long subjectId,
        long agencyId,
        long documentId,
        String periodLabel,
        LocalDate dueOn,
        LocalDate originalDueOn,
        LocalDate doneOn) {

    public TaskFacts {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(dueOn, "dueOn");
        Objects.requireNonNull(originalDueOn, "originalDueOn");
    }

    public Key key() {
        return new Key(kind, subjectId, agencyId);
    }

    /** A task is one subject for one agency. */
    public record Key(TaskKind kind, long subjectId, long agencyId) {}
}
