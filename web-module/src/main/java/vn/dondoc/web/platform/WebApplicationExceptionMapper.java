package vn.dondoc.web.platform;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** JAX-RS's own refusals (no such path, wrong method, unsupported media type) as problem+json. */
@Provider
public class WebApplicationExceptionMapper implements ExceptionMapper<WebApplicationException> {

    @Override
    public Response toResponse(WebApplicationException e) {
        return problemOf(e);
    }

    static Response problemOf(WebApplicationException e) {
        int status = e.getResponse().getStatus();
        String title = switch (status) {
            case 400 -> "Yêu cầu không hợp lệ / Bad request";
            case 404 -> "Không tìm thấy / Not found";
            case 405 -> "Phương thức không được hỗ trợ / Method not allowed";
            case 406 -> "Không có định dạng phù hợp / Not acceptable";
            case 415 -> "Kiểu nội dung không được hỗ trợ / Unsupported media type";
            default ->
                Response.Status.fromStatusCode(status) == null
                        ? "Lỗi / Error"
                        : Response.Status.fromStatusCode(status).getReasonPhrase();
        };
        String detail = switch (status) {
            case 400 -> "Nội dung yêu cầu không đọc được / The request could not be read";
            case 404 -> "Không có tài nguyên này / There is no such resource";
            case 405 -> "Tài nguyên này không nhận phương thức đó / This resource does not take that method";
            case 415 -> "Hãy gửi application/json / Send application/json";
            default -> null;
        };
        Response.ResponseBuilder response = Response.fromResponse(Problem.response(status, title, detail));
        String allow = e.getResponse().getHeaderString("Allow");
        if (allow != null) {
            response.header("Allow", allow);
        }
        return response.build();
    }
}
