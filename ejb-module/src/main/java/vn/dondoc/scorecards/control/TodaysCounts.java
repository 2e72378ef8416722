package vn.dondoc.scorecards.control;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.time.LocalDate;
import java.util.Collections;
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
        Map<Long, Tally> agencies = new TreeMap<>();
        Map<Long, Tally> documents = new TreeMap<>();
        for (Object[] row : query("SELECT c.documentId, c.agencyId, " + SUMS + " FROM TaskCount c"
                        + " WHERE c.documentId IS NOT NULL"
                        + (documentId == null ? "" : " AND c.documentId = :document") + agencies()
                        + " GROUP BY c.documentId, c.agencyId HAVING SUM(c.tasks) > 0")
                .getResultList()) {
            Tally t = TallyQuery.tally(row, 2);
            documents.merge(((Number) row[0]).longValue(), t, Tally::plus);
            agencies.merge(((Number) row[1]).longValue(), t, Tally::plus);
        }
        return new TallyQuery.Lines(
                Collections.unmodifiableMap(new LinkedHashMap<>(agencies)),
                Collections.unmodifiableMap(new LinkedHashMap<>(documents)));
    }

    /**
     * As {@link TallyQuery#reportsByAgencyAndPeriod()}, for all documents: the track rows are kept
     * per agency and period, not per document (one per report otherwise). Every track row is a
     * report's; saying so lets the index's order (agency, kind, period) serve the grouping.
     *
     * @throws IllegalStateException when limited to one document
     */
    public Map<Long, Map<String, Tally>> reportsByAgencyAndPeriod() {
        if (documentId != null) {
            throw new IllegalStateException("The reporting track is counted for all documents only");
        }
        Map<Long, Map<String, Tally>> tallies = new LinkedHashMap<>();
        for (Object[] row : query("SELECT c.agencyId, c.periodLabel, " + SUMS + " FROM TaskCount c"
                        + " WHERE c.documentId IS NULL AND " + REPORT + agencies()
                        + " GROUP BY c.agencyId, c.periodLabel HAVING SUM(c.tasks) > 0"
                        + " ORDER BY c.agencyId, c.periodLabel")
                .getResultList()) {
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
        query.getParameters().forEach(p -> query.setParameter(p.getName(), values.get(p.getName())));
        return query;
    }
}
