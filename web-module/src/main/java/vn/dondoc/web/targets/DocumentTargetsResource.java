package vn.dondoc.web.targets;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
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
import vn.dondoc.targets.boundary.TargetInput;
import vn.dondoc.targets.boundary.TargetView;
import vn.dondoc.targets.boundary.Targets;

/** A document's new targets, entered by the secretariat (a path of its own, as the consolidated report's). */
@Path("documents/{id}/targets")
@Produces(MediaType.APPLICATION_JSON)
public class DocumentTargetsResource {

    @Inject
    Targets targets;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RequestBody(content = @Content(schema = @Schema(implementation = TargetInput.class)))
    @Operation(
            summary = "Thêm chỉ tiêu (SECRETARIAT) / Add a target (SECRETARIAT)",
            description =
                    "Body {itemId?, agencyCode | groupCode, year?, periodLabel?, name, unit?, direction, strict?, "
                            + "value, basis?, baseYear?, basePeriod?, baseValue?}: one Target for the agency, or one for each "
                            + "member of the group. The year is the plan's when left out. 201 with the targets made; 400 names "
                            + "the wrong field; 404 for a document, item, agency or group the tenant does not have.")
    public Response create(@PathParam("id") long id, TargetInput input, @Context UriInfo uri) {
        List<TargetView> made = targets.create(id, input);
        return Response.created(uri.getBaseUriBuilder()
                        .path("targets")
                        .queryParam("document", id)
                        .build())
                .entity(made)
                .build();
    }
}
