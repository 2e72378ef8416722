package vn.dondoc.scorecards.boundary;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import vn.dondoc.scorecards.control.Percent;
import vn.dondoc.scorecards.control.RulesInForce;
import vn.dondoc.scorecards.control.Scoring;
import vn.dondoc.scorecards.control.Tally;
import vn.dondoc.scorecards.entity.ScoringRules;

/**
 * The compliance scorecard (bảng đánh giá) as of one day, as the API, the PDF and the spreadsheets
 * show it: one line per agency, per agency group and per document, the tenant's totals, the trend
 * over the last half-years, and the rules that graded it.
 *
 * @param takenAt the moment the data was taken (the PDF prints it)
 * @param documentId the one document it is limited to, or {@code null}
 * @param documents a line per document, empty when limited to one
 */
public record ScorecardView(
        LocalDate asOf,
        Instant takenAt,
        Long documentId,
        String documentNumber,
        List<AgencyScore> agencies,
        AgencyScore totals,
        List<GroupScore> groups,
        List<DocumentScore> documents,
        List<TrendPoint> trend,
        RulesInForce rules) {

    /**
     * One agency's line ({@code agencyCode} {@code null} for the totals). {@code targets} is {@code
     * null} until targets are tracked. {@code drillDown}: the path that lists what any count of the
     * line counts, completed with {@code &count=} and the count's name ({@code openOverdue}).
     * {@code periods}: the reporting track period by period, the earliest first.
     */
    public record AgencyScore(
            String agencyCode,
            String name,
            Tasks tasks,
            Rates rates,
            Reports reports,
            List<PeriodReports> periods,
            OverdueAging overdueAging,
            Requests requests,
            TargetTrack targets,
            BigDecimal score,
            String grade,
            String gradeName,
            String drillDown) {}

    /** An agency group's line: the sum of its member agencies' lines. */
    public record GroupScore(
            String groupCode,
            String name,
            int agencies,
            Tasks tasks,
            Rates rates,
            Reports reports,
            OverdueAging overdueAging,
            BigDecimal score,
            String grade,
            String gradeName,
            String drillDown) {}

    /** A document's line: every agency's tasks and reports under it. */
    public record DocumentScore(
            long documentId,
            String number,
            String title,
            Tasks tasks,
            Rates rates,
            Reports reports,
            OverdueAging overdueAging,
            BigDecimal score,
            String grade,
            String gradeName,
            String drillDown) {}

    /** The tenant's totals at the end of an earlier half-year (30/6, 31/12). */
    public record TrendPoint(
            LocalDate asOf, Tasks tasks, Rates rates, Reports reports, BigDecimal score, String grade) {}

    /** The four statuses; {@code due} = completed + open overdue, {@code assigned} = all four. */
    public record Tasks(
            long assigned,
            long due,
            long completedOnTime,
            long completedLate,
            long openWithinDeadline,
            long openOverdue) {

        static Tasks of(Tally t) {
            return new Tasks(
                    t.assigned(),
                    t.due(),
                    t.completedOnTime(),
                    t.completedLate(),
                    t.openWithinDeadline(),
                    t.openOverdue());
        }
    }

    /**
     * Percentages with two decimals, {@code null} without a denominator: over the tasks that have
     * fallen due ({@code …OfDue}) and, labelled apart, over all assigned tasks ({@code …OfAssigned}).
     * Rounded as {@link Percent} says: down when in the agency's favour, up for the overdue rates.
     */
    public record Rates(
            BigDecimal completedOfDue,
            BigDecimal onTimeOfDue,
            BigDecimal overdueOfDue,
            BigDecimal completedOfAssigned,
            BigDecimal onTimeOfAssigned,
            BigDecimal overdueOfAssigned) {

        static Rates of(Tally t) {
            return new Rates(
                    Percent.favourable(t.completed(), t.due()),
                    Percent.favourable(t.completedOnTime(), t.due()),
                    Percent.unfavourable(t.openOverdue(), t.due()),
                    Percent.favourable(t.completed(), t.assigned()),
                    Percent.favourable(t.completedOnTime(), t.assigned()),
                    Percent.unfavourable(t.openOverdue(), t.assigned()));
        }
    }

    /** The reporting track: reporting rate = received ÷ expected, timeliness = received on time ÷ expected. */
    public record Reports(
            long expected, long received, long receivedOnTime, BigDecimal reportingRate, BigDecimal timeliness) {

        static Reports of(Tally t) {
            return new Reports(
                    t.reportsExpected(),
                    t.reportsReceived(),
                    t.reportsReceivedOnTime(),
                    Percent.favourable(t.reportsReceived(), t.reportsExpected()),
                    Percent.favourable(t.reportsReceivedOnTime(), t.reportsExpected()));
        }
    }

    /** The reporting track of one period ({@code 2024-H1}): expected, received, on time, and the two rates. */
    public record PeriodReports(
            String periodLabel,
            long expected,
            long received,
            long receivedOnTime,
            BigDecimal reportingRate,
            BigDecimal timeliness) {

        static PeriodReports of(String periodLabel, Tally t) {
            Reports r = Reports.of(t);
            return new PeriodReports(
                    periodLabel, r.expected(), r.received(), r.receivedOnTime(), r.reportingRate(), r.timeliness());
        }
    }

    /** The open overdue tasks by days overdue. */
    public record OverdueAging(long upTo30, long from31To90, long from91To120, long over120) {

        static OverdueAging of(Tally t) {
            return new OverdueAging(t.overdueUpTo30(), t.overdue31To90(), t.overdue91To120(), t.overdueOver120());
        }
    }

    /** An agency's requests for explanation and for more time, as known at the day's end. */
    public record Requests(
            long explanationsAsked,
            long explanationsAnswered,
            long explanationsOverdue,
            long extensionsAsked,
            long extensionsApproved,
            long extensionsRefused) {

        static final Requests NONE = new Requests(0, 0, 0, 0, 0, 0);
    }

    /**
     * The targets track (chỉ tiêu) of the emulation year as of the scorecard's day (D-047): the year
     * whose reporting year (to 14/12) had ended by then, so every one of its targets is due. A target
     * counts when it was made by the day's end, and is judged with the reports accepted by then, so a
     * past day's track stays as it was. {@code met} counts the targets met or exceeded ({@code
     * exceeded} of them beyond the value), {@code noResult} those no accepted report gives a figure
     * for (not counted as missed). {@code excludedFromEmulation}: the tenant's rule is on and the
     * agency missed a target; on the totals line, false, with {@code agenciesExcluded} counting them.
     * {@code missedTargets}: the agency's missed targets, with the value against the target (empty on
     * the totals line).
     */
    public record TargetTrack(
            int year,
            long due,
            long met,
            long exceeded,
            long missed,
            long noResult,
            boolean excludedFromEmulation,
            long agenciesExcluded,
            List<MissedTarget> missedTargets) {

        /** An agency without targets in the year. */
        public static TargetTrack none(int year) {
            return new TargetTrack(year, 0, 0, 0, 0, 0, false, 0, List.of());
        }

        TargetTrack plus(TargetTrack o) {
            return new TargetTrack(
                    year,
                    due + o.due,
                    met + o.met,
                    exceeded + o.exceeded,
                    missed + o.missed,
                    noResult + o.noResult,
                    false,
                    agenciesExcluded + o.agenciesExcluded + (o.excludedFromEmulation ? 1 : 0),
                    List.of());
        }
    }

    /**
     * A missed target: what was asked ({@code target}: "≥ 95 %", "> 80 %", "≤ 10 ngày") and what the
     * accepted reports gave ({@code result}, and {@code resultShown} with a rate's numerator and
     * denominator).
     */
    public record MissedTarget(
            long targetId,
            String agencyCode,
            String agencyName,
            String name,
            String unit,
            String periodLabel,
            String target,
            BigDecimal value,
            BigDecimal result,
            String resultShown) {}

    /** The score and grade of a tally under the rules, or nulls when it has nothing to score. */
    record Graded(BigDecimal score, String grade, String gradeName) {

        static Graded of(Tally t, ScoringRules rules) {
            return Scoring.of(t, rules)
                    .map(s -> new Graded(
                            s.value(),
                            s.grade().name(),
                            s.grade().vietnamese() + " / " + s.grade().english()))
                    .orElse(new Graded(null, null, null));
        }
    }
}
