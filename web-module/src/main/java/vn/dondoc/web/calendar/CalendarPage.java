package vn.dondoc.web.calendar;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import vn.dondoc.calendar.boundary.CalendarYear;
import vn.dondoc.calendar.boundary.CalendarYear.DayOffView;
import vn.dondoc.calendar.boundary.CalendarYear.WorkedDayView;
import vn.dondoc.calendar.boundary.Calendars;
import vn.dondoc.calendar.boundary.MovedDayInput;
import vn.dondoc.platform.boundary.BusinessException;
import vn.dondoc.platform.control.VietnameseFormat;
import vn.dondoc.platform.security.Role;
import vn.dondoc.web.identity.SignedInUser;
import vn.dondoc.web.ui.Language;
import vn.dondoc.web.ui.PageGuard;
import vn.dondoc.web.ui.Refusals;

/**
 * Lịch làm việc: a year's days off that are not weekends (Tết and the other holidays of the Labour
 * Code, their compensatory days, the days the tenant moved) and the weekend days worked instead,
 * as {@link Calendars#year} gives them to {@code GET /api/v1/calendar/{year}}. The administrator
 * moves a day or gives it back ({@link Calendars#moveDay}, {@link Calendars#unmoveDay}); the
 * secretariat reads the calendar its deadlines are counted on.
 */
@Named
@ViewScoped
public class CalendarPage implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The boundary's reason for a day off the tenant moved, the one kind that can be given back. */
    static final String MOVED = "MOVED";

    @Inject
    Calendars calendars;

    @Inject
    SignedInUser me;

    @Inject
    Language language;

    private Integer year;
    private CalendarYear shown;

    private LocalDate date;
    private boolean working;
    private String reason;

    /** The page's view action: the administrator and the secretariat; then the tenant's year. */
    public void open() throws IOException {
        if (PageGuard.admits(Role.Names.ADMIN, Role.Names.SECRETARIAT) && shown == null) {
            year = me.getProfile().today().getYear();
            show();
        }
    }

    /** The year's button. */
    public void show() {
        try {
            shown = calendars.year(year);
        } catch (BusinessException refused) {
            Refusals.beside("pick:year", Refusals.text(refused.getMessage(), language.isEnglish()));
        }
    }

    /** Moves the day given, then shows its year. */
    public void move() {
        try {
            shown = calendars.moveDay(MovedDayInput.of(date, working, reason));
            year = shown.year();
            Refusals.done(language.text("calendar.moved").replace("{0}", VietnameseFormat.date(date)));
            date = null;
            working = false;
            reason = null;
        } catch (BusinessException refused) {
            Refusals.beside("move:date", Refusals.text(refused.getMessage(), language.isEnglish()));
        }
    }

    /** Gives a moved day back to what the law makes it. */
    public void unmove(LocalDate day) {
        try {
            shown = calendars.unmoveDay(day);
            Refusals.done(language.text("calendar.unmoved").replace("{0}", VietnameseFormat.date(day)));
        } catch (BusinessException refused) {
            Refusals.beside(null, Refusals.text(refused.getMessage(), language.isEnglish()));
        }
    }

    /** Whether the user may move days: the administrator, as the boundary allows. */
    public boolean isEditable() {
        return PageGuard.has(Role.Names.ADMIN);
    }

    public List<DayOffView> getDaysOff() {
        return shown == null ? List.of() : shown.daysOff();
    }

    public List<WorkedDayView> getWorkedDays() {
        return shown == null ? List.of() : shown.workedWeekendDays();
    }

    /** Whether a day off is one the tenant moved (and so may give back). */
    public boolean moved(DayOffView day) {
        return MOVED.equals(day.reason());
    }

    /** The kind of day off in the page's language ("Tết Nguyên đán"). */
    public String label(DayOffView day) {
        return language.isEnglish() ? day.labelEn() : day.label();
    }

    public Integer getYear() {
        return year;
    }

    public void setYear(Integer year) {
        this.year = year;
    }

    public LocalDate getDate() {
        return date;
    }

    public void setDate(LocalDate date) {
        this.date = date;
    }

    public boolean isWorking() {
        return working;
    }

    public void setWorking(boolean working) {
        this.working = working;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
