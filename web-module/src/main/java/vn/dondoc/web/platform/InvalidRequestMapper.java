package vn.dondoc.web.platform;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
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

    /** The field as the client wrote it ({@code entries[0].figures[1].name}), without the method and argument. */
    private static String describe(ConstraintViolation<?> violation) {
        int call = 0;
        for (Path.Node node : violation.getPropertyPath()) {
            if (node.getKind() == ElementKind.METHOD
                    || node.getKind() == ElementKind.CONSTRUCTOR
                    || node.getKind() == ElementKind.PARAMETER) {
                call++;
            }
        }
        String path = violation.getPropertyPath().toString();
        String[] parts = path.split("\\.", call + 1);
        String field = parts.length > call ? parts[call] : parts[parts.length - 1];
        return field + ": " + violation.getMessage();
    }
}
