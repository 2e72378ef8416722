package vn.dondoc.scorecards.control;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.time.LocalDate;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Today's lines and reporting track from the counts the ledger keeps up to date ({@code
 * TaskCount}, D-037), instead of a pass over the versions: the same numbers as {@link TallyQuery}
 * as of a day whose end nothing was written after ({@code Ledger.countsHoldAt}). A row counts open
 * versions by kind, completion and, while open, deadline; the day decides within or overdue and
 * the age, as {@link Count}'s conditions do on the versions.
 */
public final class TodaysCounts {

    private static final String TASK = "c.kind <> vn.dondoc.scorecards.entity.TaskKind.REPORT";
    private static final String REPORT = "c.kind = vn.dondoc.scorecards.entity.TaskKind.REPORT";
    private static final String OPEN = "c.completion = vn.dondoc.scorecards.entity.Completion.OPEN";
    private static final String DONE = "c.completion <> vn.dondoc.scorecards.entity.Completion.OPEN";
    private static final String ON_TIME = "c.completion = vn.dondoc.scorecards.entity.Completion.ON_TIME";
    private static final String LATE = "c.completion = vn.dondoc.scorecards.entity.Completion.LATE";
    private static final String OVERDUE = TASK + " AND " + OPEN + " AND c.dueOn < :asOf";

    /** In {@link Tally}'s order, each one of {@link Count}'s summed counts. */
    private static final String SUMS = List.of(
                    TASK + " AND " + ON_TIME,
                    TASK + " AND " + LATE,
                    TASK + " AND " + OPEN + " AND c.dueOn >= :asOf",
                    OVERDUE,
                    OVERDUE + " AND c.dueOn >= :from30",
                    OVERDUE + " AND c.dueOn < :from30 AND c.dueOn >= :from90",
                    OVERDUE + " AND c.dueOn < :from90 AND c.dueOn >= :from120",
                    OVERDUE + " AND c.dueOn < :from120",
                    REPORT + " AND (" + DONE + " OR c.dueOn < :asOf)",
                    REPORT + " AND " + DONE,
                    REPORT + " AND " + ON_TIME)
            .stream()
            .map(c -> "SUM(CASE WHEN " + c + " THEN c.tasks ELSE 0 END)")
            .collect(Collectors.joining(", "));

    /**
     * More lines (or agencies' tracks) moved than this since the kept generation, and they are all
     * summed again: the region to sum again would be most of the tenant (D-049).
     */
    static final int MOST_MOVED = 2_000;

    private final EntityManager em;
    private final LocalDate asOf;
    private final Long documentId;
    private final Set<Long> agencyIds;

    /**
     * @param documentId one document's tasks only, or {@code null} for all
     * @param agencyIds these agencies' only, or {@code null} for all
     */
    public TodaysCounts(EntityManager em, LocalDate asOf, Long documentId, Set<Long> agencyIds) {
        this.em = Objects.requireNonNull(em, "em");
        this.asOf = Objects.requireNonNull(asOf, "asOf");
        this.documentId = documentId;
        this.agencyIds = agencyIds == null ? null : Set.copyOf(agencyIds);
    }

    /**
     * As {@link TallyQuery#lines()}: an agency or a document with no open version has no line.
     * Grouped by document, then agency: the order of V29's index, which holds every column the sums
     * read, so MariaDB streams the groups from the index without a temporary table (D-048).
     */
    public TallyQuery.Lines lines() {
        return cells().lines();
    }

    /** Today's lines as their cells, to be caught up after a change ({@link #linesMovedSince}). */
    public TodaysLines cells() {
        return new TodaysLines(sumCells(null, null));
    }

    /**
     * {@code kept}, read as of the same day at {@code generation}, brought to what this
     * transaction sees: the cells of the documents and agencies whose counts moved since are summed
     * again, the others kept (D-049). All of them are summed again when more than {@link
     * #MOST_MOVED} lines moved: a change that large costs about a full read anyway.
     */
    public TodaysLines linesMovedSince(TodaysLines kept, long generation) {
        Set<Long> documents = new HashSet<>();
        Set<Long> movedAgencies = new HashSet<>();
        int moved = 0;
        for (Object[] row : moved(generation)) {
            if (row[0] != null) {
                documents.add(((Number) row[0]).longValue());
                movedAgencies.add(((Number) row[1]).longValue());
                moved++;
            }
        }
        if (moved == 0) {
            return kept;
        }
        if (moved > MOST_MOVED) {
            return cells();
        }
        return kept.with(documents, movedAgencies, sumCells(documents, movedAgencies));
    }

