package vn.dondoc.scorecards.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Month;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import vn.dondoc.agencies.entity.Agency;
import vn.dondoc.agencies.entity.AgencyGroup;
import vn.dondoc.audit.boundary.Audited;
import vn.dondoc.audit.boundary.ReadOnly;
import vn.dondoc.documents.entity.Document;
import vn.dondoc.items.entity.Item;
import vn.dondoc.platform.boundary.InvalidInput;
import vn.dondoc.platform.boundary.NotFound;
import vn.dondoc.platform.boundary.Page;
import vn.dondoc.platform.security.CallerIdentity;
import vn.dondoc.platform.security.DondocPrincipal;
import vn.dondoc.platform.security.Role;
import vn.dondoc.scorecards.boundary.ScorecardView.AgencyScore;
import vn.dondoc.scorecards.boundary.ScorecardView.DocumentScore;
import vn.dondoc.scorecards.boundary.ScorecardView.Graded;
import vn.dondoc.scorecards.boundary.ScorecardView.GroupScore;
import vn.dondoc.scorecards.boundary.ScorecardView.MissedTarget;
import vn.dondoc.scorecards.boundary.ScorecardView.OverdueAging;
import vn.dondoc.scorecards.boundary.ScorecardView.Rates;
import vn.dondoc.scorecards.boundary.ScorecardView.Reports;
import vn.dondoc.scorecards.boundary.ScorecardView.Requests;
import vn.dondoc.scorecards.boundary.ScorecardView.TargetTrack;
import vn.dondoc.scorecards.boundary.ScorecardView.Tasks;
import vn.dondoc.scorecards.boundary.ScorecardView.TrendPoint;
import vn.dondoc.scorecards.control.Aging;
import vn.dondoc.scorecards.control.Count;
import vn.dondoc.scorecards.control.Ledger;
import vn.dondoc.scorecards.control.RulesInForce;
import vn.dondoc.scorecards.control.Tally;
import vn.dondoc.scorecards.control.TallyQuery;
import vn.dondoc.scorecards.control.TaskStatus;
import vn.dondoc.scorecards.control.TodaysCounts;
import vn.dondoc.scorecards.control.TodaysLines;
import vn.dondoc.scorecards.entity.ScoringRules;
import vn.dondoc.scorecards.entity.TaskFacts;
import vn.dondoc.scorecards.entity.TaskKind;
import vn.dondoc.scorecards.entity.TaskVersion;
import vn.dondoc.targets.control.Judgement;
import vn.dondoc.targets.control.Standings;
import vn.dondoc.targets.control.TargetBound;
import vn.dondoc.targets.entity.Target;
import vn.dondoc.tenancy.boundary.BoundTenant;
import vn.dondoc.tenancy.boundary.TenantBound;

/**
 * The compliance scorecard (bảng đánh giá mức độ hoàn thành) as of a day, read from the ledger: what
 * was known at that day's end, so asking twice for a past day gives the same numbers whatever
 * happened since. LEADER, SECRETARIAT and ADMIN read the whole tenant; an agency's officer or head
 * reads its own agency's line only (and totals of that line); another tenant's document is not found.
 */
@Stateless
@TenantBound
@RolesAllowed({
    Role.Names.ADMIN,
    Role.Names.SECRETARIAT,
    Role.Names.LEADER,
    Role.Names.AGENCY_OFFICER,
    Role.Names.AGENCY_HEAD
})
public class Scorecards {

    /** How many earlier half-years the trend shows. */
    static final int TREND_POINTS = 4;

    @PersistenceContext
    EntityManager em;

    @Inject
    CallerIdentity caller;

    @Inject
    Clock clock;

    @Inject
    KeptTallies kept;

