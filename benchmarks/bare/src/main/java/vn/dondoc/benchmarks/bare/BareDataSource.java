package vn.dondoc.benchmarks.bare;

import java.sql.SQLException;
import org.mariadb.jdbc.MariaDbDataSource;

/**
 * The product's database, addressed from the same environment ({@code DONDOC_DB_URL}, {@code
 * DONDOC_DB_USER}, {@code DONDOC_DB_PASSWORD}); the container pools it exactly like the product's
 * own data source (WEB-INF/web.xml), so both stacks draw from pools of the same size.
 */
public class BareDataSource extends MariaDbDataSource {

    public BareDataSource() throws SQLException {
        String url = System.getenv("DONDOC_DB_URL");
        if (url == null || url.isBlank()) {
            throw new SQLException("DONDOC_DB_URL is not set");
        }
        setUrl(url);
        setUser(envOr("DONDOC_DB_USER", "root"));
        setPassword(envOr("DONDOC_DB_PASSWORD", ""));
    }

    private static String envOr(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
