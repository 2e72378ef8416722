package vn.dondoc.scorecards.control;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import vn.dondoc.platform.boundary.Page;
import vn.dondoc.scorecards.entity.TaskFacts;
import vn.dondoc.scorecards.entity.TaskVersion;

/**
 * Counts the ledger's versions known at one moment, as of one day, in the database: one aggregate
 * query per grouping, each over the versions valid at {@code cut} ({@code validFrom < cut <= validTo}
 * or still open). The statuses and ages are plain date comparisons against the day (see {@link
 * Count}), so the database does the counting and nothing is read row by row.
 */
public final class TallyQuery {

    private static final String SUMS = Arrays.stream(Count.values())
            .filter(Count::summed)
            .map(c -> "SUM(CASE WHEN " + c.condition() + " THEN 1 ELSE 0 END)")
            .collect(Collectors.joining(", "));

    /** The versions known at the cut: the condition every read of the ledger as of a day starts with. */
    public static final String KNOWN_AT_CUT = "t.validFrom < :cut AND (t.validTo IS NULL OR t.validTo >= :cut)";

    private final EntityManager em;
    private final LocalDate asOf;
    private final Instant cut;
    private final Long documentId;
    private final Set<Long> agencyIds;
    /** One reporting period's reports only ("2024-H1"), or {@code null}: see {@link #ofPeriod}. */
    private final String periodLabel;
    /** Whether the versions known at the cut are the open ones: see {@link #openAtCut}. */
    private final boolean openAtCut;

    /**
     * @param cut the moment that ends the day {@code asOf}: what was known before it counts
     * @param documentId one document's tasks only, or {@code null} for all
     * @param agencyIds these agencies' only, or {@code null} for all
     */
    public TallyQuery(EntityManager em, LocalDate asOf, Instant cut, Long documentId, Set<Long> agencyIds) {
        this(em, asOf, cut, documentId, agencyIds, null, false);
    }

    private TallyQuery(
            EntityManager em,
            LocalDate asOf,
            Instant cut,
            Long documentId,
            Set<Long> agencyIds,
            String periodLabel,
            boolean openAtCut) {
        this.em = Objects.requireNonNull(em, "em");
        this.asOf = Objects.requireNonNull(asOf, "asOf");
        this.cut = Objects.requireNonNull(cut, "cut");
        this.documentId = documentId;
        this.agencyIds = agencyIds == null ? null : Set.copyOf(agencyIds);
        this.periodLabel = periodLabel;
        this.openAtCut = openAtCut;
    }

    /**
     * The same scope narrowed to one reporting period's reports ("2024-H1"): what a line of an
     * agency's reporting track per period counts. Tasks have no period, so they drop out.
     */
    public TallyQuery ofPeriod(String label) {
        return new TallyQuery(em, asOf, cut, documentId, agencyIds, label, openAtCut);
    }

    /**
     * The same scope, for a cut nothing was written at or after ({@code Ledger.countsHoldAt}): the
     * versions known at it are then the open ones, read by {@code valid_to IS NULL} alone, which
     * the index of open versions by completion and deadline answers for the overdue list (D-037).
     */
    public TallyQuery openAtCut() {
        return new TallyQuery(em, asOf, cut, documentId, agencyIds, periodLabel, true);
    }

    /** The lines of a scorecard, by agency and by document, ordered by id. */
    public record Lines(Map<Long, Tally> byAgency, Map<Long, Tally> byDocument) {}

    /**
     * The agencies' and the documents' lines from one read of the ledger: grouped by agency and
     * document together and added up here, which costs one pass over the versions known at the cut
     * instead of one per grouping (D-034).
     */
    public Lines lines() {
        Map<Long, Tally> agencies = new TreeMap<>();
        Map<Long, Tally> documents = new TreeMap<>();
        for (Object[] row : query("SELECT t.agencyId, t.documentId, " + SUMS + " FROM TaskVersion t WHERE " + where()
                        + " GROUP BY t.agencyId, t.documentId")
                .getResultList()) {
            Tally t = tally(row, 2);
            agencies.merge(((Number) row[0]).longValue(), t, Tally::plus);
            documents.merge(((Number) row[1]).longValue(), t, Tally::plus);
        }
        return new Lines(
                Collections.unmodifiableMap(new LinkedHashMap<>(agencies)),
                Collections.unmodifiableMap(new LinkedHashMap<>(documents)));
    }

