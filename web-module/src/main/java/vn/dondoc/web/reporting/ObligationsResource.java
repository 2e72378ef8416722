package vn.dondoc.web.reporting;

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
import vn.dondoc.reporting.boundary.ObligationOrder;
import vn.dondoc.reporting.boundary.Obligations;
import vn.dondoc.web.platform.Paging;

@Path("obligations")
@Produces(MediaType.APPLICATION_JSON)
public class ObligationsResource {

    @Inject
    Obligations obligations;

    @GET
    @Operation(
            summary = "Nghĩa vụ báo cáo / Obligations",
            description =
                    "[Obligation] soonest due first (or ?sort=dueOn|period|kind|status, a leading - for descending), "
                            + "filtered by ?agency=, ?document=, ?status=, ?period= (a period's label, 2024-H1; each "
                            + "optional); an "
                            + "agency officer or head sees only its own agency's. X-Total-Count and Link headers page it.")
    public Response list(
            @QueryParam("agency") String agency,
            @QueryParam("document") Long document,
            @QueryParam("status") String status,
            @QueryParam("period") String period,
            @QueryParam("sort") String sort,
            @QueryParam("page") @DefaultValue("0") int page,
            @QueryParam("size") @DefaultValue("50") int size,
            @Context UriInfo uri) {
        Paging.check(page, size);
        ObligationOrder order = sort == null || sort.isBlank() ? ObligationOrder.DUE_ON : ObligationOrder.of(sort);
        boolean descending = sort != null && sort.strip().startsWith("-");
        return Paging.ok(obligations.list(agency, document, status, period, order, descending, page, size), uri);
    }
}
