package vn.dondoc.web.platform;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import vn.dondoc.platform.boundary.BusinessException;
import vn.dondoc.platform.boundary.TooManyAttempts;

@Provider
public class BusinessExceptionMapper implements ExceptionMapper<BusinessException> {

    @Override
    public Response toResponse(BusinessException e) {
        Response.ResponseBuilder response = Response.fromResponse(
                e.code() == null
                        ? Problem.response(e.status(), e.title(), e.getMessage())
                        : Problem.response(e.code(), e.status(), e.title(), e.getMessage()));
        if (e.status() == 401) {
            response.header("WWW-Authenticate", "Bearer");
        }
        if (e instanceof TooManyAttempts wait) {
            response.header("Retry-After", wait.retryAfterSeconds());
        }
        if (e.status() == 413) {
            // The rest of an oversized upload is not read: end the connection rather than leave it stuck.
            response.header("Connection", "close");
        }
        return response.build();
    }
}