    /**
     * The scorecard as of {@code asOf} (today when {@code null}), for one document or all.
     *
     * @throws InvalidInput for a day after today: a scorecard says what is known, not what will be
     * @throws NotFound for a document the tenant does not have
     */
    @ReadOnly
    public ScorecardView scorecard(LocalDate asOf, Long documentId) {
        Scope scope = scope(asOf, documentId, null);
        ScoringRules rules = rulesAt(scope.cut);
        TallyQuery.Lines read = lines(scope);
        Map<Long, Tally> byAgency = read.byAgency();
        Map<Long, Map<String, Tally>> byPeriod = scope.document == null && scope.counted()
                ? kept(
                        scope,
                        "todays-periods",
                        () -> scope.counts().reportsByAgencyAndPeriod(),
                        (kept, generation) -> scope.counts().reportsMovedSince(kept, generation))
                : kept(scope, "periods", () -> scope.query().reportsByAgencyAndPeriod());
        Map<String, Tally> allPeriods = new java.util.TreeMap<>();
        byPeriod.values().forEach(periods -> periods.forEach((label, t) -> allPeriods.merge(label, t, Tally::plus)));
        Map<Long, Agency> agencies = agencies(byAgency.keySet());
        Map<Long, Requests> requests = requests(scope);
        int emulationYear = emulationYear(scope.asOf);
        Map<Long, TargetTrack> tracks = targetTracks(scope, rules, byAgency.keySet(), emulationYear);
        TargetTrack allTargets = TargetTrack.none(emulationYear);
        List<AgencyScore> lines = new ArrayList<>();
        Tally total = Tally.NONE;
        for (Map.Entry<Long, Tally> e : byAgency.entrySet()) {
            Agency agency = agencies.get(e.getKey());
            lines.add(agencyScore(
                    agency.code(),
                    agency.name(),
                    e.getValue(),
                    byPeriod.getOrDefault(agency.id(), Map.of()),
                    requests.getOrDefault(agency.id(), Requests.NONE),
                    tracks.getOrDefault(agency.id(), TargetTrack.none(emulationYear)),
                    rules,
                    scope.drillDown("agency=" + agency.code())));
            total = total.plus(e.getValue());
            allTargets = allTargets.plus(tracks.getOrDefault(agency.id(), TargetTrack.none(emulationYear)));
        }
        lines.sort((a, b) -> a.agencyCode().compareTo(b.agencyCode()));
        Requests allRequests = requests.values().stream().reduce(Requests.NONE, Scorecards::plus);
        AgencyScore totals = agencyScore(
                scope.agency == null ? null : scope.agency.code(),
                scope.agency == null ? "Tổng cộng / Total" : scope.agency.name(),
                total,
                allPeriods,
                allRequests,
                allTargets,
                rules,
                scope.drillDown(scope.agency == null ? "" : "agency=" + scope.agency.code()));
        return new ScorecardView(
                scope.asOf,
                clock.instant(),
                scope.document == null ? null : scope.document.id(),
                scope.document == null ? null : scope.document.number(),
                lines,
                totals,
                groups(byAgency, agencies, rules, scope),
                scope.document == null ? documents(read.byDocument(), rules, scope) : List.of(),
                trend(scope),
                RulesInForce.of(rules));
    }

    /**
     * A page of the tasks or reports behind one count ({@code openOverdue}, {@code reportsExpected},
     * any name a line shows) as of {@code asOf}, for a document, an agency, or all; the earliest
     * deadline first. The total of the page is the count.
     */
    @ReadOnly
    public Page<ScorecardLine> lines(
            LocalDate asOf, Long documentId, String agencyCode, String groupCode, String count, int page, int size) {
        return lines(asOf, documentId, agencyCode, groupCode, null, count, page, size);
    }

    /**
     * As {@link #lines(LocalDate, Long, String, String, String, int, int)}, for one reporting period
     * ({@code periodLabel} "2024-H1"; blank: every period): the reports behind a cell of an agency's
     * {@code periods}, which add up to it. Tasks have no period: with a period their counts are empty.
     */
    @ReadOnly
    public Page<ScorecardLine> lines(
            LocalDate asOf,
            Long documentId,
            String agencyCode,
            String groupCode,
            String periodLabel,
            String count,
            int page,
            int size) {
        Scope scope = drillScope(asOf, documentId, agencyCode, groupCode);
        TallyQuery query = periodLabel == null || periodLabel.isBlank()
                ? scope.query()
                : scope.query().ofPeriod(periodLabel.strip());
        Page<TaskVersion> versions = query.versions(counted(count), page, size);
        return new Page<>(
                lines(versions.items().stream().map(TaskVersion::facts).toList(), scope), page, size, versions.total());
    }

