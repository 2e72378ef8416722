package vn.dondoc.web.platform;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Map;
import java.util.stream.Collectors;

/** Bean Validation refusals as one 400 that lists each field and what is wrong with it. */
@Provider
public class InvalidRequestMapper implements ExceptionMapper<ConstraintViolationException> {

    @Override
    public Response toResponse(ConstraintViolationException e) {
        String detail = e.getConstraintViolations().stream()
                .map(InvalidRequestMapper::describe)
                .sorted()
                .collect(Collectors.joining("; "));
        return Problem.response(400, "Dữ liệu không hợp lệ / Invalid input", detail, Map.of());
    }

    private static String describe(ConstraintViolation<?> violation) {
        String path = violation.getPropertyPath().toString();
        int dot = path.lastIndexOf('.');
        String field = dot < 0 ? path : path.substring(dot + 1);
        return field + ": " + violation.getMessage();
    }
}
