package vn.dondoc.calendar.boundary;

import java.time.LocalDate;
import java.util.List;

/**
 * A tenant's calendar for one year as the API shows it (lịch làm việc): every day off that is not
 * a Saturday or Sunday, and why; and the weekend days worked in exchange.
 */
public record CalendarYear(int year, List<DayOffView> daysOff, List<WorkedDayView> workedWeekendDays) {

    /**
     * @param reason the kind: NEW_YEAR, TET, HUNG_KINGS, REUNIFICATION, LABOUR_DAY, NATIONAL_DAY,
     *     COMPENSATORY (nghỉ bù) or MOVED (by the tenant)
     * @param label the kind in Vietnamese, {@code labelEn} in English
     * @param note the day in particular ("Mùng 1 Tết", or the reason the tenant gave)
     */
    public record DayOffView(LocalDate date, String reason, String label, String labelEn, String note) {}

    public record WorkedDayView(LocalDate date, String reason) {}
}