    /**
     * Every task or report behind one count, in the order of {@link #lines(LocalDate, Long, String,
     * String, String, int, int)}, read at once: what the files list.
     */
    @ReadOnly
    public List<ScorecardLine> allLines(LocalDate asOf, Long documentId, String count) {
        Scope scope = drillScope(asOf, documentId, null, null);
        Count counted = counted(count);
        List<TaskFacts> facts =
                kept(scope, "facts:" + counted.key(), () -> scope.query().facts(counted));
        return lines(facts, scope);
    }

    private static Count counted(String count) {
        return count == null
                ? Count.ASSIGNED
                : Count.named(count.strip())
                        .orElseThrow(() -> new InvalidInput("count: không có số liệu '" + count + "' / no count '"
                                + count + "' ("
                                + java.util.Arrays.stream(Count.values())
                                        .map(Count::key)
                                        .collect(Collectors.joining(", "))
                                + ")"));
    }

    private Scope drillScope(LocalDate asOf, Long documentId, String agencyCode, String groupCode) {
        Scope asked = scope(asOf, documentId, agencyCode);
        return groupCode != null && !groupCode.isBlank() && asked.agency == null
                ? asked.ofGroup(group(groupCode.strip()))
                : asked;
    }

    /** The lines of some versions: their agencies, documents and items read once each, not per line. */
    private List<ScorecardLine> lines(List<TaskFacts> facts, Scope scope) {
        Map<Long, Agency> agencies =
                agencies(facts.stream().map(TaskFacts::agencyId).collect(Collectors.toSet()));
        Map<Long, Document> documents = byId(
                Document.class, facts.stream().map(TaskFacts::documentId).collect(Collectors.toSet()), Document::id);
        Map<Long, Item> items = byId(
                Item.class,
                facts.stream()
                        .filter(f -> f.kind() == TaskKind.ITEM)
                        .map(TaskFacts::subjectId)
                        .collect(Collectors.toSet()),
                Item::id);
        return facts.stream()
                .map(f -> line(f, scope.asOf, agencies, documents, items))
                .toList();
    }

    /** The scoring rules today's scorecard is graded by: the latest set. */
    @ReadOnly
    @RolesAllowed({Role.Names.ADMIN, Role.Names.SECRETARIAT, Role.Names.LEADER})
    public RulesInForce rules() {
        return RulesInForce.of(rulesAt(endOfToday()));
    }

    /**
     * New scoring rules, in force from now: today's scorecard is graded by them, earlier days keep the
     * rules of their day.
     *
     * @throws InvalidInput naming the weight or band that is wrong
     */
    @Audited("settings.scoring")
    @RolesAllowed(Role.Names.ADMIN)
    public RulesInForce setRules(ScoringRulesInput input) {
        ScoringRulesInput in = input == null ? new ScoringRulesInput() : input;
        ScoringRules now = rulesAt(endOfToday());
        ScoringRules rules = new ScoringRules(
                in.weightCompletedOfDue == null ? now.weightCompleted() : in.weightCompletedOfDue,
                in.weightOnTimeOfDue == null ? now.weightOnTime() : in.weightOnTimeOfDue,
                in.weightReportingRate == null ? now.weightReporting() : in.weightReportingRate,
                in.weightTimeliness == null ? now.weightTimeliness() : in.weightTimeliness,
                in.bandExcellent == null ? now.bandExcellent() : in.bandExcellent,
                in.bandGood == null ? now.bandGood() : in.bandGood,
                in.bandPass == null ? now.bandPass() : in.bandPass,
                in.excludeMissedTargets == null ? now.excludeMissedTargets() : in.excludeMissedTargets,
                principal().getName(),
                clock.instant());
        em.persist(rules);
        em.flush();
        return RulesInForce.of(rules);
    }

