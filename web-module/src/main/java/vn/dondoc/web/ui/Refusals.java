package vn.dondoc.web.ui;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;

/**
 * A boundary's refusal shown on the page: beside the field it concerns (or at the top of the page,
 * {@code clientId} null), in the page's language. The boundaries word their refusals "tiếng Việt /
 * English"; the half for the page's language is shown.
 */
public final class Refusals {

    private Refusals() {}

    /** "Đã có … / The code … is taken": the half in the page's language, or all of it if not split. */
    public static String inLanguage(String bilingual, boolean english) {
        if (bilingual == null) {
            return "";
        }
        int slash = bilingual.indexOf(" / ");
        if (slash < 0) {
            return bilingual;
        }
        return english ? bilingual.substring(slash + 3) : bilingual.substring(0, slash);
    }

    /** An error beside the field (its client id, "agency:name"), and the form's values kept. */
    public static void beside(String clientId, String text) {
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.addMessage(clientId, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
        faces.validationFailed();
    }

    /** What was done, said at the top of the page ("Đã thêm …"). */
    public static void done(String text) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text, null));
    }
}
