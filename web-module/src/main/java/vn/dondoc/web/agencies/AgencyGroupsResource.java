package vn.dondoc.web.agencies;

import jakarta.inject.Inject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import vn.dondoc.agencies.boundary.Agencies;
import vn.dondoc.agencies.boundary.GroupEntry;
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

    @PUT
    @Path("{code}/members/{agencyCode}")
    @Operation(
            summary = "Thêm cơ quan vào nhóm (ADMIN) / Put an agency into a group (ADMIN)",
            description = "Answers the group entry. The items naming the group that the secretariat has not edited "
                    + "are assigned again, with their obligations, in the same transaction. 404 for an unknown "
                    + "group or agency, 409 if already a member, 400 for a group whose members are not held.")
    public GroupEntry join(@PathParam("code") String code, @PathParam("agencyCode") String agencyCode) {
        return agencies.join(code, agencyCode);
    }

    @DELETE
    @Path("{code}/members/{agencyCode}")
    @Operation(
            summary = "Bỏ cơ quan khỏi nhóm (ADMIN) / Take an agency out of a group (ADMIN)",
            description = "Answers the group entry; the unedited items naming the group are assigned again. 404 "
                    + "when the agency is not a member.")
    public GroupEntry leave(@PathParam("code") String code, @PathParam("agencyCode") String agencyCode) {
        return agencies.leave(code, agencyCode);
    }
}
