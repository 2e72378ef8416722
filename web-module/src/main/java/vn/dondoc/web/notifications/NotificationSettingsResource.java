package vn.dondoc.web.notifications;

import jakarta.inject.Inject;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import vn.dondoc.notifications.boundary.NotificationSettingsEdit;
import vn.dondoc.notifications.boundary.NotificationSettingsView;
import vn.dondoc.notifications.boundary.Notifications;
import vn.dondoc.platform.boundary.InvalidInput;

@Path("settings/notifications")
@Produces(MediaType.APPLICATION_JSON)
public class NotificationSettingsResource {

    @Inject
    Notifications notifications;

    @GET
    @Operation(
            summary = "Cài đặt nhắc việc (SECRETARIAT, ADMIN) / The tenant's reminder settings",
            description = "{daysBefore (N, 5), overdueEvery (M, 2), escalateAfter (K, 5), webhookUrl, "
                    + "webhookSecretSet}; the defaults until the tenant sets its own.")
    public NotificationSettingsView get() {
        return notifications.settings();
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @RequestBody(content = @Content(schema = @Schema(implementation = NotificationSettingsEdit.class)))
    @Operation(
            summary = "Đặt cài đặt nhắc việc (ADMIN) / Set the reminder settings (ADMIN)",
            description = "Body: any of {daysBefore 1–20, overdueEvery 1–20, escalateAfter 1–60 (working days), "
                    + "webhookUrl (http or https; empty removes the webhook), webhookSecret (16 characters or "
                    + "more)}; a field left out keeps its value.")
    public NotificationSettingsView put(JsonValue body) {
        return notifications.changeSettings(read(body));
    }

    /** Read by hand so that a value of the wrong kind is refused naming its field (D-023). */
    static NotificationSettingsEdit read(JsonValue body) {
        if (!(body instanceof JsonObject object)) {
            throw new InvalidInput("Nội dung phải là một đối tượng JSON / The body must be a JSON object");
        }
        NotificationSettingsEdit edit = new NotificationSettingsEdit();
        edit.daysBefore = whole(object, "daysBefore");
        edit.overdueEvery = whole(object, "overdueEvery");
        edit.escalateAfter = whole(object, "escalateAfter");
        edit.webhookUrl = text(object, "webhookUrl");
        edit.webhookSecret = text(object, "webhookSecret");
        return edit;
    }

    private static Integer whole(JsonObject object, String field) {
        JsonValue value = object.get(field);
        if (value == null || value == JsonValue.NULL) {
            return null;
        }
        if (value instanceof JsonNumber number) {
            try {
                return number.bigDecimalValue().stripTrailingZeros().intValueExact();
            } catch (ArithmeticException e) {
                // a fraction: refused below
            }
        }
        throw new InvalidInput(field + ": một số nguyên ngày làm việc / a whole number of working days");
    }

    private static String text(JsonObject object, String field) {
        JsonValue value = object.get(field);
        if (value == null || value == JsonValue.NULL) {
            return null;
        }
        if (value instanceof JsonString string) {
            return string.getString();
        }
        throw new InvalidInput(field + ": một chuỗi / a string");
    }
}
