package vn.dondoc.calendar.control;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * The days of the new moons at a meridian, by Meeus, Astronomical Algorithms (2nd ed., chapter 49):
 * an oracle for {@link LunarCalendar} that shares nothing with ICU, accurate to well under a minute
 * for these years.
 */
final class NewMoons {

    /** Terrestrial minus universal time around 2020–2040, in seconds; its error is a few seconds. */
    private static final double DELTA_T = 69;

    private NewMoons() {}

    /** The instant of new moon number {@code k}, counted from the one of 6 January 2000. */
    static Instant newMoon(int k) {
        double t = k / 1236.85;
        double t2 = t * t;
        double t3 = t2 * t;
        double t4 = t3 * t;
        double jde = 2451550.09766 + 29.530588861 * k + 0.00015437 * t2 - 0.000000150 * t3 + 0.00000000073 * t4;
        double e = 1 - 0.002516 * t - 0.0000074 * t2;
        double m = Math.toRadians(2.5534 + 29.10535670 * k - 0.0000014 * t2 - 0.00000011 * t3);
        double mm = Math.toRadians(201.5643 + 385.81693528 * k + 0.0107582 * t2 + 0.00001238 * t3 - 0.000000058 * t4);
        double f = Math.toRadians(160.7108 + 390.67050284 * k - 0.0016118 * t2 - 0.00000227 * t3 + 0.000000011 * t4);
        double omega = Math.toRadians(124.7746 - 1.56375588 * k + 0.0020672 * t2 + 0.00000215 * t3);
        double correction = -0.40720 * Math.sin(mm)
                + 0.17241 * e * Math.sin(m)
                + 0.01608 * Math.sin(2 * mm)
                + 0.01039 * Math.sin(2 * f)
                + 0.00739 * e * Math.sin(mm - m)
                - 0.00514 * e * Math.sin(mm + m)
                + 0.00208 * e * e * Math.sin(2 * m)
                - 0.00111 * Math.sin(mm - 2 * f)
                - 0.00057 * Math.sin(mm + 2 * f)
                + 0.00056 * e * Math.sin(2 * mm + m)
                - 0.00042 * Math.sin(3 * mm)
                + 0.00042 * e * Math.sin(m + 2 * f)
                + 0.00038 * e * Math.sin(m - 2 * f)
                - 0.00024 * e * Math.sin(2 * mm - m)
                - 0.00017 * Math.sin(omega)
                - 0.00007 * Math.sin(mm + 2 * m)
                + 0.00004 * Math.sin(2 * mm - 2 * f)
                + 0.00004 * Math.sin(3 * m)
                + 0.00003 * Math.sin(mm + m - 2 * f)
                + 0.00003 * Math.sin(2 * mm + 2 * f)
                - 0.00003 * Math.sin(mm + m + 2 * f)
                + 0.00003 * Math.sin(mm - m + 2 * f)
                - 0.00002 * Math.sin(mm - m - 2 * f)
                - 0.00002 * Math.sin(3 * mm + m)
                + 0.00002 * Math.sin(4 * mm);
        double[][] planetary = {
            {0.000325, 299.77, 0.107408}, {0.000165, 251.88, 0.016321}, {0.000164, 251.83, 26.651886},
            {0.000126, 349.42, 36.412478}, {0.000110, 84.66, 18.206239}, {0.000062, 141.74, 53.303771},
            {0.000060, 207.14, 2.453732}, {0.000056, 154.84, 7.306860}, {0.000047, 34.52, 27.261239},
            {0.000042, 207.19, 0.121824}, {0.000040, 291.34, 1.844379}, {0.000037, 161.72, 24.198154},
            {0.000035, 239.56, 25.513099}, {0.000023, 331.55, 3.592518}
        };
        for (int i = 0; i < planetary.length; i++) {
            double argument = planetary[i][1] + planetary[i][2] * k - (i == 0 ? 0.009173 * t2 : 0);
            correction += planetary[i][0] * Math.sin(Math.toRadians(argument));
        }
        double julianDayUt = jde + correction - DELTA_T / 86400;
        return Instant.ofEpochMilli(Math.round((julianDayUt - 2440587.5) * 86_400_000));
    }

    /** The local day of new moon {@code k} at a meridian. */
    static LocalDate day(int k, ZoneOffset meridian) {
        return newMoon(k).atOffset(meridian).toLocalDate();
    }
}
