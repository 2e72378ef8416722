package vn.dondoc.web.reporting;

import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import vn.dondoc.reporting.boundary.ExtensionView;
import vn.dondoc.reporting.boundary.Extensions;
import vn.dondoc.web.platform.Paging;

/** Requests for more time across obligations: the secretariat's queue with {@code ?status=PENDING}. */
@Path("extensions")
@Produces(MediaType.APPLICATION_JSON)
public class ExtensionsResource {

    @Inject
    Extensions extensions;

    @GET
    @Operation(
            summary = "Đề nghị gia hạn / Requests for more time",
            description = "[Extension], the longest waiting first, filtered by ?status= (PENDING, APPROVED, REFUSED), "
                    + "?agency=, ?document= (each optional); an agency officer or head sees only its own agency's. "
                    + "X-Total-Count and Link headers page it.")
    public Response list(
            @QueryParam("status") String status,
            @QueryParam("agency") String agency,
            @QueryParam("document") Long document,
            @QueryParam("page") @DefaultValue("0") int page,
            @QueryParam("size") @DefaultValue("50") int size,
            @Context UriInfo uri) {
        Paging.check(page, size);
        return Paging.ok(extensions.list(status, agency, document, page, size), uri);
    }

    @GET
    @Path("{id}")
    @Operation(
            summary = "Một đề nghị gia hạn / One request for more time",
            description = "The Extension with its decision; another agency's (for an agency's user) or another "
                    + "tenant's answers 404.")
    public ExtensionView one(@PathParam("id") long id) {
        return extensions.one(id);
    }
}
