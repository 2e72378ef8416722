package vn.dondoc.web.identity;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import vn.dondoc.identity.boundary.SignIn;
import vn.dondoc.identity.control.IssuedToken;
import vn.dondoc.platform.boundary.BusinessException;
import vn.dondoc.platform.boundary.TooManyAttempts;
import vn.dondoc.platform.boundary.Unauthenticated;
import vn.dondoc.web.platform.TrustedProxy;
import vn.dondoc.web.ui.Language;
import vn.dondoc.web.ui.Refusals;

/**
 * Đổi mật khẩu: the same {@link SignIn#changePassword} as {@code POST /api/v1/auth/password}, for a
 * user whose one-time password sign-in refused (D-046) and for anyone who wants a new password;
 * the token it gives goes into the {@link SessionCookie}, as signing in does. The current password
 * is asked again, never carried from the sign-in page.
 */
@Named
@RequestScoped
public class PasswordChangeView {

    /** The page: outside {@code /app/}, since its user has no token yet. */
    static final String PAGE = "/doi-mat-khau.xhtml";

    @Inject
    SignIn signIn;

    @Inject
    Language language;

    private String tenant;
    private String username;
    private String password;
    private String newPassword;
    private String repeated;
    private boolean required;

    public String change() {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext context = faces.getExternalContext();
        if (newPassword == null || !newPassword.equals(repeated)) {
            return refused(faces, "change:repeated", language.text("password.mismatch"));
        }
        HttpServletRequest request = (HttpServletRequest) context.getRequest();
        IssuedToken token;
        try {
            token = signIn.changePassword(
                    tenant.strip(), username.strip(), password, newPassword, TrustedProxy.clientAddress(request));
        } catch (Unauthenticated refused) {
            return refused(faces, null, language.text("signIn.refused"));
        } catch (TooManyAttempts wait) {
            return refused(faces, null, language.text("signIn.wait").formatted(wait.retryAfterSeconds()));
        } catch (BusinessException weak) {
            return refused(faces, "change:newPassword", Refusals.text(weak.getMessage(), language.isEnglish()));
        }
        return SessionCookie.begin(context, token);
    }

    private String refused(FacesContext faces, String clientId, String text) {
        faces.addMessage(clientId, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
        password = null;
        newPassword = null;
        repeated = null;
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

    public String getNewPassword() {
        return newPassword;
    }

    public void setNewPassword(String newPassword) {
        this.newPassword = newPassword;
    }

    public String getRepeated() {
        return repeated;
    }

    public void setRepeated(String repeated) {
        this.repeated = repeated;
    }

    /** Whether sign-in sent the user here because their password must be changed. */
    public boolean isRequired() {
        return required;
    }

    public void setRequired(boolean required) {
        this.required = required;
    }
}
