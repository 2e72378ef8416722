package vn.dondoc.web.ui;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.dondoc.platform.boundary.BusinessException;

/**
 * A boundary's refusal on a page. The boundaries write their messages "field: tiếng Việt /
 * English", naming the field first ("bands.good" for a part of one; the API's clients read the same text); a page shows the half in
 * its language, beside the field named when the page has it, and days as the page writes them
 * (dd/MM/yyyy). The rule that refused is the boundary's: this only words it.
 */
public final class Refusals {

    private static final Pattern FIELD = Pattern.compile("^([A-Za-z][A-Za-z]*(?:\\.[A-Za-z]+)*(?:, [A-Za-z]+)*): ");
    private static final Pattern ISO_DAY = Pattern.compile("\\b(\\d{4})-(\\d{2})-(\\d{2})\\b");

    private Refusals() {}

    /** The boundary's field the message names first ("requestedDueOn"), or {@code null}. */
    public static String field(String message) {
        if (message == null) {
            return null;
        }
        Matcher named = FIELD.matcher(message);
        return named.find() ? named.group(1) : null;
    }

    /** The message's half in the page's language, without its field, days as dd/MM/yyyy. */
    public static String text(String message, boolean english) {
        if (message == null) {
            return "";
        }
        String bare = FIELD.matcher(message).replaceFirst("");
        int slash = bare.indexOf(" / ");
        String half = slash < 0 ? bare : english ? bare.substring(slash + 3) : bare.substring(0, slash);
        return ISO_DAY.matcher(half).replaceAll("$3/$2/$1");
    }

    /**
     * Shows the refusal beside the page's field for the boundary's field it names ({@code fields}:
     * the boundary's name to the component's client id), or at the top of the form ({@code
     * globalId}) otherwise, and marks the post failed so that the form keeps what was typed.
     */
    public static void show(BusinessException refused, boolean english, Map<String, String> fields, String globalId) {
        String field = field(refused.getMessage());
        String clientId = field != null && fields.containsKey(field) ? fields.get(field) : globalId;
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.addMessage(
                clientId, new FacesMessage(FacesMessage.SEVERITY_ERROR, text(refused.getMessage(), english), null));
        faces.validationFailed();
    }

    /** An error beside a field (its client id, "agency:name"; null: the page's), the form's values kept. */
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
