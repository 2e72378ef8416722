package vn.dondoc.web.identity;

import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirements;
import vn.dondoc.identity.boundary.SignIn;
import vn.dondoc.identity.control.IssuedToken;

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
    public TokenResponse issue(@NotNull @Valid TokenRequest request) {
        IssuedToken token = signIn.issueToken(request.tenant, request.username, request.password);
        return new TokenResponse(token.accessToken(), "Bearer", token.expiresIn());
    }
}
