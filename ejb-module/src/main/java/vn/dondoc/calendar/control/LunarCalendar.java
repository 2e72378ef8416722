package vn.dondoc.calendar.control;

import com.ibm.icu.util.Calendar;
import com.ibm.icu.util.ChineseCalendar;
import com.ibm.icu.util.SimpleTimeZone;
import com.ibm.icu.util.TimeZone;
import com.ibm.icu.util.ULocale;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * A lunar date (âm lịch) → its solar date (dương lịch), for Vietnam's meridian. The Vietnamese lunar
 * calendar is the Chinese one computed at UTC+7 instead of UTC+8, so a new moon late in the evening
 * starts a month here a day before it does in China: Tết 2007 was 17/02 in Vietnam, 18/02 in China.
 */
public final class LunarCalendar {

    /** UTC+7, Vietnam's legal time (105° E), the meridian the official âm lịch is computed for. */
    static final ZoneOffset VIETNAM = ZoneOffset.ofHours(7);

    private static final TimeZone VIETNAM_ZONE = new SimpleTimeZone(7 * 60 * 60 * 1000, "UTC+07:00").freeze();

    private LunarCalendar() {}

    /**
     * The solar date of day {@code lunarDay} of month {@code lunarMonth} of a lunar year. The lunar
     * year is named by the solar year it begins in: 2024 is năm Giáp Thìn, from 10/02/2024 to
     * 28/01/2025. Months are the regular ones, never a leap month (tháng nhuận): in 2023, a year with
     * a leap second month, month 3 is the one after it.
     *
     * @throws DateTimeException if the month has no such day (a month has 29 or 30 days) or the month
     *     is not 1–12
     */
    public static LocalDate solarDate(int lunarYear, int lunarMonth, int lunarDay) {
        if (lunarMonth < 1 || lunarMonth > 12 || lunarDay < 1 || lunarDay > 30) {
            throw new DateTimeException("No lunar date " + lunarDay + "/" + lunarMonth + " (months 1–12, days 1–30)");
        }
        Calendar calendar = new VietnameseLunarCalendar();
        // 1 March always lies in the lunar year that began that spring (mùng 1 Tết falls between
        // 21/01 and 20/02), so it gives the year in ICU's own numbering. That numbering is read, never
        // computed: ICU's documentation counts EXTENDED_YEAR from 2637 BCE, ICU 78.1 from 1 CE.
        calendar.setTimeInMillis(noon(LocalDate.of(lunarYear, 3, 1)));
        int year = calendar.get(Calendar.EXTENDED_YEAR);
        calendar.clear();
        calendar.set(Calendar.EXTENDED_YEAR, year);
        calendar.set(Calendar.MONTH, lunarMonth - 1);
        calendar.set(Calendar.IS_LEAP_MONTH, 0);
        calendar.set(Calendar.DAY_OF_MONTH, lunarDay);
        calendar.set(Calendar.HOUR_OF_DAY, 12);
        LocalDate date = Instant.ofEpochMilli(calendar.getTimeInMillis())
                .atOffset(VIETNAM)
                .toLocalDate();
        // ICU is lenient: day 30 of a 29-day month silently becomes day 1 of the next month.
        if (calendar.get(Calendar.EXTENDED_YEAR) != year
                || calendar.get(Calendar.MONTH) != lunarMonth - 1
                || calendar.get(Calendar.IS_LEAP_MONTH) != 0
                || calendar.get(Calendar.DAY_OF_MONTH) != lunarDay) {
            throw new DateTimeException(
                    "Month " + lunarMonth + " of lunar year " + lunarYear + " has no day " + lunarDay);
        }
        return date;
    }

    /** Mùng 1 Tết: the first day of the lunar year that begins in {@code year}. */
    public static LocalDate newYear(int year) {
        return solarDate(year, 1, 1);
    }

    /**
     * The last day of a lunar year, 29 or 30 tháng Chạp: the eve of the next year's mùng 1 Tết, so in
     * solar year {@code lunarYear + 1}.
     */
    public static LocalDate lastDayOfYear(int lunarYear) {
        return newYear(lunarYear + 1).minusDays(1);
    }

    private static long noon(LocalDate date) {
        return date.atTime(12, 0).toInstant(VIETNAM).toEpochMilli();
    }

    /**
     * ICU's Chinese calendar with its astronomy done at UTC+7. ICU has no public way to choose the
     * meridian; the constructor Korea's DangiCalendar uses for its own is protected and marked
     * internal (deprecated), hence this subclass. Tests pin the dates it must give, so an ICU
     * upgrade that changes the constructor or its results fails the build. Not thread-safe, like
     * every ICU calendar: one per computation.
     */
    private static final class VietnameseLunarCalendar extends ChineseCalendar {

        private static final long serialVersionUID = 1L;

        @SuppressWarnings("deprecation")
        VietnameseLunarCalendar() {
            super(VIETNAM_ZONE, ULocale.ROOT, VIETNAM_ZONE);
        }
    }
}
