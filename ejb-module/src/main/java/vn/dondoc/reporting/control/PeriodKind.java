package vn.dondoc.reporting.control;

import java.util.Objects;
import vn.dondoc.documents.entity.ReportingFrequency;

/**
 * The length of a reporting period (kỳ báo cáo): hằng tháng, hằng quý, 6 tháng, hằng năm. Each kind
 * divides the year into periods of equal months ending on the 14th (Nghị định 09/2019/NĐ-CP, Điều 12).
 */
public enum PeriodKind {
    /** Tháng: 15 of the previous month – 14 of the month; label {@code 2024-M03}. */
    MONTH('M', 1),
    /** Quý: 15 of the month before the quarter – 14 of its last month; label {@code 2024-Q1}. */
    QUARTER('Q', 3),
    /** 6 tháng: H1 = 15/12 of the previous year – 14/6, H2 = 15/6 – 14/12; label {@code 2024-H1}. */
    HALF_YEAR('H', 6),
    /** Năm: 15/12 of the previous year – 14/12; label {@code 2024-Y}. */
    YEAR('Y', 12);

    private final char letter;
    private final int months;

    PeriodKind(char letter, int months) {
        this.letter = letter;
        this.months = months;
    }

    /** The kind of period a plan's reporting frequency (định kỳ báo cáo) asks a report for. */
    public static PeriodKind of(ReportingFrequency frequency) {
        return switch (Objects.requireNonNull(frequency, "frequency")) {
            case MONTHLY -> MONTH;
            case QUARTERLY -> QUARTER;
            case SEMIANNUAL -> HALF_YEAR;
            case ANNUAL -> YEAR;
        };
    }

    /** The letter after the year in a label: M, Q, H or Y. */
    char letter() {
        return letter;
    }

    /** How many calendar months one period spans. */
    int months() {
        return months;
    }

    /** How many periods of this kind a year has: 12, 4, 2 or 1. */
    public int perYear() {
        return 12 / months;
    }
}
