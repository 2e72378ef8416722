package vn.dondoc.platform.control;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Numbers and dates as a Vietnamese administrative document prints them (Nghị định 30/2020/NĐ-CP
 * follows the national standard): a dot groups thousands, a comma marks decimals (1.250; 83,25 %),
 * days as dd/MM/yyyy. For documents people read; files a program reads (CSV) keep plain numbers.
 */
public final class VietnameseFormat {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private VietnameseFormat() {}

    /** 1.250; 12,5; as many decimals as the value has, up to six. */
    public static String number(BigDecimal value) {
        return format("#,##0.######", value);
    }

    /** 1.250 */
    public static String number(long value) {
        return format("#,##0", BigDecimal.valueOf(value));
    }

    /** 83,25 % (the value is already a percentage, not a fraction). */
    public static String percent(BigDecimal value) {
        return format("#,##0.##", value) + " %";
    }

    /**
     * A percentage to one decimal, as the news writes a rate: 94,3 % for 2.897 of 3.073. Rounded half
     * up from the value given, which should be the exact quotient (not one already rounded to two
     * decimals, which could round twice).
     */
    public static String percentOneDecimal(BigDecimal exact) {
        return format("#,##0.0", exact.setScale(1, RoundingMode.HALF_UP)) + " %";
    }

    /** Exactly two decimals, as a score is kept: 83,20. */
    public static String twoDecimals(BigDecimal value) {
        return format("#,##0.00", value);
    }

    /** 20/06/2024 */
    public static String date(LocalDate day) {
        return DATE.format(day);
    }

    private static String format(String pattern, BigDecimal value) {
        DecimalFormatSymbols symbols = new DecimalFormatSymbols(Locale.ROOT);
        symbols.setGroupingSeparator('.');
        symbols.setDecimalSeparator(',');
        DecimalFormat format = new DecimalFormat(pattern, symbols);
        format.setParseBigDecimal(true);
        return format.format(value);
    }
}
