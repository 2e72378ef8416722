package vn.dondoc.web.identity;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The web UI's sign-in cookie as it leaves the server: HttpOnly and SameSite=Strict always,
 * Secure exactly when the request came over HTTPS, scoped to the context root, as long-lived as
 * the token; signing out sends it expired. (The browser's view of it is in {@code WebUiIT}.)
 */
class SessionCookieTest {

    private final List<Cookie> sent = new ArrayList<>();

    @Test
    void overHttpsTheCookieIsSecureHttpOnlyAndStrict() {
        SessionCookie.set(request(true, ""), response(), "eyJ.token", 900);

        Cookie cookie = sent.get(0);
        assertThat(cookie.getName()).isEqualTo("dondoc_session");
        assertThat(cookie.getValue()).isEqualTo("eyJ.token");
        assertThat(cookie.getSecure()).isTrue();
        assertThat(cookie.isHttpOnly()).isTrue();
        assertThat(cookie.getAttribute("SameSite")).isEqualTo("Strict");
        assertThat(cookie.getPath()).isEqualTo("/");
        assertThat(cookie.getMaxAge()).isEqualTo(900);
    }

    @Test
    void overPlainHttpItIsNotSecureAndItKeepsToTheContextRoot() {
        SessionCookie.set(request(false, "/dondoc"), response(), "eyJ.token", 900);

        assertThat(sent.get(0).getSecure()).isFalse();
        assertThat(sent.get(0).getPath()).isEqualTo("/dondoc");
        assertThat(sent.get(0).getAttribute("SameSite")).isEqualTo("Strict");
    }

    @Test
    void signingOutSendsItEmptyAndExpired() {
        SessionCookie.clear(request(true, ""), response());

        assertThat(sent.get(0).getValue()).isEmpty();
        assertThat(sent.get(0).getMaxAge()).isZero();
        assertThat(sent.get(0).isHttpOnly()).isTrue();
    }

    @Test
    void theTokenIsReadFromItsCookieOnly() {
        HttpServletRequest request =
                request(false, "", new Cookie("JSESSIONID", "abc"), new Cookie("dondoc_session", "eyJ.token"));
        assertThat(SessionCookie.token(request)).contains("eyJ.token");
        assertThat(SessionCookie.token(request(false, "", new Cookie("dondoc_session", ""))))
                .isEmpty();
        assertThat(SessionCookie.token(request(false, ""))).isEmpty();
    }

    /** A request that answers only what the cookie asks of it: scheme, context root, cookies. */
    private static HttpServletRequest request(boolean secure, String contextPath, Cookie... cookies) {
        Map<String, Object> answers = Map.of("isSecure", secure, "getContextPath", contextPath, "getCookies", cookies);
        return (HttpServletRequest) Proxy.newProxyInstance(
                SessionCookieTest.class.getClassLoader(),
                new Class<?>[] {HttpServletRequest.class},
                (proxy, method, args) -> {
                    if (!answers.containsKey(method.getName())) {
                        throw new UnsupportedOperationException(method.getName());
                    }
                    return answers.get(method.getName());
                });
    }

    private HttpServletResponse response() {
        return (HttpServletResponse) Proxy.newProxyInstance(
                SessionCookieTest.class.getClassLoader(),
                new Class<?>[] {HttpServletResponse.class},
                (proxy, method, args) -> {
                    if (!method.getName().equals("addCookie")) {
                        throw new UnsupportedOperationException(method.getName());
                    }
                    sent.add((Cookie) args[0]);
                    return null;
                });
    }
}
