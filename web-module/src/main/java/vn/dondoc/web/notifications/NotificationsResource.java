package vn.dondoc.web.notifications;

import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.eclipse.microprofile.openapi.annotations.Operation;
import vn.dondoc.notifications.boundary.NoticeView;
import vn.dondoc.notifications.boundary.Notifications;
import vn.dondoc.notifications.boundary.Reminders;
import vn.dondoc.platform.boundary.InvalidInput;
import vn.dondoc.web.platform.Paging;

@Path("notifications")
@Produces(MediaType.APPLICATION_JSON)
public class NotificationsResource {

    @Inject
    Notifications notifications;

    @Inject
    Reminders reminders;

    @GET
    @Operation(
            summary = "Hộp thư thông báo của người gọi / The caller's own notifications",
            description = "Reminders, escalations and digests sent to the caller, newest first: [{id, kind, "
                    + "occurrence, subject, body, link, agencyCode, obligationId, createdAt, read, readAt}]. "
                    + "Paged: X-Total-Count and Link headers.")
    public Response inbox(
            @QueryParam("page") @DefaultValue("0") int page,
            @QueryParam("size") @DefaultValue("50") int size,
            @Context UriInfo uri) {
        Paging.check(page, size);
        return Paging.ok(notifications.inbox(page, size), uri);
    }

    @POST
    @Path("{id}/read")
    @Operation(
            summary = "Đánh dấu đã đọc / Mark a notification read",
            description = "Only the caller's own; anyone else's answers 404.")
    public NoticeView read(@PathParam("id") long id) {
        return notifications.markRead(id);
    }

    @POST
    @Path("reminders")
    @Operation(
            summary = "Chạy lại nhắc việc của một ngày (ADMIN) / Replay the reminders of a day (ADMIN)",
            description = "Query: day=YYYY-MM-DD, today or a past day the daily job missed. Records what falls due "
                    + "on that working day, each notice once whatever ran before; a day off records nothing. "
                    + "Answers {day, workingDay, notices, deliveries}; e-mail and webhook go out within minutes.")
    public Reminders.Result replay(@QueryParam("day") String day) {
        try {
            return reminders.replay(day == null ? null : LocalDate.parse(day));
        } catch (DateTimeParseException e) {
            throw new InvalidInput("day: YYYY-MM-DD");
        }
    }

    @GET
    @Path("log")
    @Operation(
            summary = "Nhật ký gửi thông báo (SECRETARIAT, ADMIN) / The log of what was sent",
            description =
                    "Every notice of the tenant, newest first, with each channel (INBOX, EMAIL, WEBHOOK): "
                            + "address, status (SENT, PENDING waiting for a retry, FAILED given up), attempts, "
                            + "deliveredAt, nextAttemptAt, lastError. ?agency= keeps what was sent about one agency (no digest). Paged: X-Total-Count and Link headers.")
    public Response log(
            @QueryParam("agency") String agency,
            @QueryParam("page") @DefaultValue("0") int page,
            @QueryParam("size") @DefaultValue("50") int size,
            @Context UriInfo uri) {
        Paging.check(page, size);
        return Paging.ok(notifications.log(agency, page, size), uri);
    }
}
