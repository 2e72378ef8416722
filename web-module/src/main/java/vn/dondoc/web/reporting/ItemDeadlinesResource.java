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
import vn.dondoc.reporting.boundary.ItemAgency;
import vn.dondoc.reporting.boundary.ItemDeadlineView;

/**
 * A dated item's deadline for each agency assigned it, and the requests for more time (gia hạn) on
 * it; the rules are {@link Extensions}', the bodies read as an obligation's ({@link ExtensionBodies}).
 */
@Path("documents/{id}/items/{itemId}/deadlines")
@Produces(MediaType.APPLICATION_JSON)
public class ItemDeadlinesResource {

    @Inject
    Extensions extensions;

    @PathParam("id")
    long document;

    @PathParam("itemId")
    long item;

    @GET
    @Operation(
            summary = "Hạn của nội dung theo từng cơ quan / The item's deadline for each agency",
            description = "[ItemDeadline] {itemId, agencyCode, role, originalDueOn, dueOn, extension}, one per "
                    + "agency assigned the item; an agency officer or head sees its own agency's only. dueOn and "
                    + "originalDueOn are null when the item names no date.")
    public List<ItemDeadlineView> deadlines() {
        return extensions.itemDeadlines(document, item);
    }

    @POST
    @Path("{agencyCode}/extension")
    @Consumes(MediaType.APPLICATION_JSON)
    @RequestBody(content = @Content(schema = @Schema(implementation = ExtensionRequest.class)))
    @Operation(
            summary = "Đề nghị gia hạn nội dung (AGENCY_OFFICER) / Ask for more time on an item (AGENCY_OFFICER)",
            description = "Body {requestedDueOn, reason}; the officer's own agency only (another agency's code: 404). "
                    + "201 with the ItemDeadline and its pending extension. 400 names a missing or malformed field; "
                    + "422 when requestedDueOn is not after the current dueOn; 409 when a request already waits, the "
                    + "item names no date, or the agency is not assigned the item.")
    public Response request(@PathParam("agencyCode") String agency, JsonValue body, @Context UriInfo uri) {
        ItemDeadlineView view = extensions.requestForItem(subject(agency), ExtensionBodies.request(body));
        return Response.created(uri.getBaseUriBuilder()
                        .path("documents/{id}/items/{itemId}/deadlines/{agencyCode}/extensions")
                        .build(document, item, view.agencyCode()))
                .entity(view)
                .build();
    }

    @POST
    @Path("{agencyCode}/extension/approve")
    @Consumes(MediaType.APPLICATION_JSON)
    @RequestBody(content = @Content(schema = @Schema(implementation = ExtensionDecision.class)))
    @Operation(
            summary = "Chấp thuận gia hạn nội dung (SECRETARIAT) / Approve the extension on an item (SECRETARIAT)",
            description = "Body {dueOn}: after the agency's current deadline on the item (422 otherwise). It becomes "
                    + "that agency's dueOn; originalDueOn, the item's own, stays, and so do the other agencies'. 409 "
                    + "when no request waits or the item no longer names a date.")
    public ItemDeadlineView approve(@PathParam("agencyCode") String agency, JsonValue body) {
        return extensions.approveForItem(subject(agency), ExtensionBodies.approval(body));
    }

    @POST
    @Path("{agencyCode}/extension/refuse")
    @Consumes(MediaType.APPLICATION_JSON)
    @RequestBody(content = @Content(schema = @Schema(implementation = ExtensionDecision.class)))
    @Operation(
            summary = "Không chấp thuận gia hạn nội dung (SECRETARIAT) / Refuse the extension on an item (SECRETARIAT)",
            description = "Body {comment}, required (400 without it). The deadline stays. 409 when no request waits.")
    public ItemDeadlineView refuse(@PathParam("agencyCode") String agency, JsonValue body) {
        return extensions.refuseForItem(subject(agency), ExtensionBodies.refusal(body));
    }

    @GET
    @Path("{agencyCode}/extensions")
    @Operation(
            summary = "Các lần đề nghị gia hạn nội dung / The agency's requests for more time on the item",
            description = "Oldest first: who asked when for what and why, the deadline then, who decided when and how.")
    public List<ExtensionView> history(@PathParam("agencyCode") String agency) {
        return extensions.itemHistory(subject(agency));
    }

    private ItemAgency subject(String agency) {
        return new ItemAgency(document, item, agency);
    }
}
