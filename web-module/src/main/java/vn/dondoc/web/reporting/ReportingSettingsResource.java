package vn.dondoc.web.reporting;

import jakarta.inject.Inject;
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
import vn.dondoc.reporting.boundary.ReportingSettingsEdit;
import vn.dondoc.reporting.boundary.ReportingSettingsView;
import vn.dondoc.reporting.boundary.Settings;

@Path("settings/reporting")
@Produces(MediaType.APPLICATION_JSON)
public class ReportingSettingsResource {

    @Inject
    Settings settings;

    @GET
    @Operation(
            summary = "Cài đặt báo cáo của đơn vị / The tenant's reporting settings",
            description = "{sendingWorkingDays}: the working days after a period's cut-off that a report is due, for "
                    + "every document that sets no deadline of its own (3 until the tenant sets its own).")
    public ReportingSettingsView get() {
        return settings.reporting();
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @RequestBody(content = @Content(schema = @Schema(implementation = ReportingSettingsEdit.class)))
    @Operation(
            summary = "Đặt hạn gửi báo cáo mặc định (ADMIN) / Set the default sending deadline (ADMIN)",
            description = "Body: {sendingWorkingDays}, a whole number from 1 to 60. The due dates of every document "
                    + "without a deadline of its own move in the same transaction; reports already begun are kept.")
    public ReportingSettingsView put(JsonValue body) {
        return settings.changeReporting(ReportingSettingsBody.read(body));
    }
}
