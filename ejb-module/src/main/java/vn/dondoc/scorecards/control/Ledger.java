package vn.dondoc.scorecards.control;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import vn.dondoc.documents.entity.Document;
import vn.dondoc.items.entity.AgencyDeadline;
import vn.dondoc.items.entity.ResponsibilityRole;
import vn.dondoc.items.entity.Schedule;
import vn.dondoc.reporting.entity.ObligationKind;
import vn.dondoc.reporting.entity.ObligationStatus;
import vn.dondoc.scorecards.entity.LedgerGeneration;
import vn.dondoc.scorecards.entity.TaskCount;
import vn.dondoc.scorecards.entity.TaskFacts;
import vn.dondoc.scorecards.entity.TaskKind;
import vn.dondoc.scorecards.entity.TaskVersion;

/**
 * Writes into the scorecard's ledger what is known now of the tasks in a scope: it reads the facts
 * afresh from items, obligations and accepted reports, compares them with the open versions, and
 * closes and opens versions only where they differ, so that recording the same facts twice writes
 * nothing. Runs in the caller's transaction, on its tenant-bound entity manager.
 *
 * <p>The facts of a task:
 *
 * <ul>
 *   <li>{@link TaskKind#ITEM}: a leaf item with a date that the agency leads; due on the item's date,
 *       or the later date an extension granted the agency; done on the earliest completion date an
 *       accepted report of the agency gives it.
 *   <li>{@link TaskKind#DELIVERABLE} and {@link TaskKind#REPORT}: an obligation still asked for; due
 *       on its deadline (after an extension), first due on its regime's date; done on the day its
 *       report was received (the obligation's {@code receivedAt}).
 * </ul>
 */
public final class Ledger {

    private final EntityManager em;
    private final ZoneId zone;
    /** What this ledger's recordings closed and opened, for today's counts: see {@link #raiseGeneration}. */
    private final List<TaskFacts> closed = new ArrayList<>();

    private final List<TaskFacts> opened = new ArrayList<>();

    /** @param zone where a day begins, for the day an instant falls on */
    public Ledger(EntityManager em, ZoneId zone) {
        this.em = Objects.requireNonNull(em, "em");
        this.zone = Objects.requireNonNull(zone, "zone");
    }

    /**
     * Raises the bound tenant's ledger generation (D-036), notes {@code at} as the latest moment the
     * ledger was written, and moves today's counts by what this ledger's recordings closed and
     * opened (D-037); to be called once, at the end of the recordings of a change, in their
     * transaction, when they changed something. Today's counts kept by any server are read again.
     *
     * <p>The tenant's row is taken first and held until the change commits: no other transaction
     * moves the tenant's counts meanwhile, so a key that no update finds has no row, and an update
     * adds to the latest committed count (InnoDB updates the latest row, not the transaction's
     * snapshot). It is taken last of the ledger's locks (after the document's and the obligation's),
     * as before the counts, so that the order of locks is the same in every transaction. A tenant
     * without its row yet (created since the migration that gave every tenant one, with no recording
     * before) gets it here.
     */
    public void raiseGeneration(Instant at) {
        int raised = em.createQuery("UPDATE LedgerGeneration g SET g.generation = g.generation + 1")
                .executeUpdate();
        if (raised == 0) {
            LedgerGeneration first = LedgerGeneration.first(at);
            em.persist(first);
            em.flush();
            count(first.generation());
        } else {
            em.createQuery(
                            "UPDATE LedgerGeneration g SET g.latestAt = :at WHERE g.latestAt IS NULL OR g.latestAt < :at")
                    .setParameter("at", at)
                    .executeUpdate();
            count(generation(em));
        }
    }

