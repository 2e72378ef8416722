package vn.dondoc.web.platform;

import jakarta.ejb.EJBAccessException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** A boundary refused the caller's role: 403, or 401 when nobody is signed in. */
@Provider
public class AccessDeniedMapper implements ExceptionMapper<EJBAccessException> {

    @Context
    SecurityContext security;

    @Override
    public Response toResponse(EJBAccessException e) {
        if (security.getUserPrincipal() == null) {
            return Response.fromResponse(
                            Problem.response(401, "Chưa xác thực / Unauthorized", "Cần đăng nhập / Sign in first"))
                    .header("WWW-Authenticate", "Bearer")
                    .build();
        }
        return Problem.response(
                403,
                "Không có quyền / Forbidden",
                "Vai trò của bạn không được làm việc này / Your role may not do this");
    }
}
