package vn.dondoc.web.agencies;

import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import vn.dondoc.agencies.boundary.Agencies;
import vn.dondoc.platform.boundary.Page;
import vn.dondoc.web.platform.Paging;

@Path("agency-groups")
@Produces(MediaType.APPLICATION_JSON)
public class AgencyGroupsResource {

    @Inject
    Agencies agencies;

    @GET
    @Operation(
            summary = "Nhóm cơ quan / Agency groups",
            description =
                    "[{code, name, members, membersKnown}]; membersKnown false: the directory does not hold the members.")
    public Response all(
            @QueryParam("page") @DefaultValue("0") int page,
            @QueryParam("size") @DefaultValue("" + Page.MAX_SIZE) int size,
            @Context UriInfo uri) {
        return Paging.ok(Paging.slice(agencies.groups(), page, size), uri);
    }
}