    private Instant endOfToday() {
        return LocalDate.now(clock.withZone(zone()))
                .plusDays(1)
                .atStartOfDay(zone())
                .toInstant();
    }

    private ScoringRules rulesAt(Instant cut) {
        return em.createNamedQuery(ScoringRules.IN_FORCE, ScoringRules.class)
                .setParameter("cut", cut)
                .setMaxResults(1)
                .getResultStream()
                .findFirst()
                .orElse(ScoringRules.DEFAULT);
    }

    private AgencyScore agencyScore(
            String code,
            String name,
            Tally t,
            Map<String, Tally> periods,
            Requests requests,
            TargetTrack targets,
            ScoringRules rules,
            String drillDown) {
        Graded graded = Graded.of(t, rules);
        List<ScorecardView.PeriodReports> byPeriod = new ArrayList<>();
        periods.forEach((label, tally) -> byPeriod.add(ScorecardView.PeriodReports.of(label, tally)));
        return new AgencyScore(
                code,
                name,
                Tasks.of(t),
                Rates.of(t),
                Reports.of(t),
                byPeriod,
                OverdueAging.of(t),
                requests,
                targets,
                graded.score(),
                graded.grade(),
                graded.gradeName(),
                drillDown);
    }

    /**
     * The year whose emulation (thi đua) the targets track shows on {@code asOf}: the last year whose
     * reporting year, which ends on 14/12 (Nghị định 09/2019/NĐ-CP), had ended by then (D-047).
     */
    static int emulationYear(LocalDate asOf) {
        return asOf.isAfter(LocalDate.of(asOf.getYear(), 12, 14)) ? asOf.getYear() : asOf.getYear() - 1;
    }

    /**
     * Each agency's targets of the emulation year, made by the cut and judged with the reports
     * accepted by then; of the scorecard's document when it is limited to one.
     */
    private Map<Long, TargetTrack> targetTracks(Scope scope, ScoringRules rules, Set<Long> agencyIds, int year) {
        if (agencyIds.isEmpty()) {
            return Map.of();
        }
        jakarta.persistence.TypedQuery<Target> query = em.createQuery(
                        "SELECT t FROM Target t JOIN FETCH t.agency a WHERE t.year = :year AND t.createdAt < :cut"
                                + " AND a.id IN :agencies"
                                + (scope.document == null ? "" : " AND t.documentId = :document")
                                + " ORDER BY a.code, t.documentId, t.itemId, t.sourcePlace, t.id",
                        Target.class)
                .setParameter("year", year)
                .setParameter("cut", scope.cut)
                .setParameter("agencies", agencyIds);
        if (scope.document != null) {
            query.setParameter("document", scope.document.id());
        }
        List<Target> targets = query.getResultList();
        Standings standings = Standings.of(em, targets, scope.asOf, scope.cut);
        Map<Long, long[]> counts = new LinkedHashMap<>();
        Map<Long, List<MissedTarget>> missed = new LinkedHashMap<>();
        for (Target t : targets) {
            Judgement j = standings.judge(t);
            if (!j.due()) {
                continue;
            }
            long[] c = counts.computeIfAbsent(t.agency().id(), k -> new long[5]);
            c[0]++;
            switch (j.attainment()) {
                case EXCEEDED -> {
                    c[1]++;
                    c[2]++;
                }
                case MET -> c[1]++;
                case MISSED -> {
                    c[3]++;
                    missed.computeIfAbsent(t.agency().id(), k -> new ArrayList<>())
                            .add(new MissedTarget(
                                    t.id(),
                                    t.agency().code(),
                                    t.agency().name(),
                                    t.name(),
                                    t.unit(),
                                    t.periodLabel() == null ? t.year() + "-Y" : t.periodLabel(),
                                    TargetBound.of(t),
                                    t.value().stripTrailingZeros(),
                                    j.judged(),
                                    j.result() == null ? null : j.result().shown()));
                }
                default -> c[4]++;
            }
        }
        Map<Long, TargetTrack> tracks = new LinkedHashMap<>();
        counts.forEach((agency, c) -> tracks.put(
                agency,
                new TargetTrack(
                        year,
                        c[0],
                        c[1],
                        c[2],
                        c[3],
                        c[4],
                        rules.excludeMissedTargets() && c[3] > 0,
                        0,
                        missed.getOrDefault(agency, List.of()))));
        return tracks;
    }

