package vn.dondoc.benchmarks.bare;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Map;
import javax.sql.DataSource;

/** The floor: a one-row read through this stack, like the product's {@code GET /agencies/{code}}. */
@Path("agencies")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class AgenciesResource {

    @Resource(lookup = BareReports.DATA_SOURCE)
    DataSource dataSource;

    @GET
    @Path("{code}")
    public Map<String, String> one(
            @PathParam("code") String code, @QueryParam("tenant") @DefaultValue("vinh-phuc") String tenant)
            throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement(
                        "SELECT code, name, kind FROM agency WHERE tenant_id = ? AND code = ?")) {
            select.setString(1, tenant);
            select.setString(2, code);
            try (ResultSet row = select.executeQuery()) {
                if (!row.next()) {
                    throw new NotFoundException();
                }
                return Map.of("code", row.getString(1), "name", row.getString(2), "kind", row.getString(3));
            }
        }
    }
}