    /**
     * Whether {@link TaskCount}'s rows count the versions known at {@code cut} (the end of a day): so
     * when nothing was written at or after it, which a version opened or closed later would change.
     * A tenant whose ledger was never written has no versions and no counts.
     */
    public static boolean countsHoldAt(EntityManager em, Instant cut) {
        return em.createQuery("SELECT g FROM LedgerGeneration g", LedgerGeneration.class)
                .getResultStream()
                .findFirst()
                .map(g -> g.latestAt() == null || g.latestAt().isBefore(cut))
                .orElse(true);
    }

    /** The bound tenant's ledger generation as this transaction sees it: 0 before any recording. */
    public static long generation(EntityManager em) {
        return em.createQuery("SELECT g.generation FROM LedgerGeneration g", Long.class)
                .getResultStream()
                .findFirst()
                .orElse(0L);
    }

    /** How many versions a recording closed and opened. */
    public record Result(int closed, int opened) {

        public static final Result NONE = new Result(0, 0);

        /** Whether the recording wrote anything. */
        public boolean changed() {
            return closed > 0 || opened > 0;
        }

        public Result plus(Result other) {
            return new Result(closed + other.closed, opened + other.opened);
        }
    }

    /** Every task of every document of the tenant. */
    public Result recordEverything(Instant at) {
        Result result = Result.NONE;
        for (Long document : em.createQuery("SELECT d.id FROM Document d ORDER BY d.id", Long.class)
                .getResultList()) {
            result = result.plus(recordDocument(document, at));
        }
        return result;
    }

    /** Every task of one document. */
    public Result recordDocument(long documentId, Instant at) {
        lock(documentId);
        List<TaskFacts> facts = new ArrayList<>(itemFacts(documentId, null));
        facts.addAll(obligationFacts(documentId, null));
        return write(
                facts,
                em.createQuery(
                                "SELECT t FROM TaskVersion t WHERE t.validTo IS NULL AND t.documentId = :document",
                                TaskVersion.class)
                        .setParameter("document", documentId),
                at);
    }

    /** One obligation's deadline or report; the caller holds the obligation's row. */
    public Result recordObligation(long documentId, long obligationId, Instant at) {
        return write(
                obligationFacts(documentId, obligationId),
                em.createQuery(
                                "SELECT t FROM TaskVersion t WHERE t.validTo IS NULL AND t.documentId = :document"
                                        + " AND t.kind <> vn.dondoc.scorecards.entity.TaskKind.ITEM"
                                        + " AND t.subjectId = :obligation",
                                TaskVersion.class)
                        .setParameter("document", documentId)
                        .setParameter("obligation", obligationId),
                at);
    }

    /** One agency's dated items of one document. */
    public Result recordItemsOf(long documentId, long agencyId, Instant at) {
        lock(documentId);
        return write(
                itemFacts(documentId, agencyId),
                em.createQuery(
                                "SELECT t FROM TaskVersion t WHERE t.validTo IS NULL AND t.documentId = :document"
                                        + " AND t.kind = vn.dondoc.scorecards.entity.TaskKind.ITEM"
                                        + " AND t.agencyId = :agency",
                                TaskVersion.class)
                        .setParameter("document", documentId)
                        .setParameter("agency", agencyId),
                at);
    }

    /**
     * Two recordings of one document's items at once would both open the same task's version: they
     * run one after the other on the document's row. An obligation's recording needs no more than
     * the obligation's row, which its caller holds.
     */
    private void lock(long documentId) {
        em.find(Document.class, documentId, LockModeType.PESSIMISTIC_WRITE);
    }

