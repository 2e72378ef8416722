package vn.dondoc.web.consolidation;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import vn.dondoc.consolidation.boundary.ConsolidatedFile;
import vn.dondoc.consolidation.boundary.Consolidation;
import vn.dondoc.web.platform.Downloads;

/** The consolidated report of a document's period, as JSON or as a Word document; the rules are {@link Consolidation}'s. */
@Path("documents/{id}/periods/{label}/consolidated")
public class ConsolidatedResource {

    private static final MediaType DOCX = MediaType.valueOf(Consolidation.DOCX);

    @Inject
    Consolidation consolidation;

    @PathParam("id")
    long document;

    @PathParam("label")
    String label;

    @GET
    @Produces({MediaType.APPLICATION_JSON, Consolidation.DOCX})
    @Operation(
            summary = "Báo cáo tổng hợp (SECRETARIAT; LEADER, ADMIN đọc) / The consolidated report",
            description = "Made afresh from the accepted reports: per item the agencies' narratives and the figures "
                    + "summed by name and unit; the agencies not reported, returned or in review; the extensions. "
                    + "JSON by default; a DOCX to edit and sign with Accept: " + Consolidation.DOCX + ". 400 for a "
                    + "label that is not a period's, 404 for a period the document does not have.")
    public Response consolidated(@Context HttpHeaders headers) {
        if (!wantsDocx(headers)) {
            return Response.ok(consolidation.report(document, label), MediaType.APPLICATION_JSON_TYPE)
                    .build();
        }
        ConsolidatedFile file = consolidation.docx(document, label);
        return Downloads.made(file.content(), Consolidation.DOCX, file.fileName());
    }

    /** Only when the client names the DOCX type before JSON: a wildcard or no Accept gets JSON. */
    private static boolean wantsDocx(HttpHeaders headers) {
        for (MediaType type : headers.getAcceptableMediaTypes()) {
            if (type.isWildcardType() || type.isWildcardSubtype()) {
                return false;
            }
            if (type.isCompatible(DOCX)) {
                return true;
            }
            if (type.isCompatible(MediaType.APPLICATION_JSON_TYPE)) {
                return false;
            }
        }
        return false;
    }
}
