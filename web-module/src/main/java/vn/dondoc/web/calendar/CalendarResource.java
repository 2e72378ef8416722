package vn.dondoc.web.calendar;

import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import vn.dondoc.calendar.boundary.CalendarYear;
import vn.dondoc.calendar.boundary.Calendars;
import vn.dondoc.calendar.boundary.MovedDayInput;

@Path("calendar")
@Produces(MediaType.APPLICATION_JSON)
public class CalendarResource {

    @Inject
    Calendars calendars;

    @GET
    @Path("{year}")
    @Operation(
            summary = "Lịch làm việc của năm / The year's working-day calendar",
            description = "{year, daysOff: [{date, reason, label, labelEn, note}], workedWeekendDays: [{date, "
                    + "reason}]}: every day off that is not a Saturday or Sunday (public holidays of the Labour "
                    + "Code, lunar ones for Vietnam's meridian; compensatory days; the days the tenant moved), and "
                    + "the weekend days worked in exchange.")
    public CalendarYear year(@PathParam("year") int year) {
        return calendars.year(year);
    }

    @PUT
    @Path("{year}/moved-days")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Đặt các ngày hoán đổi của năm (ADMIN) / Set the year's moved days (ADMIN)",
            description = "Body: [{date, working, reason}] — a working day made a day off (working: false) or a "
                    + "day off made a working day (working: true); replaces the year's earlier list. Answers the "
                    + "year's calendar.")
    public CalendarYear moveDays(
            @PathParam("year") int year, @NotNull @Valid List<@NotNull @Valid MovedDayInput> days) {
        return calendars.moveDays(year, days);
    }
}
