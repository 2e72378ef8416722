package vn.dondoc.web.ui;

import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * Ngôn ngữ giao diện: Vietnamese unless the user switched to English. Kept in the browser's
 * session, which holds nothing else of ours (the identity is the token in the cookie).
 */
@Named
@SessionScoped
public class Language implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The resource bundle of every text on the pages: {@code messages_vi}, {@code messages_en}. */
    public static final String BUNDLE = "vn.dondoc.web.ui.messages";

    static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

    private Locale locale = VIETNAMESE;

    public Locale getLocale() {
        return locale;
    }

    /** The page's {@code lang}: "vi" or "en". */
    public String getTag() {
        return locale.getLanguage();
    }

    public boolean isEnglish() {
        return locale.getLanguage().equals("en");
    }

    /** Switches to "vi" or "en" (anything else means Vietnamese) and shows the same page again. */
    public String use(String tag) {
        locale = "en".equals(tag) ? Locale.ENGLISH : VIETNAMESE;
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.getViewRoot().setLocale(locale);
        // with its view parameters: a report's page (bao-cao.xhtml?obligation=…) stays that report's
        return faces.getViewRoot().getViewId() + "?faces-redirect=true&includeViewParams=true";
    }

    /**
     * The sign-in page's {@code ?lang=en}: signing out ends the session, and with it the language
     * chosen; the page it lands on is told in its address.
     */
    public void fromRequest() {
        String tag = FacesContext.getCurrentInstance()
                .getExternalContext()
                .getRequestParameterMap()
                .get("lang");
        if (tag != null) {
            locale = "en".equals(tag) ? Locale.ENGLISH : VIETNAMESE;
        }
    }

    /** A text of the pages in the current language. */
    public String text(String key) {
        return ResourceBundle.getBundle(BUNDLE, locale).getString(key);
    }
}