    private Result write(List<TaskFacts> facts, TypedQuery<TaskVersion> openQuery, Instant at) {
        Map<TaskFacts.Key, TaskFacts> known = new LinkedHashMap<>();
        for (TaskFacts fact : facts) {
            known.putIfAbsent(fact.key(), fact);
        }
        List<TaskVersion> toClose = new ArrayList<>();
        List<TaskFacts> toOpen = new ArrayList<>();
        for (TaskVersion open : openQuery.getResultList()) {
            TaskFacts now = known.remove(open.facts().key());
            if (now == null || !now.equals(open.facts())) {
                toClose.add(open);
                if (now != null) {
                    toOpen.add(now);
                }
            }
        }
        toOpen.addAll(known.values());
        if (toClose.isEmpty() && toOpen.isEmpty()) {
            return Result.NONE;
        }
        stillOpen(toClose);
        toClose.forEach(v -> {
            v.close(at);
            closed.add(v.facts());
        });
        // A closed version leaves the open key before its successor takes it: EclipseLink would
        // otherwise insert before it updates, and the database's one-open-version key would refuse.
        em.flush();
        toOpen.forEach(f -> em.persist(new TaskVersion(f, at)));
        em.flush();
        opened.addAll(toOpen);
        return new Result(toClose.size(), toOpen.size());
    }

    /**
     * The versions to close are read from the transaction's snapshot, which may predate another
     * recording that closed some of them and committed since; closing one again would rewrite its
     * end and count it out twice. A locking read sees the latest rows and holds them: a version
     * found closed there fails this recording, which is rolled back whole.
     */
    private void stillOpen(List<TaskVersion> versions) {
        for (int from = 0; from < versions.size(); from += 1000) {
            List<Long> ids = versions.subList(from, Math.min(versions.size(), from + 1000)).stream()
                    .map(TaskVersion::id)
                    .toList();
            long open = em.createQuery(
                            "SELECT t FROM TaskVersion t WHERE t.id IN :ids AND t.validTo IS NULL", TaskVersion.class)
                    .setParameter("ids", ids)
                    .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                    .getResultList()
                    .size();
            if (open != ids.size()) {
                throw new IllegalStateException(
                        (ids.size() - open) + " task versions were closed by another recording meanwhile");
            }
        }
    }

    /**
     * Moves today's counts (D-037) by what was closed (−1) and opened (+1) since the last time, and
     * marks each row moved with the change's {@code generation} (D-049).
     */
    private void count(long generation) {
        Map<TaskCount.Key, Long> moves = new LinkedHashMap<>();
        closed.forEach(f -> TaskCount.Key.of(f).forEach(k -> moves.merge(k, -1L, Long::sum)));
        opened.forEach(f -> TaskCount.Key.of(f).forEach(k -> moves.merge(k, 1L, Long::sum)));
        for (Map.Entry<TaskCount.Key, Long> move : moves.entrySet()) {
            TaskCount.Key key = move.getKey();
            long by = move.getValue();
            if (by == 0) {
                continue;
            }
            var update = em.createQuery("UPDATE TaskCount c SET c.tasks = c.tasks + :by, c.movedIn = :generation"
                            + " WHERE c.agencyId = :agency"
                            + " AND c.kind = :kind AND c.completion = :completion"
                            + (key.documentId() == null ? " AND c.documentId IS NULL" : " AND c.documentId = :document")
                            + (key.periodLabel() == null
                                    ? " AND c.periodLabel IS NULL"
                                    : " AND c.periodLabel = :period")
                            + (key.dueOn() == null ? " AND c.dueOn IS NULL" : " AND c.dueOn = :due"))
                    .setParameter("by", by)
                    .setParameter("generation", generation)
                    .setParameter("agency", key.agencyId())
                    .setParameter("kind", key.kind())
                    .setParameter("completion", key.completion());
            if (key.documentId() != null) {
                update.setParameter("document", key.documentId());
            }
            if (key.periodLabel() != null) {
                update.setParameter("period", key.periodLabel());
            }
            if (key.dueOn() != null) {
                update.setParameter("due", key.dueOn());
            }
            if (update.executeUpdate() == 0) {
                // A version closed is counted: its row is there. Only a new key starts a row.
                em.persist(new TaskCount(key, by, generation));
            }
        }
        em.flush();
        closed.clear();
        opened.clear();
    }

