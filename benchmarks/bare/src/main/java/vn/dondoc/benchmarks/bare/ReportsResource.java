package vn.dondoc.benchmarks.bare;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.sql.SQLException;

/** The same four requests as the product's report API, one transaction each. */
@Path("obligations/{id}/report")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class ReportsResource {

    @Inject
    BareReports reports;

    @GET
    public Response read(@PathParam("id") long id) throws SQLException {
        ReportView report = reports.read(id);
        return Response.ok(report).header("ETag", report.etag()).build();
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    public Response save(@PathParam("id") long id, ReportBody body, @HeaderParam("If-Match") String ifMatch)
            throws SQLException {
        if (body == null) {
            throw new BadRequestException();
        }
        ReportView saved = reports.save(id, body, ifMatch);
        return Response.ok(saved).header("ETag", saved.etag()).build();
    }

    @POST
    @Path("attachments")
    @Consumes(MediaType.WILDCARD)
    public Response attach(
            @PathParam("id") long id, @QueryParam("name") @DefaultValue("attachment") String name, byte[] content)
            throws SQLException {
        return Response.status(Response.Status.CREATED)
                .entity(reports.attach(id, name, content))
                .build();
    }

    @POST
    @Path("submit")
    public Response submit(@PathParam("id") long id, @HeaderParam("Idempotency-Key") String key) throws SQLException {
        return Response.ok(reports.submit(id, key)).build();
    }
}