    /** Each group with a member on the scorecard: the sum of its members' lines (today's members). */
    private List<GroupScore> groups(
            Map<Long, Tally> byAgency, Map<Long, Agency> agencies, ScoringRules rules, Scope scope) {
        if (byAgency.isEmpty()) {
            return List.of();
        }
        Map<Long, List<Long>> members = new LinkedHashMap<>();
        em.createQuery(
                        "SELECT m.group.id, m.agency.id FROM GroupMembership m WHERE m.agency.id IN :agencies"
                                + " ORDER BY m.group.id, m.agency.id",
                        Object[].class)
                .setParameter("agencies", byAgency.keySet())
                .getResultList()
                .forEach(row -> members.computeIfAbsent((Long) row[0], k -> new ArrayList<>())
                        .add((Long) row[1]));
        List<GroupScore> groups = new ArrayList<>();
        for (AgencyGroup group :
                em.createNamedQuery(AgencyGroup.ALL, AgencyGroup.class).getResultList()) {
            List<Long> in = members.get(group.id());
            if (in == null) {
                continue;
            }
            Tally t = in.stream().map(byAgency::get).reduce(Tally.NONE, Tally::plus);
            Graded graded = Graded.of(t, rules);
            groups.add(new GroupScore(
                    group.code(),
                    group.name(),
                    in.size(),
                    Tasks.of(t),
                    Rates.of(t),
                    Reports.of(t),
                    OverdueAging.of(t),
                    graded.score(),
                    graded.grade(),
                    graded.gradeName(),
                    scope.drillDown("group=" + group.code())));
        }
        return groups;
    }

    private List<DocumentScore> documents(Map<Long, Tally> byDocument, ScoringRules rules, Scope scope) {
        Map<Long, Document> documents = byId(Document.class, byDocument.keySet(), Document::id);
        List<DocumentScore> lines = new ArrayList<>();
        for (Map.Entry<Long, Tally> e : byDocument.entrySet()) {
            Document document = documents.get(e.getKey());
            Graded graded = Graded.of(e.getValue(), rules);
            lines.add(new DocumentScore(
                    document.id(),
                    document.number(),
                    document.title(),
                    Tasks.of(e.getValue()),
                    Rates.of(e.getValue()),
                    Reports.of(e.getValue()),
                    OverdueAging.of(e.getValue()),
                    graded.score(),
                    graded.grade(),
                    graded.gradeName(),
                    scope.drillDown("document=" + document.id())));
        }
        return lines;
    }

    /** The totals at the end of each of the last half-years before the day, oldest first. */
    private List<TrendPoint> trend(Scope scope) {
        List<TrendPoint> points = new ArrayList<>();
        LocalDate end = halfYearEndBefore(scope.asOf);
        for (int i = 0; i < TREND_POINTS; i++) {
            Scope then = scope.asOf(end);
            Tally t = kept(then, "total", () -> then.query().total());
            Graded graded = Graded.of(t, rulesAt(then.cut));
            points.add(0, new TrendPoint(end, Tasks.of(t), Rates.of(t), Reports.of(t), graded.score(), graded.grade()));
            end = halfYearEndBefore(end);
        }
        return points;
    }

    /**
     * The agencies' and documents' lines: from today's counts, caught up by what moved since they
     * were kept (D-049), while they hold; else from the ledger.
     */
    private TallyQuery.Lines lines(Scope scope) {
        if (scope.counted()) {
            TodaysLines today = kept(
                    scope,
                    "todays-lines",
                    () -> scope.counts().cells(),
                    (kept, generation) -> scope.counts().linesMovedSince(kept, generation));
            return today.lines();
        }
        return kept(scope, "lines", () -> scope.query().lines());
    }