    private List<TaskFacts> itemFacts(long documentId, Long agencyId) {
        String agency = agencyId == null ? "" : " AND a.agency.id = :agency";
        TypedQuery<Object[]> assigned = em.createQuery(
                "SELECT i.id, a.agency.id, i.schedule.deadline FROM Assignment a JOIN a.item i"
                        + " WHERE i.documentId = :document AND a.role = :lead AND i.schedule.kind = :dated" + agency
                        + " ORDER BY i.position, a.agency.id",
                Object[].class);
        TypedQuery<Object[]> completed = em.createQuery(
                "SELECT e.itemId, o.agency.id, MIN(e.completedOn) FROM ReportEntry e JOIN e.report r"
                        + " JOIN r.obligation o WHERE o.documentId = :document AND r.status = :accepted"
                        + " AND e.completed = TRUE AND e.completedOn IS NOT NULL"
                        + agency.replace("a.agency", "o.agency") + " GROUP BY e.itemId, o.agency.id",
                Object[].class);
        assigned.setParameter("document", documentId)
                .setParameter("lead", ResponsibilityRole.LEAD)
                .setParameter("dated", Schedule.Kind.DEADLINE);
        completed.setParameter("document", documentId).setParameter("accepted", ObligationStatus.ACCEPTED);
        if (agencyId != null) {
            assigned.setParameter("agency", agencyId);
            completed.setParameter("agency", agencyId);
        }
        TypedQuery<Object[]> granted = em.createQuery(
                "SELECT d.item.id, d.agency.id, d.extendedDueOn FROM AgencyDeadline d"
                        + " WHERE d.item.documentId = :document" + agency.replace("a.agency", "d.agency"),
                Object[].class);
        granted.setParameter("document", documentId);
        if (agencyId != null) {
            granted.setParameter("agency", agencyId);
        }
        Map<List<Long>, LocalDate> grants = new HashMap<>();
        for (Object[] row : granted.getResultList()) {
            grants.put(List.of((Long) row[0], (Long) row[1]), (LocalDate) row[2]);
        }
        Map<List<Long>, LocalDate> completions = new HashMap<>();
        for (Object[] row : completed.getResultList()) {
            completions.put(List.of((Long) row[0], (Long) row[1]), (LocalDate) row[2]);
        }
        List<TaskFacts> facts = new ArrayList<>();
        for (Object[] row : assigned.getResultList()) {
            long item = (Long) row[0];
            long by = (Long) row[1];
            LocalDate deadline = (LocalDate) row[2];
            List<Long> key = List.of(item, by);
            facts.add(new TaskFacts(
                    TaskKind.ITEM,
                    item,
                    by,
                    documentId,
                    null,
                    AgencyDeadline.later(deadline, grants.get(key)),
                    deadline,
                    completions.get(key)));
        }
        return facts;
    }

    private List<TaskFacts> obligationFacts(long documentId, Long obligationId) {
        TypedQuery<Object[]> query = em.createQuery(
                "SELECT o.id, o.agency.id, o.kind, o.periodLabel, o.dueOn, o.originalDueOn, o.receivedAt"
                        + " FROM Obligation o WHERE o.documentId = :document AND o.orphaned = FALSE"
                        + (obligationId == null ? "" : " AND o.id = :obligation"),
                Object[].class);
        query.setParameter("document", documentId);
        if (obligationId != null) {
            query.setParameter("obligation", obligationId);
        }
        List<TaskFacts> facts = new ArrayList<>();
        for (Object[] row : query.getResultList()) {
            Instant received = (Instant) row[6];
            facts.add(new TaskFacts(
                    row[2] == ObligationKind.PERIODIC ? TaskKind.REPORT : TaskKind.DELIVERABLE,
                    (Long) row[0],
                    (Long) row[1],
                    documentId,
                    (String) row[3],
                    (LocalDate) row[4],
                    (LocalDate) row[5],
                    received == null ? null : LocalDate.ofInstant(received, zone)));
        }
        return facts;
    }
}
