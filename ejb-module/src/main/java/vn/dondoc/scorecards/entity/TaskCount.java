package vn.dondoc.scorecards.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import vn.dondoc.tenancy.entity.TenantOwned;

/**
 * How many of the ledger's open versions share one key (số việc đang theo dõi): today's scorecard
 * sums these rows instead of counting the versions again (D-037). Moved by the ledger in the
 * transaction of the versions it opens and closes; never read for a past day.
 *
 * <p>A line row ({@code documentId} set) counts an agency's tasks or reports in a document; a track
 * row ({@code documentId} null, reports only) counts an agency's reports of one period. An open
 * version is counted with its deadline, which decides within or overdue on the day it is read; a
 * completed one without it.
 */
@Entity
@Table(name = "task_count")
public class TaskCount extends TenantOwned {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "agency_id", nullable = false, updatable = false)
    private long agencyId;

    @Column(name = "document_id", updatable = false)
    private Long documentId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false, length = 16)
    private TaskKind kind;

    @Column(name = "period_label", updatable = false, length = 16)
    private String periodLabel;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false, length = 8)
    private Completion completion;

    @Column(name = "due_on", updatable = false)
    private LocalDate dueOn;

    @Column(name = "tasks", nullable = false)
    private long tasks;

    /** The ledger generation of the recording that last moved this row (D-049). */
    @Column(name = "moved_in", nullable = false)
    private long movedIn;

    protected TaskCount() {}

    /** A key's first row, with what it counts, moved in {@code generation}. */
    public TaskCount(Key key, long tasks, long generation) {
        if (tasks < 0) {
            throw new IllegalArgumentException("A count is never below 0: " + key + " " + tasks);
        }
        this.agencyId = key.agencyId();
        this.documentId = key.documentId();
        this.kind = key.kind();
        this.periodLabel = key.periodLabel();
        this.completion = key.completion();
        this.dueOn = key.dueOn();
        this.tasks = tasks;
        this.movedIn = generation;
    }

    /**
     * What one row counts: an agency's tasks of a kind in a document ({@code periodLabel} null) or its
     * reports of a period ({@code documentId} null), by completion, with the deadline while open.
     */
    public record Key(
            long agencyId, Long documentId, TaskKind kind, String periodLabel, Completion completion, LocalDate dueOn) {

        public Key {
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(completion, "completion");
        }

        /** The rows a version is counted in: its line, and for a report its period's track too. */
        public static List<Key> of(TaskFacts facts) {
            Completion completion = Completion.of(facts.dueOn(), facts.doneOn());
            LocalDate due = completion == Completion.OPEN ? facts.dueOn() : null;
            List<Key> keys = new ArrayList<>(2);
            keys.add(new Key(facts.agencyId(), facts.documentId(), facts.kind(), null, completion, due));
            if (facts.kind() == TaskKind.REPORT) {
                keys.add(new Key(facts.agencyId(), null, facts.kind(), facts.periodLabel(), completion, due));
            }
            return keys;
        }
    }

    public long tasks() {
        return tasks;
    }
}
