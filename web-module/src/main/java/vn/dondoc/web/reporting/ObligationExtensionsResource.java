package vn.dondoc.web.reporting;

import jakarta.inject.Inject;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import vn.dondoc.reporting.boundary.ExtensionDecision;
import vn.dondoc.reporting.boundary.ExtensionRequest;
import vn.dondoc.reporting.boundary.ExtensionView;
import vn.dondoc.reporting.boundary.Extensions;
import vn.dondoc.reporting.boundary.ObligationView;

/**
 * One obligation's requests for more time (gia hạn) and their decisions; the rules are {@link
 * Extensions}'. Shares {@code obligations/{id}} with {@link ReportsResource}: Jersey merges root
 * resources of one path.
 */
@Path("obligations/{id}")
@Produces(MediaType.APPLICATION_JSON)
public class ObligationExtensionsResource {

    @Inject
    Extensions extensions;

    @PathParam("id")
    long obligation;

    @POST
    @Path("extension")
    @Consumes(MediaType.APPLICATION_JSON)
    @RequestBody(content = @Content(schema = @Schema(implementation = ExtensionRequest.class)))
    @Operation(
            summary = "Đề nghị gia hạn (AGENCY_OFFICER) / Ask for more time (AGENCY_OFFICER)",
            description = "Body {requestedDueOn, reason}. 201 with the Obligation and its pending extension. 400 names "
                    + "a missing or malformed field; 422 when requestedDueOn is not after the current dueOn; 409 when "
                    + "a request already waits or the report was already sent (submitted, approved, accepted).")
    public Response request(JsonValue body, @Context UriInfo uri) {
        ObligationView view = extensions.request(obligation, ExtensionBodies.request(body));
        return Response.created(uri.getBaseUriBuilder()
                        .path("obligations/{id}/extensions")
                        .build(obligation))
                .entity(view)
                .build();
    }

    @POST
    @Path("extension/approve")
    @Consumes(MediaType.APPLICATION_JSON)
    @RequestBody(content = @Content(schema = @Schema(implementation = ExtensionDecision.class)))
    @Operation(
            summary = "Chấp thuận gia hạn (SECRETARIAT) / Approve the extension (SECRETARIAT)",
            description = "Body {dueOn}: the date granted, which may differ from the one asked for but must be after "
                    + "the current deadline (the original one unless an extension was granted before): 422 otherwise. "
                    + "It becomes the Obligation's dueOn; originalDueOn stays. 409 when no request waits.")
    public ObligationView approve(JsonValue body) {
        return extensions.approve(obligation, ExtensionBodies.approval(body));
    }

    @POST
    @Path("extension/refuse")
    @Consumes(MediaType.APPLICATION_JSON)
    @RequestBody(content = @Content(schema = @Schema(implementation = ExtensionDecision.class)))
    @Operation(
            summary = "Không chấp thuận gia hạn (SECRETARIAT) / Refuse the extension (SECRETARIAT)",
            description = "Body {comment}, required (400 without it). The deadline stays. 409 when no request waits.")
    public ObligationView refuse(JsonValue body) {
        return extensions.refuse(obligation, ExtensionBodies.refusal(body));
    }

    @GET
    @Path("extensions")
    @Operation(
            summary = "Các lần đề nghị gia hạn / The obligation's requests for more time",
            description = "Oldest first: who asked when for what and why, the deadline then, who decided when and how.")
    public List<ExtensionView> history() {
        return extensions.history(obligation);
    }
}