    private <T> T kept(Scope scope, String read, java.util.function.Supplier<T> reading) {
        return kept(scope, read, reading, null);
    }

    /**
     * A read of the ledger, kept for good once its day is settled (D-034) and today while the
     * tenant's ledger does not change (D-036), or caught up by {@code catchUp} after it changed
     * (D-049); read every time without a cache.
     */
    private <T> T kept(
            Scope scope, String read, java.util.function.Supplier<T> reading, KeptTallies.CatchUp<T> catchUp) {
        if (kept == null) {
            return reading.get();
        }
        KeptTallies.Key key = new KeptTallies.Key(
                principal().tenant(),
                read,
                scope.asOf,
                scope.document == null ? null : scope.document.id(),
                scope.agencyIds);
        return kept.get(key, scope.cut, clock.instant(), () -> Ledger.generation(em), reading, catchUp);
    }

    static LocalDate halfYearEndBefore(LocalDate day) {
        LocalDate june = LocalDate.of(day.getYear(), Month.JUNE, 30);
        return day.isAfter(june) ? june : LocalDate.of(day.getYear() - 1, Month.DECEMBER, 31);
    }

    /** Each agency's requests for explanation and for more time, as known at the day's end. */
    private Map<Long, Requests> requests(Scope scope) {
        String explanationScope = (scope.document == null ? "" : " AND r.documentId = :document")
                + (scope.agency == null ? "" : " AND r.agency.id = :agency");
        var explanations = em.createQuery(
                        "SELECT r.agency.id, COUNT(r), SUM(CASE WHEN r.answeredAt < :cut THEN 1 ELSE 0 END),"
                                + " SUM(CASE WHEN (r.answeredAt IS NULL OR r.answeredAt >= :cut)"
                                + " AND r.answerBy < :asOf THEN 1 ELSE 0 END)"
                                + " FROM ExplanationRequest r WHERE r.askedAt < :cut" + explanationScope
                                + " GROUP BY r.agency.id",
                        Object[].class)
                .setParameter("cut", scope.cut)
                .setParameter("asOf", scope.asOf);
        String extensionScope =
                (scope.document == null ? "" : " AND (o.documentId = :document OR i.documentId = :document)")
                        + (scope.agency == null ? "" : " AND e.agency.id = :agency");
        var extensions = em.createQuery(
                        "SELECT e.agency.id, COUNT(e),"
                                + " SUM(CASE WHEN e.decidedAt < :cut AND e.status ="
                                + " vn.dondoc.reporting.entity.ExtensionStatus.APPROVED THEN 1 ELSE 0 END),"
                                + " SUM(CASE WHEN e.decidedAt < :cut AND e.status ="
                                + " vn.dondoc.reporting.entity.ExtensionStatus.REFUSED THEN 1 ELSE 0 END)"
                                + " FROM Extension e LEFT JOIN e.obligation o LEFT JOIN e.item i"
                                + " WHERE e.requestedAt < :cut" + extensionScope + " GROUP BY e.agency.id",
                        Object[].class)
                .setParameter("cut", scope.cut);
        if (scope.document != null) {
            explanations.setParameter("document", scope.document.id());
            extensions.setParameter("document", scope.document.id());
        }
        if (scope.agency != null) {
            explanations.setParameter("agency", scope.agency.id());
            extensions.setParameter("agency", scope.agency.id());
        }
        Map<Long, long[]> counts = new HashMap<>();
        for (Object[] row : explanations.getResultList()) {
            long[] c = counts.computeIfAbsent((Long) row[0], k -> new long[6]);
            c[0] = number(row[1]);
            c[1] = number(row[2]);
            c[2] = number(row[3]);
        }
        for (Object[] row : extensions.getResultList()) {
            long[] c = counts.computeIfAbsent((Long) row[0], k -> new long[6]);
            c[3] = number(row[1]);
            c[4] = number(row[2]);
            c[5] = number(row[3]);
        }
        Map<Long, Requests> requests = new HashMap<>();
        counts.forEach((agency, c) -> requests.put(agency, new Requests(c[0], c[1], c[2], c[3], c[4], c[5])));
        return requests;
    }

