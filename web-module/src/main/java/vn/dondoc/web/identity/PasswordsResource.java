package vn.dondoc.web.identity;

import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirements;
import vn.dondoc.identity.boundary.SignIn;
import vn.dondoc.identity.control.IssuedToken;
import vn.dondoc.web.platform.TrustedProxy;

@Path("auth/password")
public class PasswordsResource {

    @Inject
    SignIn signIn;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @SecurityRequirements
    @Operation(
            summary = "Đổi mật khẩu / Change a password",
            description = "{tenant, username, password, newPassword}: the current password (a one-time password"
                    + " from the administrator, or the user's own) for a new one of at least 12 characters, then a"
                    + " token as signing in gives. Required when sign-in answered 403 with code"
                    + " password-change-required; a signed-in user changes theirs the same way. Every earlier token of"
                    + " the user ends. Slowed and locked like sign-in.")
    @APIResponse(responseCode = "200", description = "Token")
    @APIResponse(responseCode = "400", description = "Thiếu trường / A field is missing")
    @APIResponse(responseCode = "401", description = "Sai thông tin đăng nhập / Wrong credentials")
    @APIResponse(
            responseCode = "422",
            description = "Mật khẩu mới quá yếu hoặc trùng mật khẩu cũ / The new password is too weak or unchanged")
    @APIResponse(
            responseCode = "429",
            description = "Đăng nhập sai quá nhiều lần; chờ số giây trong Retry-After / Too many failed sign-ins;"
                    + " wait the seconds in Retry-After")
    public Response change(@NotNull @Valid PasswordChange request, @Context HttpServletRequest http) {
        IssuedToken token = signIn.changePassword(
                request.tenant,
                request.username,
                request.password,
                request.newPassword,
                TrustedProxy.clientAddress(http));
        return Response.ok(new TokenResponse(token.accessToken(), "Bearer", token.expiresIn()))
                .header("Cache-Control", "no-store")
                .build();
    }
}
