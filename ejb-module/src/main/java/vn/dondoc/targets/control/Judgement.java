package vn.dondoc.targets.control;

import java.math.BigDecimal;
import java.time.LocalDate;
import vn.dondoc.reporting.control.ReportingPeriod;
import vn.dondoc.targets.entity.Basis;
import vn.dondoc.targets.entity.Target;

/**
 * A target judged on a day from the figures accepted by then (D-047): its result, the change of that
 * result against the same period a year earlier, and its attainment. A {@link Basis#CHANGE} target
 * ("giảm ít nhất 20% so với năm trước") is judged on the change against its base (the base value it
 * names, or the result of its base period), in the kind its measure calls for. The judged number is
 * the one shown: two decimals, half up.
 *
 * @param result {@code null} when no accepted report gives it
 * @param yearOnYear {@code null} without last year's result
 * @param judged the number compared with the target: the result, or the change for a change target
 */
public record Judgement(
        Attainment attainment, boolean due, Result result, Change yearOnYear, Change againstBase, BigDecimal judged) {

    /** The period a target covers: the one it names, or its whole year. */
    public static ReportingPeriod window(Target t) {
        return ReportingPeriod.parse(t.periodLabel() != null ? t.periodLabel() : t.year() + "-Y");
    }

    /** The same period a year earlier. */
    static ReportingPeriod yearBefore(ReportingPeriod p) {
        return new ReportingPeriod(p.kind(), p.year() - 1, p.number());
    }

    /** The period a change target is measured against. */
    static ReportingPeriod baseWindow(Target t) {
        if (t.basePeriod() != null) {
            return ReportingPeriod.parse(t.basePeriod());
        }
        ReportingPeriod w = window(t);
        int year = t.baseYear() != null ? t.baseYear() : w.year() - 1;
        return new ReportingPeriod(w.kind(), year, w.number());
    }

    /** Whether the target is due on {@code asOf}: its period ended before that day. */
    public static boolean dueOn(Target t, LocalDate asOf) {
        return asOf.isAfter(window(t).cutOff());
    }

    /** The target as the figures say on {@code asOf}. */
    public static Judgement of(Target t, AcceptedFigures figures, LocalDate asOf) {
        ReportingPeriod window = window(t);
        long agency = t.agency().id();
        Result result = figures.resultOf(agency, t.name(), t.unit(), t.measure(), window)
                .orElse(null);
        ReportingPeriod before = yearBefore(window);
        Change yearOnYear = result == null
                ? null
                : figures.resultOf(agency, t.name(), t.unit(), t.measure(), before)
                        .map(r -> Change.between(t.measure(), r.value(), result.value(), before.label()))
                        .orElse(null);
        Change againstBase = null;
        BigDecimal judged = result == null ? null : result.value();
        if (t.basis() == Basis.CHANGE) {
            judged = null;
            if (result != null) {
                ReportingPeriod base = baseWindow(t);
                BigDecimal baseValue = t.baseValue() != null
                        ? t.baseValue()
                        : figures.resultOf(agency, t.name(), t.unit(), t.measure(), base)
                                .map(Result::value)
                                .orElse(null);
                if (baseValue != null) {
                    againstBase = Change.between(t.measure(), baseValue, result.value(), base.label());
                    judged = againstBase.value();
                }
            }
        }
        boolean due = dueOn(t, asOf);
        Attainment attainment;
        if (!due) {
            attainment = Attainment.NOT_DUE;
        } else if (judged == null) {
            attainment = Attainment.NO_RESULT;
        } else if (t.exceededBy(judged)) {
            attainment = Attainment.EXCEEDED;
        } else if (t.satisfiedBy(judged)) {
            attainment = Attainment.MET;
        } else {
            attainment = Attainment.MISSED;
        }
        return new Judgement(attainment, due, result, yearOnYear, againstBase, judged);
    }
}
