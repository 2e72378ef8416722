package vn.dondoc.reporting.control;

import java.util.Comparator;
import java.util.Objects;
import vn.dondoc.reporting.entity.ObligationKind;

/**
 * What identifies one obligation among a document's obligations: the agency that owes it, what it
 * owes, and for a period report the period. Two computations of a document's obligations are
 * compared by this key ({@link Regeneration}); the document itself is not part of it, since one
 * document's obligations are always compared with that same document's.
 *
 * <p>Keys sort by agency code, then the agency plan before the period reports, then periods by
 * cut-off, shorter periods first on a shared cut-off ({@code 2024-H2} before {@code 2024-Y}).
 *
 * @param agencyCode the code (slug) of the agency that owes it, never blank
 * @param period the period reported on for {@link ObligationKind#PERIODIC}; {@code null} for
 *     {@link ObligationKind#DELIVERABLE}, which belongs to no period
 */
public record ObligationKey(String agencyCode, ObligationKind kind, ReportingPeriod period)
        implements Comparable<ObligationKey> {

    private static final Comparator<ObligationKey> ORDER = Comparator.comparing(ObligationKey::agencyCode)
            .thenComparing(ObligationKey::kind)
            .thenComparing(
                    ObligationKey::period,
                    Comparator.nullsFirst(
                            Comparator.comparing(ReportingPeriod::cutOff).thenComparing(ReportingPeriod::kind)));

    public ObligationKey {
        Objects.requireNonNull(kind, "kind");
        if (agencyCode == null || agencyCode.isBlank()) {
            throw new IllegalArgumentException("An obligation is owed by an agency: its code is missing");
        }
        if (kind == ObligationKind.DELIVERABLE && period != null) {
            throw new IllegalArgumentException("An agency's plan belongs to no period, not to " + period);
        }
        if (kind == ObligationKind.PERIODIC && period == null) {
            throw new IllegalArgumentException("A period report needs its period");
        }
    }

    /** The agency's own implementation plan. */
    public static ObligationKey agencyPlan(String agencyCode) {
        return new ObligationKey(agencyCode, ObligationKind.DELIVERABLE, null);
    }

    /** The agency's results report for the period. */
    public static ObligationKey periodReport(String agencyCode, ReportingPeriod period) {
        return new ObligationKey(agencyCode, ObligationKind.PERIODIC, period);
    }

    /** The period's label ({@code 2024-H1}), what is stored and shown; {@code null} for an agency plan. */
    public String periodLabel() {
        return period == null ? null : period.label();
    }

    @Override
    public int compareTo(ObligationKey other) {
        return ORDER.compare(this, other);
    }

    /** {@code so-tu-phap DELIVERABLE}, {@code so-tu-phap 2024-H1}: what a log or message should show. */
    @Override
    public String toString() {
        return agencyCode + " " + (period == null ? kind.name() : period.label());
    }
}
