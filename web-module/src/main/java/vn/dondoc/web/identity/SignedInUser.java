package vn.dondoc.web.identity;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.util.Locale;
import java.util.stream.Collectors;
import vn.dondoc.identity.boundary.ProfileView;
import vn.dondoc.identity.boundary.Profiles;
import vn.dondoc.identity.boundary.Sessions;
import vn.dondoc.platform.boundary.Unauthenticated;
import vn.dondoc.web.ui.Language;
import vn.dondoc.web.ui.SignedInFilter;

/**
 * Người dùng đang đăng nhập, as the header shows them (tenant, agency, role), and signing out. The
 * profile is read once per request through {@link Profiles}.
 */
@Named("me")
@RequestScoped
public class SignedInUser {

    @Inject
    Profiles profiles;

    @Inject
    Language language;

    @Inject
    Sessions sessions;

    private ProfileView profile;

    public ProfileView getProfile() {
        if (profile == null) {
            profile = profiles.mine();
        }
        return profile;
    }

    /** The tenant's name in the page's language (the Vietnamese one when it has no English name). */
    public String getTenantName() {
        ProfileView p = getProfile();
        return language.isEnglish() && p.tenantNameEn() != null ? p.tenantNameEn() : p.tenantName();
    }

    /** The agency's name in the page's language, or {@code null} for a user of no agency. */
    public String getAgencyName() {
        ProfileView p = getProfile();
        return language.isEnglish() && p.agencyNameEn() != null ? p.agencyNameEn() : p.agencyName();
    }

    /** The user's roles as words: "Chuyên viên", "Agency officer". */
    public String getRoles() {
        return getProfile().roles().stream()
                .sorted()
                .map(r -> language.text("role." + r.toUpperCase(Locale.ROOT)))
                .collect(Collectors.joining(", "));
    }

    /**
     * Đăng xuất: the same {@link Sessions#signOut} as {@code POST /api/v1/auth/sign-out}, so the
     * user's tokens end everywhere (a copy of the cookie included); then the cookie and the session
     * go. The language chosen stays.
     */
    public String signOut() {
        ExternalContext context = FacesContext.getCurrentInstance().getExternalContext();
        HttpServletRequest request = (HttpServletRequest) context.getRequest();
        try {
            sessions.signOut();
        } catch (Unauthenticated alreadyGone) {
            // nobody to sign out any more: clearing the cookie is all that is left to do
        }
        SessionCookie.clear(request, (HttpServletResponse) context.getResponse());
        Locale chosen = language.getLocale();
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
        String tag = chosen.getLanguage();
        return SignedInFilter.SIGN_IN + "?faces-redirect=true" + ("en".equals(tag) ? "&lang=en" : "");
    }
}