    private static long number(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }

    private static Requests plus(Requests a, Requests b) {
        return new Requests(
                a.explanationsAsked() + b.explanationsAsked(),
                a.explanationsAnswered() + b.explanationsAnswered(),
                a.explanationsOverdue() + b.explanationsOverdue(),
                a.extensionsAsked() + b.extensionsAsked(),
                a.extensionsApproved() + b.extensionsApproved(),
                a.extensionsRefused() + b.extensionsRefused());
    }

    private ScorecardLine line(
            TaskFacts f,
            LocalDate asOf,
            Map<Long, Agency> agencies,
            Map<Long, Document> documents,
            Map<Long, Item> items) {
        Agency agency = agencies.get(f.agencyId());
        Document document = documents.get(f.documentId());
        Item item = f.kind() == TaskKind.ITEM ? items.get(f.subjectId()) : null;
        String status;
        String statusName;
        long days = 0;
        String aging = null;
        if (f.kind().isTask()) {
            TaskStatus s = TaskStatus.of(f.dueOn(), f.doneOn(), asOf);
            status = s.name();
            statusName = s.vietnamese() + " / " + s.english();
            days = TaskStatus.daysOverdue(f.dueOn(), f.doneOn(), asOf);
            aging = days > 0 ? Aging.of(days).name() : null;
        } else if (f.doneOn() != null) {
            boolean onTime = !f.doneOn().isAfter(f.dueOn());
            status = onTime ? "RECEIVED_ON_TIME" : "RECEIVED_LATE";
            statusName = onTime ? "Đã nhận, đúng hạn / Received on time" : "Đã nhận, quá hạn / Received late";
        } else if (asOf.isAfter(f.dueOn())) {
            status = "MISSING";
            statusName = "Chưa nhận, quá hạn / Missing, overdue";
        } else {
            status = "NOT_YET_DUE";
            statusName = "Chưa đến hạn / Not yet due";
        }
        String subject = switch (f.kind()) {
            case ITEM -> item == null ? null : item.code();
            case REPORT -> f.periodLabel();
            case DELIVERABLE -> "Kế hoạch thực hiện của cơ quan / The agency's own plan";
        };
        String link = f.kind() == TaskKind.ITEM
                ? "/api/v1/documents/" + f.documentId()
                : "/api/v1/obligations/" + f.subjectId() + "/report";
        return new ScorecardLine(
                f.kind().name(),
                f.kind() == TaskKind.ITEM ? f.subjectId() : null,
                f.kind() == TaskKind.ITEM ? null : f.subjectId(),
                f.documentId(),
                document == null ? null : document.number(),
                agency == null ? null : agency.code(),
                agency == null ? null : agency.name(),
                subject,
                item == null ? null : item.text(),
                f.dueOn(),
                f.originalDueOn(),
                f.doneOn(),
                status,
                statusName,
                days,
                aging,
                link);
    }

    private Map<Long, Agency> agencies(Collection<Long> ids) {
        return byId(Agency.class, ids, Agency::id);
    }

