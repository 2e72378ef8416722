package vn.dondoc.web.identity;

import jakarta.faces.context.ExternalContext;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Optional;
import java.util.stream.Stream;
import vn.dondoc.identity.control.IssuedToken;

/**
 * Phiên đăng nhập của giao diện web: the web UI's sign-in, kept in a cookie that holds the same
 * JWT {@code POST /api/v1/auth/token} issues. HttpOnly (no script can read it), SameSite=Strict (no
 * other site's page can make the browser send it) and Secure whenever the request came over HTTPS.
 * It lives as long as the token; the pages accept it, the API does not (D-035).
 */
public final class SessionCookie {

    /** The cookie's name. */
    public static final String NAME = "dondoc_session";

    private SessionCookie() {}

    /** The token the request's cookie carries, if any. */
    public static Optional<String> token(HttpServletRequest request) {
        Cookie[] cookies = request.getCookies();
        return cookies == null
                ? Optional.empty()
                : Stream.of(cookies)
                        .filter(c -> NAME.equals(c.getName()))
                        .map(Cookie::getValue)
                        .filter(v -> v != null && !v.isBlank())
                        .findFirst();
    }

    /** Signs in: the token in the cookie, for as many seconds as the token lives. */
    public static void set(HttpServletRequest request, HttpServletResponse response, String token, long seconds) {
        response.addCookie(cookie(request, token, (int) Math.min(Integer.MAX_VALUE, seconds)));
    }

    /**
     * Begins the signed-in session of a page's sign-in (signing in, changing the password): a new
     * session id, so whatever an attacker planted before cannot follow the user, and the token in
     * the cookie. Answers the outcome that opens the first page, where the container learns the
     * caller from the cookie.
     */
    static String begin(ExternalContext context, IssuedToken token) {
        HttpServletRequest request = (HttpServletRequest) context.getRequest();
        request.getSession(true);
        request.changeSessionId();
        set(request, (HttpServletResponse) context.getResponse(), token.accessToken(), token.expiresIn());
        return "/app/index.xhtml?faces-redirect=true";
    }

    /** Signs out, or forgets a token that no longer verifies: the browser drops the cookie. */
    public static void clear(HttpServletRequest request, HttpServletResponse response) {
        response.addCookie(cookie(request, "", 0));
    }

    private static Cookie cookie(HttpServletRequest request, String value, int maxAge) {
        Cookie cookie = new Cookie(NAME, value);
        cookie.setHttpOnly(true);
        cookie.setSecure(request.isSecure());
        cookie.setAttribute("SameSite", "Strict");
        String context = request.getContextPath();
        cookie.setPath(context == null || context.isEmpty() ? "/" : context);
        cookie.setMaxAge(maxAge);
        return cookie;
    }
}
