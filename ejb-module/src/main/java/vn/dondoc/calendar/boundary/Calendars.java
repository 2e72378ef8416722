package vn.dondoc.calendar.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import vn.dondoc.audit.boundary.AuditTarget;
import vn.dondoc.audit.boundary.Audited;
import vn.dondoc.audit.boundary.ReadOnly;
import vn.dondoc.calendar.boundary.CalendarYear.DayOffView;
import vn.dondoc.calendar.boundary.CalendarYear.WorkedDayView;
import vn.dondoc.calendar.control.MovedDay;
import vn.dondoc.calendar.control.WorkingCalendar;
import vn.dondoc.calendar.entity.DayChange;
import vn.dondoc.platform.boundary.InvalidInput;
import vn.dondoc.platform.boundary.NotFound;
import vn.dondoc.platform.security.Role;
import vn.dondoc.tenancy.boundary.TenantBound;

/**
 * The tenant's working-day calendar (lịch làm việc): weekends, the Labour Code's public holidays
 * and their compensatory days, computed; and the days the tenant moves each year, stored.
 */
@Stateless
@TenantBound
@RolesAllowed({
    Role.Names.ADMIN,
    Role.Names.SECRETARIAT,
    Role.Names.AGENCY_OFFICER,
    Role.Names.AGENCY_HEAD,
    Role.Names.LEADER
})
public class Calendars {

    /** The years the calendar answers for: its lunar reckoning is checked well beyond them. */
    static final int FIRST_YEAR = 2000;

    static final int LAST_YEAR = 2100;

    @PersistenceContext
    EntityManager em;

    @Inject
    Event<CalendarChanged> changed;

    @ReadOnly
    public CalendarYear year(int year) {
        checkYear(year);
        WorkingCalendar calendar = new WorkingCalendar(moved(year));
        return new CalendarYear(
                year,
                calendar.daysOff(year).stream()
                        .map(d -> new DayOffView(
                                d.date(),
                                d.reason().name(),
                                d.reason().vi(),
                                d.reason().en(),
                                d.note()))
                        .toList(),
                calendar.workedWeekendDays(year).stream()
                        .map(d -> new WorkedDayView(d.date(), d.reason()))
                        .toList());
    }

    /**
     * Sets the days moved in that year, as the government's notice for the year says: replaces
     * the year's earlier list. A day made a day off must be a working day otherwise, and a day
     * made a working day must be a day off otherwise.
     */
    @Audited("calendar.move-days")
    @RolesAllowed(Role.Names.ADMIN)
    public CalendarYear moveDays(@AuditTarget int year, @NotNull List<@NotNull @Valid MovedDayInput> days) {
        return replace(year, days);
    }

    /**
     * Moves one more day of its year, keeping the year's other moved days; checked as {@link
     * #moveDays} checks a list (a day already moved is given twice).
     */
    @Audited("calendar.move-day")
    @RolesAllowed(Role.Names.ADMIN)
    public CalendarYear moveDay(@AuditTarget @NotNull @Valid MovedDayInput day) {
        int year = day.date.getYear();
        List<MovedDayInput> days = new ArrayList<>(stored(year));
        days.add(day);
        return replace(year, days);
    }

    /** Gives a moved day back to what the law makes it; the year's other moved days stay. */
    @Audited("calendar.unmove-day")
    @RolesAllowed(Role.Names.ADMIN)
    public CalendarYear unmoveDay(@AuditTarget @NotNull LocalDate date) {
        List<MovedDayInput> days = new ArrayList<>(stored(date.getYear()));
        if (!days.removeIf(d -> d.date.equals(date))) {
            throw new NotFound("Ngày " + date + " không phải ngày hoán đổi / " + date + " is not a moved day");
        }
        return replace(date.getYear(), days);
    }

    private List<MovedDayInput> stored(int year) {
        checkYear(year);
        return em.createNamedQuery(DayChange.BETWEEN, DayChange.class)
                .setParameter("from", LocalDate.of(year, 1, 1))
                .setParameter("to", LocalDate.of(year, 12, 31))
                .getResultStream()
                .map(d -> MovedDayInput.of(d.day(), d.working(), d.reason()))
                .toList();
    }

    private CalendarYear replace(int year, List<MovedDayInput> days) {
        checkYear(year);
        WorkingCalendar unmoved = new WorkingCalendar(List.of());
        Set<LocalDate> seen = new HashSet<>();
        for (MovedDayInput day : days) {
            if (day.date.getYear() != year) {
                throw new InvalidInput(
                        "Ngày " + day.date + " không thuộc năm " + year + " / " + day.date + " is not in " + year);
            }
            if (!seen.add(day.date)) {
                throw new InvalidInput("Ngày " + day.date + " có hai lần / " + day.date + " is given twice");
            }
            if (day.working == unmoved.isWorkingDay(day.date)) {
                throw new InvalidInput(
                        day.working
                                ? "Ngày " + day.date + " vốn là ngày làm việc / " + day.date
                                        + " is a working day already"
                                : "Ngày " + day.date + " vốn là ngày nghỉ / " + day.date + " is a day off already");
            }
        }
        em.createQuery("DELETE FROM DayChange d WHERE d.day BETWEEN :from AND :to")
                .setParameter("from", LocalDate.of(year, 1, 1))
                .setParameter("to", LocalDate.of(year, 12, 31))
                .executeUpdate();
        days.forEach(d -> em.persist(new DayChange(d.date, d.working, d.reason.strip())));
        em.flush();
        changed.fire(new CalendarChanged(year));
        return year(year);
    }

    /**
     * The days moved in the year and next to it: a compensatory day or a count of working days
     * may cross into the next year.
     */
    private List<MovedDay> moved(int year) {
        return em.createNamedQuery(DayChange.BETWEEN, DayChange.class)
                .setParameter("from", LocalDate.of(year - 1, 12, 1))
                .setParameter("to", LocalDate.of(year + 1, 1, 31))
                .getResultStream()
                .map(d -> new MovedDay(d.day(), d.working(), d.reason()))
                .toList();
    }

    private static void checkYear(int year) {
        if (year < FIRST_YEAR || year > LAST_YEAR) {
            throw new InvalidInput("Năm phải từ " + FIRST_YEAR + " đến " + LAST_YEAR + " / The year must be within "
                    + FIRST_YEAR + "–" + LAST_YEAR);
        }
    }
}
