package vn.dondoc.calendar.control;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The public holidays (ngày nghỉ lễ, tết) of one year by the Labour Code, Bộ luật Lao động 2019,
 * Điều 112, and their compensatory days (nghỉ bù, Điều 111 khoản 3): the same for every tenant.
 *
 * <p>The eleven days: Tết Dương lịch 1/1; Tết Nguyên đán, five days, the last day of the lunar year
 * and mùng 1 to mùng 4; Giỗ Tổ Hùng Vương 10/3 âm lịch; Ngày Chiến thắng 30/4; Ngày Quốc tế Lao động
 * 1/5; Quốc khánh 2/9 and one day next to it, 1/9, or 3/9 when 1/9 is a Saturday or Sunday. The Prime
 * Minister fixes each year which five days of Tết and which day next to 2/9 are taken; where that
 * decision differs from these defaults, the tenant records it as moved days ({@link MovedDay}). The
 * Code took effect on 01/01/2021 and is applied to every year asked for: 2020, under the 2012 Code,
 * had only 2/9.
 */
public final class PublicHolidays {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    /** Holidays are national and each year needs ICU's astronomy, so each year is computed once. */
    private static final Map<Integer, Year> YEARS = new ConcurrentHashMap<>();

    private record Year(List<DayOff> days, Map<LocalDate, DayOff> byDate) {}

    private PublicHolidays() {}

    /**
     * The holidays and compensatory days of {@code year}, in date order; a compensatory day's note
     * names its holiday.
     */
    public static List<DayOff> of(int year) {
        return year(year).days();
    }

    /** The holiday or compensatory day on {@code date}, if it is one. */
    static Optional<DayOff> on(LocalDate date) {
        return Optional.ofNullable(year(date.getYear()).byDate().get(date));
    }

    private static Year year(int year) {
        return YEARS.computeIfAbsent(year, PublicHolidays::compute);
    }

    private static Year compute(int year) {
        List<DayOff> holidays = holidays(year);
        List<DayOff> days = new ArrayList<>(holidays);
        days.addAll(compensatoryDays(holidays));
        days.sort(Comparator.comparing(DayOff::date));
        // Two holidays on one date (Giỗ Tổ fell on 30/4 in 1947; never from 1948 to 2200) both stay listed;
        // the lookup by date needs only one of them.
        return new Year(
                List.copyOf(days),
                days.stream()
                        .collect(Collectors.toUnmodifiableMap(
                                DayOff::date, Function.identity(), (first, second) -> first)));
    }

    /** The eleven days of Điều 112, khoản 1, in date order. */
    private static List<DayOff> holidays(int year) {
        List<DayOff> days = new ArrayList<>();
        days.add(new DayOff(LocalDate.of(year, 1, 1), DayOffReason.NEW_YEAR, "Ngày 1/1"));

        LocalDate mungMot = LunarCalendar.newYear(year);
        LocalDate lastDay = mungMot.minusDays(1);
        // The last lunar month has 29 or 30 days; the notices name the day by its number.
        long lastMonthLength = ChronoUnit.DAYS.between(LunarCalendar.solarDate(year - 1, 12, 1), mungMot);
        days.add(new DayOff(lastDay, DayOffReason.TET, lastMonthLength + " tháng Chạp"));
        for (int day = 1; day <= 4; day++) {
            days.add(new DayOff(mungMot.plusDays(day - 1), DayOffReason.TET, "Mùng " + day + " Tết"));
        }

        days.add(new DayOff(LunarCalendar.solarDate(year, 3, 10), DayOffReason.HUNG_KINGS, "Mùng 10 tháng 3 Âm lịch"));
        days.add(new DayOff(LocalDate.of(year, 4, 30), DayOffReason.REUNIFICATION, "Ngày 30/4"));
        days.add(new DayOff(LocalDate.of(year, 5, 1), DayOffReason.LABOUR_DAY, "Ngày 1/5"));

        LocalDate nationalDay = LocalDate.of(year, 9, 2);
        days.add(new DayOff(nationalDay, DayOffReason.NATIONAL_DAY, "Ngày 2/9"));
        // The day before, as the government chose in 2023 and 2025; a Saturday or Sunday before would
        // add no day off, so then the day after, as in 2024.
        LocalDate before = nationalDay.minusDays(1);
        LocalDate adjacent = isWeekend(before) ? nationalDay.plusDays(1) : before;
        days.add(new DayOff(adjacent, DayOffReason.NATIONAL_DAY, "Ngày liền kề Quốc khánh 2/9"));

        days.sort(Comparator.comparing(DayOff::date));
        return days;
    }

    /**
     * One compensatory day for each holiday on a Saturday or Sunday: the first day after it that is
     * neither a weekend day, nor a holiday, nor already another holiday's compensatory day. Holidays
     * are served in date order, so a weekend inside Tết is compensated after Tết's last day, and two
     * holidays in one weekend get two days.
     */
    private static List<DayOff> compensatoryDays(List<DayOff> holidays) {
        Set<LocalDate> taken = new HashSet<>();
        holidays.forEach(holiday -> taken.add(holiday.date()));
        List<DayOff> compensatory = new ArrayList<>();
        for (DayOff holiday : holidays) {
            if (!isWeekend(holiday.date())) {
                continue;
            }
            LocalDate day = holiday.date().plusDays(1);
            while (isWeekend(day) || taken.contains(day)) {
                day = day.plusDays(1);
            }
            taken.add(day);
            compensatory.add(new DayOff(day, DayOffReason.COMPENSATORY, "Nghỉ bù " + name(holiday)));
        }
        return compensatory;
    }

    /** "Mùng 1 Tết, thứ Bảy 10/02/2024" or "Ngày Chiến thắng, Chủ nhật 30/04/2023". */
    private static String name(DayOff holiday) {
        String which = holiday.reason() == DayOffReason.TET
                ? holiday.note()
                : holiday.reason().vi();
        String weekday = holiday.date().getDayOfWeek() == DayOfWeek.SATURDAY ? "thứ Bảy" : "Chủ nhật";
        return which + ", " + weekday + " " + DAY.format(holiday.date());
    }

    static boolean isWeekend(LocalDate date) {
        DayOfWeek day = date.getDayOfWeek();
        return day == DayOfWeek.SATURDAY || day == DayOfWeek.SUNDAY;
    }
}
