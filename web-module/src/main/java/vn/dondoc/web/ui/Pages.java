package vn.dondoc.web.ui;

import jakarta.faces.context.FacesContext;
import java.io.IOException;
import java.io.UncheckedIOException;

/** What a page answers when what its address names is not the caller's to see. */
public final class Pages {

    private Pages() {}

    /**
     * 404, as the API answers a thing of another agency or tenant: the page says nothing of it, not
     * even that it exists.
     */
    public static void notFound() {
        answer(404, "Not Found");
    }

    /**
     * 403 before anything is rendered, for a role the page's boundary would refuse (as the
     * scorecard's page does): the boundary's own refusal would come mid-render, as a 500.
     */
    public static void forbiddenUnless(String... roles) {
        jakarta.faces.context.ExternalContext context =
                FacesContext.getCurrentInstance().getExternalContext();
        for (String role : roles) {
            if (context.isUserInRole(role)) {
                return;
            }
        }
        answer(403, "Forbidden");
    }

    private static void answer(int status, String reason) {
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            faces.getExternalContext().responseSendError(status, reason);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        faces.responseComplete();
    }
}
