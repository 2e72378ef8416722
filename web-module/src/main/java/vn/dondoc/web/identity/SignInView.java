package vn.dondoc.web.identity;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import vn.dondoc.identity.boundary.PasswordChangeRequired;
import vn.dondoc.identity.boundary.SignIn;
import vn.dondoc.identity.control.IssuedToken;
import vn.dondoc.platform.boundary.TooManyAttempts;
import vn.dondoc.platform.boundary.Unauthenticated;
import vn.dondoc.web.platform.TrustedProxy;
import vn.dondoc.web.ui.Language;

/**
 * Trang đăng nhập: the same {@link SignIn#issueToken} as {@code POST /api/v1/auth/token}; the token
 * goes into the {@link SessionCookie} instead of a JSON body. A refusal says only that the three
 * fields do not match, never which one. A user whose password must be changed first (a one-time
 * password, D-046) is sent to the {@link PasswordChangeView} with the tenant and username typed.
 */
@Named
@RequestScoped
public class SignInView {

    @Inject
    SignIn signIn;

    @Inject
    Language language;

    private String tenant;
    private String username;
    private String password;

    public String signIn() {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext context = faces.getExternalContext();
        IssuedToken token;
        try {
            token = signIn.issueToken(
                    tenant.strip(), username.strip(), password, TrustedProxy.clientAddress((HttpServletRequest)
                            context.getRequest()));
        } catch (Unauthenticated refused) {
            return refused(faces, language.text("signIn.refused"));
        } catch (TooManyAttempts wait) {
            return refused(faces, language.text("signIn.wait").formatted(wait.retryAfterSeconds()));
        } catch (PasswordChangeRequired change) {
            // the password was right but somebody else made it: the user chooses their own first
            password = null;
            return PasswordChangeView.PAGE + "?faces-redirect=true&required=true&tenant="
                    + URLEncoder.encode(tenant.strip(), StandardCharsets.UTF_8) + "&username="
                    + URLEncoder.encode(username.strip(), StandardCharsets.UTF_8);
        }
        return SessionCookie.begin(context, token);
    }

    private String refused(FacesContext faces, String text) {
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
        password = null;
        return null;
    }

    public String getTenant() {
        return tenant;
    }

    public void setTenant(String tenant) {
        this.tenant = tenant;
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }
}
