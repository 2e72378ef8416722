package vn.dondoc.targets.control;

import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.text.Normalizer;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import vn.dondoc.reporting.control.ReportingPeriod;
import vn.dondoc.reporting.entity.ObligationKind;
import vn.dondoc.reporting.entity.ObligationStatus;
import vn.dondoc.targets.entity.Measure;

/**
 * The figures of the reports accepted by a moment, read once for a set of agencies and days, from
 * which targets take their results.
 *
 * <p>The matching rule (D-047): a figure answers a target when it is the same agency's, its report's
 * period lies within the target's year or period, and its name and unit are the target's once both
 * are put in NFC, lower case and single spaces (diacritics kept: "Số vụ" is not "Sổ vụ"). A rate
 * target (unit %) takes a share of the same name (numerator of denominator, whatever the unit) or a
 * figure in %; a count target takes a figure of the same name and unit without a denominator.
 * Counts in these reports are cumulative (lũy kế), so the report of the latest period in the window
 * answers, in its latest version accepted by the moment; several matching figures in it add up (a
 * share as Σ numerators ÷ Σ denominators).
 */
public final class AcceptedFigures {

    /** One figure of an accepted report version. */
    record Figure(
            long agencyId,
            long obligationId,
            LocalDate periodFrom,
            LocalDate periodTo,
            String periodLabel,
            int reportNumber,
            String name,
            String unit,
            BigDecimal numerator,
            BigDecimal denominator) {}

    private final Map<Long, List<Figure>> byAgency;

    AcceptedFigures(Map<Long, List<Figure>> byAgency) {
        this.byAgency = byAgency;
    }

    /**
     * The figures of the periodic reports of {@code agencyIds} (every agency when {@code null})
     * accepted before {@code cut}, for periods within {@code from}–{@code to}; of each obligation the
     * latest version accepted by then.
     */
    public static AcceptedFigures load(
            EntityManager em, Collection<Long> agencyIds, LocalDate from, LocalDate to, Instant cut) {
        if (agencyIds != null && agencyIds.isEmpty()) {
            return new AcceptedFigures(Map.of());
        }
        String jpql = "SELECT o.agency.id, o.id, o.periodFrom, o.periodTo, o.periodLabel, r.number, f.name, f.unit,"
                + " f.numerator, f.denominator FROM ReportFigure f JOIN f.entry e JOIN e.report r JOIN r.obligation o"
                + " WHERE r.status = :accepted AND r.updatedAt < :cut AND o.kind = :periodic"
                + " AND o.periodFrom >= :from AND o.periodTo <= :to"
                + (agencyIds == null ? "" : " AND o.agency.id IN :agencies");
        var query = em.createQuery(jpql, Object[].class)
                .setParameter("accepted", ObligationStatus.ACCEPTED)
                .setParameter("cut", cut)
                .setParameter("periodic", ObligationKind.PERIODIC)
                .setParameter("from", from)
                .setParameter("to", to);
        if (agencyIds != null) {
            query.setParameter("agencies", agencyIds);
        }
        Map<Long, Integer> latest = new HashMap<>();
        List<Figure> all = new ArrayList<>();
        for (Object[] row : query.getResultList()) {
            Figure f = new Figure(
                    (Long) row[0],
                    (Long) row[1],
                    (LocalDate) row[2],
                    (LocalDate) row[3],
                    (String) row[4],
                    (Integer) row[5],
                    (String) row[6],
                    (String) row[7],
                    (BigDecimal) row[8],
                    (BigDecimal) row[9]);
            all.add(f);
            latest.merge(f.obligationId(), f.reportNumber(), Math::max);
        }
        Map<Long, List<Figure>> byAgency = new HashMap<>();
        for (Figure f : all) {
            if (latest.get(f.obligationId()) == f.reportNumber()) {
                byAgency.computeIfAbsent(f.agencyId(), k -> new ArrayList<>()).add(f);
            }
        }
        return new AcceptedFigures(byAgency);
    }

    /** What the accepted figures say of a target's measure in a period, if anything. */
    public Optional<Result> resultOf(long agencyId, String name, String unit, Measure measure, ReportingPeriod window) {
        String wantedName = key(name);
        String wantedUnit = key(unit);
        List<Figure> matching = byAgency.getOrDefault(agencyId, List.of()).stream()
                .filter(f -> !f.periodFrom().isBefore(window.firstDay())
                        && !f.periodTo().isAfter(window.cutOff()))
                .filter(f -> key(f.name()).equals(wantedName))
                .filter(f -> measure == Measure.RATE
                        ? f.denominator() != null || "%".equals(key(f.unit()))
                        : f.denominator() == null && key(f.unit()).equals(wantedUnit))
                .toList();
        if (matching.isEmpty()) {
            return Optional.empty();
        }
        Figure last = matching.stream()
                .max(Comparator.comparing(Figure::periodTo).thenComparing(Figure::obligationId))
                .orElseThrow();
        List<Figure> answer = matching.stream()
                .filter(f -> f.periodTo().equals(last.periodTo()))
                .toList();
        if (measure == Measure.RATE) {
            List<Figure> shares =
                    answer.stream().filter(f -> f.denominator() != null).toList();
            if (!shares.isEmpty()) {
                BigDecimal n = shares.stream().map(Figure::numerator).reduce(BigDecimal.ZERO, BigDecimal::add);
                BigDecimal d = shares.stream().map(Figure::denominator).reduce(BigDecimal.ZERO, BigDecimal::add);
                return d.signum() == 0 ? Optional.empty() : Optional.of(Result.rate(n, d, last.periodLabel()));
            }
            return Optional.of(Result.of(Measure.RATE, answer.get(0).numerator(), last.periodLabel()));
        }
        BigDecimal sum = answer.stream().map(Figure::numerator).reduce(BigDecimal.ZERO, BigDecimal::add);
        return Optional.of(Result.of(Measure.COUNT, sum, last.periodLabel()));
    }

    /** What two names or units must share to match: NFC, lower case, single spaces; none is "". */
    public static String key(String text) {
        if (text == null) {
            return "";
        }
        return Normalizer.normalize(text, Normalizer.Form.NFC)
                .strip()
                .replaceAll("\\s+", " ")
                .toLowerCase(Locale.forLanguageTag("vi"));
    }
}
