package vn.dondoc.web.identity;

import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import vn.dondoc.identity.boundary.Sessions;

@Path("auth/sign-out")
public class SignOutResource {

    @Inject
    Sessions sessions;

    @POST
    @Operation(
            summary = "Đăng xuất / Sign out",
            description = "Chấm dứt mọi token của người gọi, trên mọi thiết bị, kể cả phiên trên trang web / Ends"
                    + " every token of the caller, on every device, the web pages' sign-in included.")
    @APIResponse(responseCode = "204", description = "Đã đăng xuất / Signed out")
    @APIResponse(responseCode = "401", description = "Chưa đăng nhập / No valid token")
    public void signOut() {
        sessions.signOut();
    }
}
