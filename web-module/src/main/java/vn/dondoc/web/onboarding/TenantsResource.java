package vn.dondoc.web.onboarding;

import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import vn.dondoc.onboarding.boundary.Onboarding;
import vn.dondoc.onboarding.boundary.TenantCreated;
import vn.dondoc.onboarding.boundary.TenantView;
import vn.dondoc.onboarding.control.BundleUpload;

/** Vận hành nền tảng: tenants made, suspended and resumed by the platform's OPERATOR (D-045). */
@Path("tenants")
@Produces(MediaType.APPLICATION_JSON)
public class TenantsResource {

    static final String ZIP = "application/zip";

    @Inject
    Onboarding onboarding;

    @POST
    @Consumes({MediaType.APPLICATION_JSON, ZIP})
    @Operation(
            summary = "Tạo đơn vị mới khi hệ thống đang chạy (OPERATOR) / Create a tenant while the server runs"
                    + " (OPERATOR)",
            description = "The bundle of tenants/<id>/ with admin.json (the first ADMIN) instead of demo-users.json:"
                    + " a zip (application/zip) of tenant.json, agencies.json, groups.json, admin.json, at its root or"
                    + " in one folder named as the tenant's id; or one JSON object {tenant:{…}, agencies:[…],"
                    + " groups:[…], admin:{username, displayName, password?, email?}}. Checked as at start-up: a"
                    + " problem is a 400 naming the file (body#/<field> for JSON) and line, and nothing is written."
                    + " 201: {tenant, admin:{username, displayName, password}}, the password only when the server"
                    + " made it, shown once.")
    @APIResponse(responseCode = "201", description = "Đã tạo đơn vị / The tenant was made")
    @APIResponse(responseCode = "400", description = "Gói dữ liệu có lỗi (tệp và dòng) / Malformed bundle (file, line)")
    @APIResponse(responseCode = "403", description = "Không phải OPERATOR / Not an OPERATOR")
    @APIResponse(responseCode = "409", description = "Đã có đơn vị này / The tenant exists")
    @APIResponse(responseCode = "413", description = "Gói dữ liệu quá lớn / The bundle is too large")
    public Response create(@Context HttpHeaders headers, @Context HttpServletRequest http) throws IOException {
        MediaType type = headers.getMediaType();
        boolean zip = type != null && type.isCompatible(MediaType.valueOf(ZIP));
        // Read here, not by a MessageBodyReader: a JSON provider would take an application/json body for
        // itself. One byte more than the limit tells the boundary that the body is too large.
        byte[] body = http.getInputStream().readNBytes(BundleUpload.MAX_BYTES + 1);
        TenantCreated created = onboarding.create(body, zip);
        return Response.status(Response.Status.CREATED)
                .entity(created)
                .header("Cache-Control", "no-store")
                .build();
    }

    @POST
    @Path("{id}/suspend")
    @Operation(
            summary = "Tạm ngừng đơn vị (OPERATOR) / Suspend a tenant (OPERATOR)",
            description = "Its users cannot sign in (403 with the reason) and every token of theirs ends now;"
                    + " nothing is deleted. Suspending a suspended tenant changes nothing.")
    @APIResponse(responseCode = "200", description = "{id, name, status: SUSPENDED, statusChangedAt}")
    @APIResponse(responseCode = "403", description = "Không phải OPERATOR / Not an OPERATOR")
    @APIResponse(responseCode = "404", description = "Không có đơn vị này / No such tenant")
    public TenantView suspend(@PathParam("id") String id) {
        return onboarding.suspend(id);
    }

    @POST
    @Path("{id}/resume")
    @Operation(
            summary = "Cho đơn vị hoạt động lại (OPERATOR) / Resume a tenant (OPERATOR)",
            description = "Its users sign in again, to their data as it was; tokens issued before the suspension"
                    + " stay ended.")
    @APIResponse(responseCode = "200", description = "{id, name, status: ACTIVE, statusChangedAt}")
    @APIResponse(responseCode = "403", description = "Không phải OPERATOR / Not an OPERATOR")
    @APIResponse(responseCode = "404", description = "Không có đơn vị này / No such tenant")
    public TenantView resume(@PathParam("id") String id) {
        return onboarding.resume(id);
    }
}
