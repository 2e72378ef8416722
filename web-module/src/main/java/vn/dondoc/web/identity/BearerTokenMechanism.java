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
import java.util.Optional;
import vn.dondoc.identity.boundary.SignIn;
import vn.dondoc.identity.boundary.TokenVersions;
import vn.dondoc.identity.control.InvalidToken;
import vn.dondoc.identity.control.IssuedToken;
import vn.dondoc.identity.control.TokenService;
import vn.dondoc.identity.control.TokenService.VerifiedToken;
import vn.dondoc.platform.boundary.Unauthenticated;
import vn.dondoc.platform.security.DondocPrincipal;
import vn.dondoc.web.platform.Problem;
import vn.dondoc.web.platform.SecurityHeaders;

/**
 * Authenticates every request from its {@code Authorization: Bearer} token. The API under
 * {@code /api/} demands a valid token, except the token endpoint itself; a missing or refused
 * token is answered here with a 401 problem, before any resource runs.
 *
 * <p>The web UI's pages (everything outside {@code /api/}) are identified by the same token kept in
 * the {@link SessionCookie}. The API never reads that cookie: a browser sends cookies on its own,
 * so an API that took them would act on requests another page made the browser send, and the
 * API has no anti-forgery token of its own. The pages do have one (Faces' view state), D-035. A
 * cookie that no longer verifies (expired, keys rotated) signs the browser out, without a 401;
 * one past half its life is renewed ({@link SignIn#renew}), so a user at work stays signed in and
 * a browser left alone is signed out within one token lifetime.
 *
 * <p>Every token, bearer or cookie, must also carry its user's current token version ({@link
 * TokenVersions}): signing out or disabling a user ends their tokens within seconds (D-038).
 */
@ApplicationScoped
public class BearerTokenMechanism implements HttpAuthenticationMechanism {

    private static final String BEARER = "Bearer ";
    private static final String TOKEN_ENDPOINT = "/api/v1/auth/token";
    /** Changing a password proves the caller by the current one, as signing in does (D-046). */
    private static final String PASSWORD_ENDPOINT = "/api/v1/auth/password";

    @Inject
    TokenService tokens;

    @Inject
    SignIn signIn;

    @Inject
    TokenVersions versions;

    static final String REVOKED = "Token đã bị thu hồi (đã đăng xuất) / The token has been revoked (signed out)";

    @Override
    public AuthenticationStatus validateRequest(
            HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        // This runs before any filter: the answers given here carry the headers too.
        SecurityHeaders.apply(request, response);
        String header = request.getHeader("Authorization");
        if (header == null || header.isBlank()) {
            if (isApi(request)) {
                return requiresToken(request)
                        ? refuse(response, context, "Cần token Bearer / A bearer token is required")
                        : context.doNothing();
            }
            return fromCookie(request, response, context);
        }
        if (!header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            return refuse(response, context, "Chỉ nhận token Bearer / Only bearer tokens are accepted");
        }
        try {
            VerifiedToken verified =
                    tokens.verified(header.substring(BEARER.length()).trim());
            if (!versions.isCurrent(verified)) {
                return refuse(response, context, REVOKED);
            }
            DondocPrincipal principal = verified.principal();
            return context.notifyContainerAboutLogin(principal, principal.roles());
        } catch (InvalidToken e) {
            return refuse(response, context, e.getMessage());
        }
    }

    private AuthenticationStatus fromCookie(
            HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        Optional<String> token = SessionCookie.token(request);
        if (token.isEmpty()) {
            return context.doNothing();
        }
        try {
            VerifiedToken verified = tokens.verified(token.get());
            if (!versions.isCurrent(verified)) {
                // signed out (here or on another device) or disabled: the browser forgets the cookie
                SessionCookie.clear(request, response);
                return context.doNothing();
            }
            DondocPrincipal principal = verified.principal();
            if (tokens.dueForRenewal(verified)) {
                IssuedToken renewed = signIn.renew(principal.tenant(), principal.getName());
                SessionCookie.set(request, response, renewed.accessToken(), renewed.expiresIn());
                principal = tokens.verify(renewed.accessToken());
            }
            return context.notifyContainerAboutLogin(principal, principal.roles());
        } catch (InvalidToken | Unauthenticated e) {
            SessionCookie.clear(request, response);
            return context.doNothing();
        }
    }

    private static boolean isApi(HttpServletRequest request) {
        return path(request).startsWith("/api/");
    }

    private static boolean requiresToken(HttpServletRequest request) {
        String path = path(request);
        return path.startsWith("/api/") && !path.equals(TOKEN_ENDPOINT) && !path.equals(PASSWORD_ENDPOINT);
    }

    /**
     * The path the container routes by: decoded and normalised, so that {@code /%61pi/…} or
     * {@code /x/../api/…} is the API here too, as it is for the servlet that answers it.
     */
    private static String path(HttpServletRequest request) {
        String info = request.getPathInfo();
        return request.getServletPath() + (info == null ? "" : info);
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