    private Map<TodaysLines.Cell, Tally> sumCells(Set<Long> documents, Set<Long> movedAgencies) {
        TypedQuery<Object[]> query = query("SELECT c.documentId, c.agencyId, " + SUMS + " FROM TaskCount c"
                + " WHERE c.documentId IS NOT NULL"
                + (documentId == null ? "" : " AND c.documentId = :document") + agencies()
                + (documents == null ? "" : " AND c.documentId IN :moved AND c.agencyId IN :movedAgencies")
                + " GROUP BY c.documentId, c.agencyId HAVING SUM(c.tasks) > 0");
        if (documents != null) {
            query.setParameter("moved", documents).setParameter("movedAgencies", movedAgencies);
        }
        Map<TodaysLines.Cell, Tally> cells = new HashMap<>();
        for (Object[] row : query.getResultList()) {
            cells.put(
                    new TodaysLines.Cell(((Number) row[0]).longValue(), ((Number) row[1]).longValue()),
                    TallyQuery.tally(row, 2));
        }
        return cells;
    }

    /**
     * The lines (document, agency) and the track rows (no document, agency) whose counts moved after
     * {@code generation}, in this scope; from V30's index alone.
     */
    private List<Object[]> moved(long generation) {
        TypedQuery<Object[]> query = query("SELECT DISTINCT c.documentId, c.agencyId FROM TaskCount c"
                + " WHERE c.movedIn > :since" + (documentId == null ? "" : " AND c.documentId = :document")
                + agencies());
        return query.setParameter("since", generation).getResultList();
    }

    /**
     * As {@link TallyQuery#reportsByAgencyAndPeriod()}, for all documents: the track rows are kept
     * per agency and period, not per document (one per report otherwise). Every track row is a
     * report's; saying so lets the index's order (agency, kind, period) serve the grouping.
     *
     * @throws IllegalStateException when limited to one document
     */
    public Map<Long, Map<String, Tally>> reportsByAgencyAndPeriod() {
        return track(null);
    }

    /**
     * {@code kept}, read as of the same day at {@code generation}, brought to what this
     * transaction sees: the track of the agencies whose reports' counts moved since is read again,
     * the others kept (D-049).
     *
     * @throws IllegalStateException when limited to one document
     */
    public Map<Long, Map<String, Tally>> reportsMovedSince(Map<Long, Map<String, Tally>> kept, long generation) {
        Set<Long> movedAgencies = new HashSet<>();
        for (Object[] row : moved(generation)) {
            if (row[0] == null) {
                movedAgencies.add(((Number) row[1]).longValue());
            }
        }
        if (movedAgencies.isEmpty()) {
            return kept;
        }
        if (movedAgencies.size() > MOST_MOVED) {
            return reportsByAgencyAndPeriod();
        }
        Map<Long, Map<String, Tally>> read = track(movedAgencies);
        Map<Long, Map<String, Tally>> next = new TreeMap<>(kept);
        next.keySet().removeAll(movedAgencies);
        next.putAll(read);
        return Collections.unmodifiableMap(new LinkedHashMap<>(next));
    }

    private Map<Long, Map<String, Tally>> track(Set<Long> movedAgencies) {
        if (documentId != null) {
            throw new IllegalStateException("The reporting track is counted for all documents only");
        }
        TypedQuery<Object[]> query = query("SELECT c.agencyId, c.periodLabel, " + SUMS + " FROM TaskCount c"
                + " WHERE c.documentId IS NULL AND " + REPORT + agencies()
                + (movedAgencies == null ? "" : " AND c.agencyId IN :movedAgencies")
                + " GROUP BY c.agencyId, c.periodLabel HAVING SUM(c.tasks) > 0"
                + " ORDER BY c.agencyId, c.periodLabel");
        if (movedAgencies != null) {
            query.setParameter("movedAgencies", movedAgencies);
        }
        Map<Long, Map<String, Tally>> tallies = new LinkedHashMap<>();
        for (Object[] row : query.getResultList()) {
            tallies.computeIfAbsent(((Number) row[0]).longValue(), k -> new LinkedHashMap<>())
                    .put((String) row[1], TallyQuery.tally(row, 2));
        }
        return tallies;
    }

    private String agencies() {
        return agencyIds == null ? "" : agencyIds.isEmpty() ? " AND 1 = 0" : " AND c.agencyId IN :agencies";
    }

    private TypedQuery<Object[]> query(String jpql) {
        TypedQuery<Object[]> query = em.createQuery(jpql, Object[].class);
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("asOf", asOf);
        values.putAll(Aging.boundsAsOf(asOf));
        values.put("document", documentId);
        values.put("agencies", agencyIds);
        query.getParameters().stream()
                .filter(p -> values.containsKey(p.getName()))
                .forEach(p -> query.setParameter(p.getName(), values.get(p.getName())));
        return query;
    }
}
