package vn.dondoc.reporting.control;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One reporting period (kỳ báo cáo) by its label, with the data cut-off (thời gian chốt số liệu) of
 * Nghị định 09/2019/NĐ-CP, Điều 12: every period runs from the 15th to the 14th, so January, Q1, H1
 * and the year all start on 15/12 of the previous year ({@code 2023-Y} = 15/12/2022 – 14/12/2023).
 *
 * <p>Labels: {@code 2024-M03} (month, always two digits), {@code 2024-Q1}…{@code Q4}, {@code
 * 2024-H1}/{@code H2}, {@code 2024-Y}. A period is named after its cut-off: the year, and the month,
 * quarter or half year in which it ends. Labels write the year with four digits, so only the years
 * 1000–9999 have periods.
 *
 * @param number 1–12 for a month, 1–4 for a quarter, 1–2 for a half year, 1 for a year
 */
public record ReportingPeriod(PeriodKind kind, int year, int number) {

    /** The last day of every period; the next one starts the day after. */
    private static final int CUT_OFF_DAY = 14;

    private static final Pattern LABEL = Pattern.compile("([1-9][0-9]{3})-(?:M(0[1-9]|1[0-2])|Q([1-4])|H([12])|(Y))");

    public ReportingPeriod {
        Objects.requireNonNull(kind, "kind");
        if (year < 1000 || year > 9999) {
            throw new IllegalArgumentException("A reporting period's year has four digits, not " + year);
        }
        if (number < 1 || number > kind.perYear()) {
            throw new IllegalArgumentException(
                    "A year has " + kind.perYear() + " period(s) of kind " + kind + ", so not number " + number);
        }
    }

    /**
     * The period a label names, in exactly the form {@link #label()} writes (no spaces, capital
     * letters, a two-digit month).
     *
     * @throws IllegalArgumentException for anything else, with a message naming the label and the
     *     accepted forms, fit to show a user
     */
    public static ReportingPeriod parse(String label) {
        Matcher m = label == null ? null : LABEL.matcher(label);
        if (m == null || !m.matches()) {
            throw new IllegalArgumentException("Kỳ báo cáo không hợp lệ / not a reporting period: "
                    + (label == null ? "null" : "\"" + label + "\"")
                    + ". Dùng / use 2024-M03 (tháng / month 01–12), 2024-Q1 (quý / quarter 1–4),"
                    + " 2024-H1 (6 tháng / half year 1–2), 2024-Y (năm / year).");
        }
        int year = Integer.parseInt(m.group(1));
        if (m.group(2) != null) {
            return new ReportingPeriod(PeriodKind.MONTH, year, Integer.parseInt(m.group(2)));
        }
        if (m.group(3) != null) {
            return new ReportingPeriod(PeriodKind.QUARTER, year, Integer.parseInt(m.group(3)));
        }
        if (m.group(4) != null) {
            return new ReportingPeriod(PeriodKind.HALF_YEAR, year, Integer.parseInt(m.group(4)));
        }
        return new ReportingPeriod(PeriodKind.YEAR, year, 1);
    }

    /** {@code 2024-M03}, {@code 2024-Q1}, {@code 2024-H1} or {@code 2024-Y}; {@link #parse} reads it back. */
    public String label() {
        return switch (kind) {
            case MONTH -> String.format("%d-M%02d", year, number);
            case YEAR -> year + "-Y";
            default -> year + "-" + kind.letter() + number;
        };
    }

    /** The first day whose data the period's report covers: the day after the previous cut-off. */
    public LocalDate firstDay() {
        return cutOff().minusMonths(kind.months()).plusDays(1);
    }

    /** The last day, the data cut-off (ngày chốt số liệu): the 14th of the period's last month. */
    public LocalDate cutOff() {
        return LocalDate.of(year, number * kind.months(), CUT_OFF_DAY);
    }

    /** Whether the day's data belongs to this period's report: from {@link #firstDay} to {@link #cutOff}. */
    public boolean contains(LocalDate day) {
        return !day.isBefore(firstDay()) && !day.isAfter(cutOff());
    }

    /** The period of the same kind that starts the day after this one's cut-off. */
    public ReportingPeriod next() {
        return number < kind.perYear()
                ? new ReportingPeriod(kind, year, number + 1)
                : new ReportingPeriod(kind, year + 1, 1);
    }

    /**
     * The period of that kind whose data includes the day. After the 14th a day belongs to the period
     * that cuts off next month, so 20/12/2023 is in {@code 2024-Y}, {@code 2024-H1}, {@code 2024-Q1} and
     * {@code 2024-M01}, while 14/12/2023 is still in {@code 2023-Y}.
     */
    public static ReportingPeriod containing(PeriodKind kind, LocalDate day) {
        Objects.requireNonNull(kind, "kind");
        YearMonth month = YearMonth.from(day);
        if (day.getDayOfMonth() > CUT_OFF_DAY) {
            month = month.plusMonths(1);
        }
        return new ReportingPeriod(kind, month.getYear(), (month.getMonthValue() - 1) / kind.months() + 1);
    }

    /**
     * Every period of that kind whose cut-off falls on or after {@code from} and on or before {@code
     * to}, in order; none if {@code to} is before {@code from}. A plan issued mid-period owes a report
     * for the period it was issued in: Kế hoạch 204 (21/07/2023, reports every 6 months and every year)
     * gives 2023-H2, 2024-H1, 2024-H2 and 2023-Y, 2024-Y up to 31/12/2024.
     */
    public static List<ReportingPeriod> cutOffBetween(PeriodKind kind, LocalDate from, LocalDate to) {
        Objects.requireNonNull(to, "to");
        List<ReportingPeriod> periods = new ArrayList<>();
        // The period containing `from` is the first whose cut-off is on or after it.
        for (ReportingPeriod p = containing(kind, from); !p.cutOff().isAfter(to); p = p.next()) {
            periods.add(p);
        }
        return List.copyOf(periods);
    }

    /** The label, so that logs and messages show what users see. */
    @Override
    public String toString() {
        return label();
    }
}
