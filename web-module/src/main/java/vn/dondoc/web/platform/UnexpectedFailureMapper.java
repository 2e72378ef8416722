package vn.dondoc.web.platform;

import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBException;
import jakarta.json.JsonException;
import jakarta.json.bind.JsonbException;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.Providers;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import vn.dondoc.platform.boundary.BusinessException;

/**
 * The last line: every exception no other mapper took. Known causes wrapped by the EJB container
 * are unwrapped and answered as themselves; a malformed body is a 400; anything else is a 500
 * with an incident id that points at the server log, and nothing of the exception itself.
 */
@Provider
public class UnexpectedFailureMapper implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(UnexpectedFailureMapper.class.getName());

    @Context
    Providers providers;

    @Override
    @SuppressWarnings({"unchecked", "rawtypes"})
    public Response toResponse(Throwable failure) {
        Throwable cause = unwrap(failure);
        if (cause != failure
                && (cause instanceof BusinessException
                        || cause instanceof ConstraintViolationException
                        || cause instanceof EJBAccessException)) {
            ExceptionMapper mapper = providers.getExceptionMapper(cause.getClass());
            return mapper.toResponse(cause);
        }
        if (cause instanceof WebApplicationException web) {
            return WebApplicationExceptionMapper.problemOf(web);
        }
        if (cause instanceof JsonbException || cause instanceof JsonException || cause instanceof ProcessingException) {
            return Problem.response(
                    400,
                    "Nội dung không đọc được / Malformed request body",
                    "Nội dung yêu cầu không phải JSON hợp lệ / The request body is not valid JSON of the expected shape");
        }
        String incident = UUID.randomUUID().toString();
        LOG.log(Level.SEVERE, failure, () -> "Incident " + incident);
        return Problem.response(
                500,
                "Lỗi hệ thống / Internal error",
                "Đã ghi nhận sự cố " + incident + " / Incident " + incident + " was logged");
    }

    private static Throwable unwrap(Throwable failure) {
        Throwable current = failure;
        while ((current instanceof EJBException || current instanceof ProcessingException)
                && current.getCause() != null) {
            current = current.getCause();
        }
        return current;
    }
}
