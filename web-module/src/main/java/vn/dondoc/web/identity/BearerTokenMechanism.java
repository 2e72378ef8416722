package vn.dondoc.web.identity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import vn.dondoc.identity.control.InvalidToken;
import vn.dondoc.identity.control.TokenService;
import vn.dondoc.platform.security.DondocPrincipal;
import vn.dondoc.web.platform.Problem;

/**
 * Authenticates every request from its {@code Authorization: Bearer} token. The API under
 * {@code /api/} demands a valid token, except the token endpoint itself; a missing or refused
 * token is answered here with a 401 problem, before any resource runs.
 */
@ApplicationScoped
public class BearerTokenMechanism implements HttpAuthenticationMechanism {

    private static final String BEARER = "Bearer ";
    private static final String TOKEN_ENDPOINT = "/api/v1/auth/token";

    @Inject
    TokenService tokens;

    @Override
    public AuthenticationStatus validateRequest(
            HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        String header = request.getHeader("Authorization");
        if (header == null || header.isBlank()) {
            return requiresToken(request)
                    ? refuse(response, context, "Cần token Bearer / A bearer token is required")
                    : context.doNothing();
        }
        if (!header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            return refuse(response, context, "Chỉ nhận token Bearer / Only bearer tokens are accepted");
        }
        try {
            DondocPrincipal principal =
                    tokens.verify(header.substring(BEARER.length()).trim());
            return context.notifyContainerAboutLogin(principal, principal.roles());
        } catch (InvalidToken e) {
            return refuse(response, context, e.getMessage());
        }
    }

    private static boolean requiresToken(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.startsWith("/api/") && !path.equals(TOKEN_ENDPOINT);
    }

    private static AuthenticationStatus refuse(
            HttpServletResponse response, HttpMessageContext context, String detail) {
        try {
            response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
            response.setHeader("WWW-Authenticate", "Bearer");
            response.setContentType(Problem.MEDIA_TYPE);
            response.setCharacterEncoding(StandardCharsets.UTF_8.name());
            response.getWriter().write(Problem.json(401, "Chưa xác thực / Unauthorized", detail, Map.of()));
            response.flushBuffer();
        } catch (IOException e) {
            // the client went away; there is nobody left to tell
        }
        return AuthenticationStatus.SEND_FAILURE;
    }
}
