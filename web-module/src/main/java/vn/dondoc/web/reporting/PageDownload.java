package vn.dondoc.web.reporting;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import java.io.IOException;
import vn.dondoc.web.platform.Downloads;

/**
 * A file written into the page's own response, with the headers the API gives the same file
 * ({@link Downloads}): always a download, never sniffed, never cached by a shared proxy; an
 * uploaded one also sandboxed.
 */
public final class PageDownload {

    private PageDownload() {}

    public static void send(String fileName, String contentType, byte[] content, boolean uploaded) throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext context = faces.getExternalContext();
        context.responseReset();
        context.setResponseContentType(contentType);
        context.setResponseContentLength(content.length);
        context.setResponseHeader("Content-Disposition", Downloads.disposition(fileName));
        context.setResponseHeader("X-Content-Type-Options", "nosniff");
        context.setResponseHeader("Cache-Control", "private, no-store");
        if (uploaded) {
            context.setResponseHeader("Content-Security-Policy", "default-src 'none'; sandbox");
        }
        context.getResponseOutputStream().write(content);
        faces.responseComplete();
    }
}
