package vn.dondoc.web.platform;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * The browser-facing security headers, on every response of the application (D-038,
 * docs/reliability/tokens.md). The authentication mechanism answers some requests (a refused
 * token's 401) before any filter runs, so it calls {@link #apply} too.
 *
 * <p>The policy's {@code script-src} and {@code style-src} allow inline code: PrimeFaces and
 * Mojarra write their widgets' set-up as inline scripts and {@code on…} attributes, and PrimeFaces'
 * own nonce mode does not cover Mojarra's. Everything else is as tight as the pages allow: only our
 * own origin for scripts, styles, fonts, images, requests and forms; no plug-ins; no framing by
 * anyone; no {@code <base>} elsewhere.
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true)
public class SecurityHeaders implements Filter {

    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; "
            + "script-src 'self' 'unsafe-inline'; "
            + "style-src 'self' 'unsafe-inline'; "
            + "img-src 'self' data:; "
            + "font-src 'self' data:; "
            + "connect-src 'self'; "
            + "object-src 'none'; "
            + "base-uri 'self'; "
            + "form-action 'self'; "
            // 'self', not 'none': Mojarra posts a file chosen in a form with <f:ajax> through a
            // hidden iframe of the page itself, whose answer 'none' would refuse (ReportsUiIT).
            + "frame-ancestors 'self'";

    /** Two years, with sub-domains: the value HSTS preload lists ask for. */
    static final String STRICT_TRANSPORT_SECURITY = "max-age=63072000; includeSubDomains";

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (request instanceof HttpServletRequest http && response instanceof HttpServletResponse answer) {
            apply(http, answer);
        }
        chain.doFilter(request, response);
    }

    /** Sets the headers on a response not yet committed; setting them twice is harmless. */
    public static void apply(HttpServletRequest request, HttpServletResponse response) {
        if (response.isCommitted()) {
            return;
        }
        response.setHeader("Content-Security-Policy", CONTENT_SECURITY_POLICY);
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("X-Frame-Options", "SAMEORIGIN");
        response.setHeader("Referrer-Policy", "same-origin");
        response.setHeader("Cross-Origin-Opener-Policy", "same-origin");
        response.setHeader("Permissions-Policy", "camera=(), microphone=(), geolocation=(), payment=()");
        if (TrustedProxy.overHttps(request)) {
            // Only over HTTPS: a browser ignores it over HTTP, and a plain-HTTP development server
            // that sent it could not be reached again by name over HTTP.
            response.setHeader("Strict-Transport-Security", STRICT_TRANSPORT_SECURITY);
        }
    }
}