    /**
     * Each agency's reporting track period by period: the tallies of its reports only, by period
     * label in label order (which is time order: {@code 2024-H1} before {@code 2024-Y}).
     */
    public Map<Long, Map<String, Tally>> reportsByAgencyAndPeriod() {
        Map<Long, Map<String, Tally>> tallies = new LinkedHashMap<>();
        for (Object[] row : query("SELECT t.agencyId, t.periodLabel, " + SUMS + " FROM TaskVersion t WHERE " + where()
                        + " AND t.kind = vn.dondoc.scorecards.entity.TaskKind.REPORT"
                        + " GROUP BY t.agencyId, t.periodLabel ORDER BY t.agencyId, t.periodLabel")
                .getResultList()) {
            tallies.computeIfAbsent(((Number) row[0]).longValue(), k -> new LinkedHashMap<>())
                    .put((String) row[1], tally(row, 2));
        }
        return tallies;
    }

    public Tally total() {
        List<Object[]> rows =
                query("SELECT " + SUMS + " FROM TaskVersion t WHERE " + where()).getResultList();
        return rows.isEmpty() || rows.get(0)[0] == null ? Tally.NONE : tally(rows.get(0), 0);
    }

    /**
     * A page of the versions behind one count, the longest overdue (earliest deadline) first: the
     * drill-down, whose total is the count.
     */
    public Page<TaskVersion> versions(Count count, int page, int size) {
        List<TaskVersion> found =
                ordered(count).setFirstResult(page * size).setMaxResults(size).getResultList();
        long total = bind(em.createQuery("SELECT COUNT(t)" + from(count), Long.class))
                .getSingleResult();
        return new Page<>(found, page, size, total);
    }

    /**
     * Every version behind one count in the drill-down's order, in one read: for the files, which
     * list them all (an OFFSET page after page re-reads what it skips, so the last pages of a
     * province's overdue list cost as much as the whole list).
     */
    public List<TaskVersion> versions(Count count) {
        return ordered(count).getResultList();
    }

    /**
     * The facts of every version behind one count, in the order of {@link #versions(Count)}: what
     * the files print. Read as values, not entities, so that the 9,066 lines of a province's
     * overdue list are not built and registered as managed objects of the transaction (D-048).
     */
    public List<TaskFacts> facts(Count count) {
        return bind(em.createQuery(
                        "SELECT NEW vn.dondoc.scorecards.entity.TaskFacts(t.kind, t.subjectId, t.agencyId,"
                                + " t.documentId, t.periodLabel, t.dueOn, t.originalDueOn, t.doneOn)"
                                + from(count) + " ORDER BY t.dueOn, t.id",
                        TaskFacts.class))
                .getResultList();
    }

    private TypedQuery<TaskVersion> ordered(Count count) {
        return bind(em.createQuery("SELECT t" + from(count) + " ORDER BY t.dueOn, t.id", TaskVersion.class));
    }

    private String from(Count count) {
        return " FROM TaskVersion t WHERE " + where() + " AND " + count.condition();
    }

    /** The condition of this query's scope, for any read of the ledger as of the day. */
    public String where() {
        return (openAtCut ? "t.validTo IS NULL" : KNOWN_AT_CUT)
                + (documentId == null ? "" : " AND t.documentId = :document")
                + (agencyIds == null ? "" : agencyIds.isEmpty() ? " AND 1 = 0" : " AND t.agencyId IN :agencies")
                + (periodLabel == null ? "" : " AND t.periodLabel = :period");
    }

    /** Sets the parameters {@link #where()} and the status conditions name on any query of the scope. */
    public <Q extends TypedQuery<?>> Q bind(Q query) {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("cut", cut);
        values.put("asOf", asOf);
        values.putAll(Aging.boundsAsOf(asOf));
        values.put("document", documentId);
        values.put("agencies", agencyIds);
        values.put("period", periodLabel);
        query.getParameters().forEach(p -> query.setParameter(p.getName(), values.get(p.getName())));
        return query;
    }

    private TypedQuery<Object[]> query(String jpql) {
        return bind(em.createQuery(jpql, Object[].class));
    }

    static Tally tally(Object[] row, int from) {
        long[] n = new long[11];
        for (int i = 0; i < n.length; i++) {
            Object value = row[from + i];
            n[i] = value == null ? 0 : ((Number) value).longValue();
        }
        return new Tally(n[0], n[1], n[2], n[3], n[4], n[5], n[6], n[7], n[8], n[9], n[10]);
    }
}
