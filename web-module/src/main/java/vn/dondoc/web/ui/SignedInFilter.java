package vn.dondoc.web.ui;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import vn.dondoc.platform.security.Role;

/**
 * The pages under {@code /app/} are for signed-in users: anybody else is sent to the sign-in page
 * (a Faces Ajax request gets a partial response that tells the page to go there). What they show
 * is never cached, so the browser's Back button after signing out shows nothing of it. The platform's
 * operator holds none of a tenant's roles and has no page here (D-045): answered 403 with a word of
 * why, rather than pages whose every call it may not make.
 */
@WebFilter("/app/*")
public class SignedInFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    /** The sign-in page (đăng nhập), relative to the context root. */
    public static final String SIGN_IN = "/dang-nhap.xhtml";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        response.setHeader("Cache-Control", "no-store");
        if (request.getUserPrincipal() != null) {
            if (holdsNoTenantRole(request)) {
                response.setStatus(HttpServletResponse.SC_FORBIDDEN);
                response.setContentType("text/html");
                response.setCharacterEncoding("UTF-8");
                response.getWriter()
                        .write("<!DOCTYPE html><html lang=\"vi\"><head><meta charset=\"UTF-8\"><title>Đôn Đốc</title>"
                                + "</head><body><p>Tài khoản vận hành nền tảng không dùng các trang của đơn vị; hãy dùng"
                                + " API <code>/api/v1/tenants</code>.</p><p lang=\"en\">A platform operator's account"
                                + " has no tenant pages; use the API <code>/api/v1/tenants</code>.</p></body></html>");
                return;
            }
            chain.doFilter(request, response);
            return;
        }
        String signIn = request.getContextPath() + SIGN_IN;
        if ("partial/ajax".equals(request.getHeader("Faces-Request"))) {
            response.setContentType("text/xml");
            response.setCharacterEncoding("UTF-8");
            response.getWriter()
                    .write("<?xml version=\"1.0\" encoding=\"UTF-8\"?><partial-response><redirect url=\"" + signIn
                            + "\"/></partial-response>");
            return;
        }
        response.sendRedirect(signIn);
    }

    private static boolean holdsNoTenantRole(HttpServletRequest request) {
        for (Role role : Role.values()) {
            if (role != Role.OPERATOR && request.isUserInRole(role.name())) {
                return false;
            }
        }
        return true;
    }
}
