package vn.dondoc.web.ui;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import java.io.IOException;

/**
 * A page's view action lets in the roles whose boundary calls the page makes, and answers 403 to
 * anybody else before anything is rendered, as the container answers the API: the boundary would
 * refuse them anyway, on the first call, with an error page in the middle of a form.
 */
public final class PageGuard {

    private PageGuard() {}

    /**
     * @return whether the signed-in user has one of the roles; if not, the response is a 403 and
     *     complete
     */
    public static boolean admits(String... roles) throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        if (faces.getResponseComplete()) {
            return false; // another view action of the page refused already
        }
        ExternalContext context = faces.getExternalContext();
        for (String role : roles) {
            if (context.isUserInRole(role)) {
                return true;
            }
        }
        context.responseSendError(403, "Forbidden");
        faces.responseComplete();
        return false;
    }

    /** Whether the signed-in user has the role: to show a form only to those its boundary lets in. */
    public static boolean has(String role) {
        return FacesContext.getCurrentInstance().getExternalContext().isUserInRole(role);
    }
}
