package vn.dondoc.targets.boundary;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import vn.dondoc.targets.control.Change;
import vn.dondoc.targets.control.Judgement;
import vn.dondoc.targets.control.Result;
import vn.dondoc.targets.entity.Target;

/**
 * A target as the API shows it, with its attainment on {@code asOf}: the result (numerator and
 * denominator kept for a rate; {@code oneDecimal} the news's form, 94,3 %), the change against the
 * same period a year earlier and, for a change target, against its base, each with its kind.
 */
public record TargetView(
        long id,
        long documentId,
        Long itemId,
        String agencyCode,
        String agencyName,
        int year,
        String periodLabel,
        String name,
        String unit,
        String measure,
        String direction,
        boolean strict,
        BigDecimal value,
        String basis,
        Integer baseYear,
        String basePeriod,
        BigDecimal baseValue,
        String source,
        String sourceText,
        String createdBy,
        Instant createdAt,
        String updatedBy,
        Instant updatedAt,
        Attainment attainment) {

    /** Where the target stands on {@code asOf}. */
    public record Attainment(
            LocalDate asOf,
            String status,
            String statusName,
            boolean due,
            ResultView result,
            ChangeView yearOnYear,
            ChangeView againstBase,
            BigDecimal judged) {}

    /** A result: {@code value} a count or a percentage to two decimals; numerator/denominator of a rate. */
    public record ResultView(
            BigDecimal numerator,
            BigDecimal denominator,
            BigDecimal value,
            String shown,
            String oneDecimal,
            String periodLabel) {

        static ResultView of(Result r) {
            return r == null
                    ? null
                    : new ResultView(
                            r.numerator(), r.denominator(), r.value(), r.shown(), r.oneDecimal(), r.periodLabel());
        }
    }

    /** A change: {@code kind} PERCENTAGE_POINTS (a rate) or RELATIVE_PERCENT (a count). */
    public record ChangeView(String kind, BigDecimal base, String basePeriod, BigDecimal value, String label) {

        static ChangeView of(Change c) {
            return c == null ? null : new ChangeView(c.kind().name(), c.base(), c.basePeriod(), c.value(), c.label());
        }
    }

    static TargetView of(Target t, Judgement j, LocalDate asOf) {
        return new TargetView(
                t.id(),
                t.documentId(),
                t.itemId(),
                t.agency().code(),
                t.agency().name(),
                t.year(),
                t.periodLabel(),
                t.name(),
                t.unit(),
                t.measure().name(),
                t.direction().name(),
                t.strict(),
                plain(t.value()),
                t.basis().name(),
                t.baseYear(),
                t.basePeriod(),
                t.baseValue() == null ? null : plain(t.baseValue()),
                t.source().name(),
                t.sourceText(),
                t.createdBy(),
                t.createdAt(),
                t.updatedBy(),
                t.updatedAt(),
                new Attainment(
                        asOf,
                        j.attainment().name(),
                        j.attainment().vietnamese() + " / " + j.attainment().english(),
                        j.due(),
                        ResultView.of(j.result()),
                        ChangeView.of(j.yearOnYear()),
                        ChangeView.of(j.againstBase()),
                        j.judged()));
    }

    private static BigDecimal plain(BigDecimal n) {
        BigDecimal s = n.stripTrailingZeros();
        return s.scale() < 0 ? s.setScale(0) : s;
    }
}
