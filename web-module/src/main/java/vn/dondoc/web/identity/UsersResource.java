package vn.dondoc.web.identity;

import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import vn.dondoc.identity.boundary.NewUser;
import vn.dondoc.identity.boundary.UserAccess;
import vn.dondoc.identity.boundary.UserEdit;
import vn.dondoc.identity.boundary.Users;
import vn.dondoc.platform.boundary.Page;
import vn.dondoc.web.platform.Paging;

@Path("users")
@Produces(MediaType.APPLICATION_JSON)
public class UsersResource {

    @Inject
    Users users;

    @GET
    @Operation(
            summary = "Người dùng của đơn vị (ADMIN) / The tenant's users (ADMIN)",
            description = "[{username, displayName, email, roles, agencyCode, agencyName, active, demo,"
                    + " mustChangePassword}] in username order; X-Total-Count and Link headers page it. Never a"
                    + " password.")
    public Response list(
            @QueryParam("agency") @Parameter(description = "an agency's code") String agency,
            @QueryParam("role") @Parameter(description = "ADMIN, SECRETARIAT, AGENCY_OFFICER, AGENCY_HEAD, LEADER")
                    String role,
            @QueryParam("active") @Parameter(description = "true: active users; false: disabled ones") Boolean active,
            @QueryParam("page") @DefaultValue("0") int page,
            @QueryParam("size") @DefaultValue("50") int size,
            @Context UriInfo uri) {
        Paging.check(page, size);
        Page<?> users = this.users.list(agency, role, active, page, size);
        return Paging.ok(users, uri);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Thêm người dùng (ADMIN) / Add a user (ADMIN)",
            description = "{username, displayName, email, roles, agency, password}: roles of the tenant (not"
                    + " OPERATOR); agency (a code) required for AGENCY_OFFICER and AGENCY_HEAD; password optional (at"
                    + " least 12 characters): left out, the server makes a one-time password and answers it in"
                    + " oneTimePassword, this once. The user must change it at the first sign-in.")
    @APIResponse(responseCode = "201", description = "{user, oneTimePassword}")
    @APIResponse(responseCode = "400", description = "Dữ liệu không hợp lệ / Invalid input")
    @APIResponse(responseCode = "409", description = "Tên đăng nhập đã có / The username is taken")
    @APIResponse(
            responseCode = "422",
            description = "Vai trò, cơ quan hoặc mật khẩu không dùng được / A role, agency or password that cannot be"
                    + " used")
    public Response create(@NotNull @Valid NewUser request, @Context UriInfo uri) {
        UserAccess created = users.create(request);
        return Response.created(uri.getAbsolutePathBuilder()
                        .path(created.user().username())
                        .build())
                .header("Cache-Control", "no-store")
                .entity(created)
                .build();
    }

    @PATCH
    @Path("{username}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Sửa, khóa, mở khóa, đặt lại mật khẩu (ADMIN) / Edit, disable, enable, reset a password (ADMIN)",
            description = "{displayName, email, roles, agency, disabled, resetPassword, password}: a field left out"
                    + " stays; \"\" takes away the email or the agency. disabled:true ends the user's tokens at once;"
                    + " new roles or agency end them too (the next token carries them). resetPassword:true gives a"
                    + " one-time password (answered once in oneTimePassword) unless password gives it; the user must"
                    + " change it at the next sign-in. 409: disabling yourself, taking away your own ADMIN role, or"
                    + " leaving the tenant without an active administrator.")
    @APIResponse(responseCode = "200", description = "{user, oneTimePassword}")
    @APIResponse(responseCode = "404", description = "Không có người dùng này / No such user")
    @APIResponse(responseCode = "409", description = "Quản trị cuối cùng / The last administrator")
    @APIResponse(responseCode = "422", description = "Vai trò, cơ quan hoặc mật khẩu không dùng được / Unusable")
    public Response edit(@PathParam("username") String username, @NotNull @Valid UserEdit edit) {
        return Response.ok(users.edit(username, edit))
                .header("Cache-Control", "no-store")
                .build();
    }
}
