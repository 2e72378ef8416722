package vn.dondoc.targets.control;

import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import vn.dondoc.reporting.control.ReportingPeriod;
import vn.dondoc.targets.entity.Basis;
import vn.dondoc.targets.entity.Target;

/**
 * Judges many targets on one day with one read of the accepted figures: those of the targets'
 * agencies, for their periods, a year before them and their bases, accepted before {@code cut}.
 */
public final class Standings {

    private final AcceptedFigures figures;
    private final LocalDate asOf;

    private Standings(AcceptedFigures figures, LocalDate asOf) {
        this.figures = figures;
        this.asOf = asOf;
    }

    /** Ready to judge {@code targets} on {@code asOf} with the reports accepted before {@code cut}. */
    public static Standings of(EntityManager em, Collection<Target> targets, LocalDate asOf, Instant cut) {
        if (targets.isEmpty()) {
            return new Standings(new AcceptedFigures(java.util.Map.of()), asOf);
        }
        LocalDate from = null;
        LocalDate to = null;
        for (Target t : targets) {
            ReportingPeriod w = Judgement.window(t);
            List<ReportingPeriod> periods = t.basis() == Basis.CHANGE
                    ? List.of(w, Judgement.yearBefore(w), Judgement.baseWindow(t))
                    : List.of(w, Judgement.yearBefore(w));
            for (ReportingPeriod p : periods) {
                from = from == null || p.firstDay().isBefore(from) ? p.firstDay() : from;
                to = to == null || p.cutOff().isAfter(to) ? p.cutOff() : to;
            }
        }
        Set<Long> agencies = targets.stream().map(t -> t.agency().id()).collect(Collectors.toSet());
        return new Standings(AcceptedFigures.load(em, agencies, from, to, cut), asOf);
    }

    public Judgement judge(Target t) {
        return Judgement.of(t, figures, asOf);
    }

    public LocalDate asOf() {
        return asOf;
    }
}
