package vn.dondoc.web.targets;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import vn.dondoc.targets.boundary.TargetInput;
import vn.dondoc.targets.boundary.TargetView;
import vn.dondoc.targets.boundary.Targets;
import vn.dondoc.web.platform.Paging;

/** Targets (chỉ tiêu) and their attainment; the rules are {@link Targets}'. */
@Path("targets")
@Produces(MediaType.APPLICATION_JSON)
public class TargetsResource {

    @Inject
    Targets targets;

    @GET
    @Operation(
            summary = "Chỉ tiêu / Targets",
            description = "[Target] with its attainment today (EXCEEDED, MET, MISSED, NO_RESULT, NOT_DUE), the result "
                    + "from accepted reports (a rate keeps numerator and denominator), the change against the same "
                    + "period a year earlier (PERCENTAGE_POINTS for a rate, RELATIVE_PERCENT for a count), filtered by "
                    + "?document=, ?agency=, ?year= (each optional); an agency officer or head sees only its own "
                    + "agency's. X-Total-Count and Link headers page it.")
    public Response list(
            @QueryParam("document") Long document,
            @QueryParam("agency") String agency,
            @QueryParam("year") Integer year,
            @QueryParam("page") @DefaultValue("0") int page,
            @QueryParam("size") @DefaultValue("50") int size,
            @Context UriInfo uri) {
        Paging.check(page, size);
        return Paging.ok(targets.list(document, agency, year, page, size), uri);
    }

    @GET
    @Path("{id}")
    @Operation(
            summary = "Một chỉ tiêu / One target",
            description = "The Target with its attainment today; another agency's (for an agency's user) or another "
                    + "tenant's answers 404.")
    public TargetView one(@PathParam("id") long id) {
        return targets.one(id);
    }

    @PATCH
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RequestBody(content = @Content(schema = @Schema(implementation = TargetInput.class)))
    @Operation(
            summary = "Sửa chỉ tiêu (SECRETARIAT) / Correct a target (SECRETARIAT)",
            description =
                    "Any of {year, periodLabel, name, unit, direction, strict, value, basis, baseYear, basePeriod, "
                            + "baseValue}; a field left out keeps its value. A target read from the plan keeps the correction "
                            + "through later imports. 400 names the wrong field; 404 for another tenant's target.")
    public TargetView edit(@PathParam("id") long id, TargetInput input) {
        return targets.edit(id, input);
    }
}
