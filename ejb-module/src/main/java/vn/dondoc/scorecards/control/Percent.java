package vn.dondoc.scorecards.control;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;

/**
 * Percentages with two decimals, rounded once, on the exact fraction, in the direction that never
 * flatters an agency: a rate in its favour (completed, on time, received) is rounded down, a rate
 * against it (overdue) up. The government's own 2017 figures are rounded so: 16,051 of 16,274 due
 * tasks completed is 98.6297… %, published as 98.62 %, and 223 overdue, 1.3703… %, as 1.38 % (half
 * up would give 98.63 % and 1.37 %). D-032 gives the reasons.
 */
public final class Percent {

    private static final BigInteger HUNDRED = BigInteger.valueOf(100);

    private Percent() {}

    /** {@code part} of {@code whole} in favour of the agency, rounded down; {@code null} when {@code whole} is 0. */
    public static BigDecimal favourable(long part, long whole) {
        return of(BigInteger.valueOf(part), BigInteger.valueOf(whole), RoundingMode.DOWN);
    }

    /** {@code part} of {@code whole} against the agency, rounded up; {@code null} when {@code whole} is 0. */
    public static BigDecimal unfavourable(long part, long whole) {
        return of(BigInteger.valueOf(part), BigInteger.valueOf(whole), RoundingMode.UP);
    }

    /** The exact fraction {@code numerator / denominator}, as a percentage rounded down to two decimals. */
    static BigDecimal favourable(BigInteger numerator, BigInteger denominator) {
        return of(numerator, denominator, RoundingMode.DOWN);
    }

    private static BigDecimal of(BigInteger part, BigInteger whole, RoundingMode rounding) {
        if (part.signum() < 0 || whole.signum() < 0 || part.compareTo(whole) > 0) {
            throw new IllegalArgumentException(part + " of " + whole);
        }
        if (whole.signum() == 0) {
            return null;
        }
        return new BigDecimal(part.multiply(HUNDRED)).divide(new BigDecimal(whole), 2, rounding);
    }
}
