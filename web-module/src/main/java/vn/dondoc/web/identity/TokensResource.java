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

@Path("auth/token")
public class TokensResource {

    @Inject
    SignIn signIn;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @SecurityRequirements
    @Operation(
            summary = "Đăng nhập / Sign in",
            description = "Đổi đơn vị, tên đăng nhập, mật khẩu lấy token truy cập "
                    + "ngắn hạn / Exchanges tenant, username and password for a short-lived access token.")
    @APIResponse(responseCode = "200", description = "Token")
    @APIResponse(responseCode = "400", description = "Thiếu trường / A field is missing")
    @APIResponse(responseCode = "401", description = "Sai thông tin đăng nhập / Wrong credentials")
    @APIResponse(
            responseCode = "429",
            description = "Đăng nhập sai quá nhiều lần; chờ số giây trong Retry-After / Too many failed sign-ins;"
                    + " wait the seconds in Retry-After")
    public Response issue(@NotNull @Valid TokenRequest request, @Context HttpServletRequest http) {
        IssuedToken token =
                signIn.issueToken(request.tenant, request.username, request.password, TrustedProxy.clientAddress(http));
        // A token is a credential: no cache on the way may keep it (ASVS 8.2.1).
        return Response.ok(new TokenResponse(token.accessToken(), "Bearer", token.expiresIn()))
                .header("Cache-Control", "no-store")
                .build();
    }
}
