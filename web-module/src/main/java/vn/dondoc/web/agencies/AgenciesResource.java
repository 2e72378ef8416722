package vn.dondoc.web.agencies;

import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
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
import vn.dondoc.agencies.boundary.AgencyEdit;
import vn.dondoc.agencies.boundary.AgencyEntry;
import vn.dondoc.agencies.boundary.NewAgency;
import vn.dondoc.platform.boundary.Page;
import vn.dondoc.web.platform.Paging;

@Path("agencies")
@Produces(MediaType.APPLICATION_JSON)
public class AgenciesResource {

    @Inject
    Agencies agencies;

    @GET
    @Operation(
            summary = "Danh bạ cơ quan / Agency directory",
            description = "[{code, name, kind, groups}]; X-Total-Count and Link headers page it.")
    public Response all(
            @QueryParam("page") @DefaultValue("0") int page,
            @QueryParam("size") @DefaultValue("" + Page.MAX_SIZE) int size,
            @Context UriInfo uri) {
        return Paging.ok(Paging.slice(agencies.all(), page, size), uri);
    }

    @GET
    @Path("{code}")
    @Operation(summary = "Một cơ quan / One agency")
    public AgencyEntry one(@PathParam("code") String code) {
        return agencies.byCode(code);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Thêm cơ quan (ADMIN) / Add an agency (ADMIN)")
    public Response create(@NotNull @Valid NewAgency request, @Context UriInfo uri) {
        AgencyEntry created = agencies.create(request);
        return Response.created(
                        uri.getAbsolutePathBuilder().path(created.code()).build())
                .entity(created)
                .build();
    }

    @PUT
    @Path("{code}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Sửa tên cơ quan (ADMIN) / Rename an agency (ADMIN)",
            description = "Body: {name, nameEn, aliases}; the code and kind stay. 409 when another agency or group "
                    + "has that name; 404 for an unknown code.")
    public AgencyEntry describe(@PathParam("code") String code, @NotNull @Valid AgencyEdit edit) {
        return agencies.describe(code, edit);
    }
}