    private <T> Map<Long, T> byId(Class<T> type, Collection<Long> ids, Function<T, Long> id) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return em.createQuery("SELECT x FROM " + type.getSimpleName() + " x WHERE x.id IN :ids", type)
                .setParameter("ids", Set.copyOf(ids))
                .getResultStream()
                .collect(Collectors.toMap(id, x -> x));
    }

    /**
     * The day, the document and the agency a read is limited to. An agency's user is limited to its
     * own agency, whatever it names.
     */
    private Scope scope(LocalDate asOf, Long documentId, String agencyCode) {
        LocalDate today = LocalDate.now(clock.withZone(zone()));
        LocalDate day = asOf == null ? today : asOf;
        if (day.isAfter(today)) {
            throw new InvalidInput("asOf: không được sau hôm nay " + today + " / must not be after today " + today);
        }
        Document document = null;
        if (documentId != null) {
            document = em.find(Document.class, documentId);
            if (document == null) {
                throw new NotFound("Không có văn bản " + documentId + " / No document " + documentId);
            }
        }
        DondocPrincipal principal = principal();
        String code = principal.seesEveryAgency() ? agencyCode : principal.agencyCode();
        Agency agency = null;
        if (code != null && !code.isBlank()) {
            agency = em.createQuery("SELECT a FROM Agency a WHERE a.code = :code", Agency.class)
                    .setParameter("code", code.strip())
                    .getResultStream()
                    .findFirst()
                    .orElseThrow(() -> new NotFound("Không có cơ quan '" + code + "' / No agency '" + code + "'"));
        } else if (!principal.seesEveryAgency()) {
            throw new NotFound("Không có cơ quan của người dùng / The user belongs to no agency");
        }
        return new Scope(day, document, agency, agency == null ? null : Set.of(agency.id()));
    }

    private AgencyGroup group(String code) {
        return em.createNamedQuery(AgencyGroup.BY_CODE, AgencyGroup.class)
                .setParameter("code", code)
                .getResultStream()
                .findFirst()
                .orElseThrow(
                        () -> new NotFound("Không có nhóm cơ quan '" + code + "' / No agency group '" + code + "'"));
    }

    /** The tenant's zone: where its days begin and end, for "as of a day" and "today". */
    private java.time.ZoneId zone() {
        return BoundTenant.zoneOf(em);
    }

    private DondocPrincipal principal() {
        return caller.principal().orElseThrow();
    }

    private final class Scope {
        final LocalDate asOf;
        final Instant cut;
        final Document document;
        final Agency agency;
        /** The agencies read: {@code null} for every one. */
        final Set<Long> agencyIds;
        /** Whether today's counts hold at the cut: asked once, when first needed. */
        private Boolean counted;

        Scope(LocalDate asOf, Document document, Agency agency, Set<Long> agencyIds) {
            this.asOf = asOf;
            this.cut = asOf.plusDays(1).atStartOfDay(zone()).toInstant();
            this.document = document;
            this.agency = agency;
            this.agencyIds = agencyIds;
        }

        Scope asOf(LocalDate day) {
            return new Scope(day, document, agency, agencyIds);
        }

        Scope ofGroup(AgencyGroup group) {
            return new Scope(
                    asOf,
                    document,
                    null,
                    Set.copyOf(em.createQuery(
                                    "SELECT m.agency.id FROM GroupMembership m WHERE m.group = :group", Long.class)
                            .setParameter("group", group)
                            .getResultList()));
        }

        /**
         * The versions known at the cut; the open ones alone when nothing was written since (D-037).
         */
        TallyQuery query() {
            TallyQuery query = new TallyQuery(em, asOf, cut, document == null ? null : document.id(), agencyIds);
            return counted() ? query.openAtCut() : query;
        }

        /**
         * Whether the counts the ledger keeps up to date are the versions known at the cut: so for
         * today, and any day nothing was written after (D-037); the ledger is read otherwise.
         */
        boolean counted() {
            if (counted == null) {
                counted = Ledger.countsHoldAt(em, cut);
            }
            return counted;
        }

        TodaysCounts counts() {
            return new TodaysCounts(em, asOf, document == null ? null : document.id(), agencyIds);
        }

        /** The drill-down's path for a line ({@code agency=…}, {@code group=…}), to be completed with {@code &count=}. */
        String drillDown(String line) {
            StringBuilder path = new StringBuilder("/api/v1/scorecard/lines?asOf=").append(asOf);
            if (document != null) {
                path.append("&document=").append(document.id());
            }
            if (agency != null) {
                path.append("&agency=").append(agency.code());
            }
            if (!line.isEmpty() && path.indexOf("&" + line.substring(0, line.indexOf('=') + 1)) < 0) {
                path.append('&').append(line);
            }
            return path.toString();
        }
    }
}
