package vn.dondoc.platform.control;

import java.sql.SQLException;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;
import org.mariadb.jdbc.MariaDbDataSource;

/**
 * The MariaDB data source, addressed from MicroProfile Config ({@code dondoc.db.url}, {@code
 * dondoc.db.user}, {@code dondoc.db.password}; as environment variables {@code DONDOC_DB_URL}
 * and so on). Payara's {@code ${MPCONFIG=…}} placeholders in {@code @DataSourceDefinition} cannot
 * express an empty password (MicroProfile Config treats an empty value as missing, and the
 * placeholder is then sent verbatim), and a local MariaDB's root commonly has none.
 */
public class ConfiguredDataSource extends MariaDbDataSource {

    /** Where the container binds the pooled data source (defined on {@code SchemaMigration}). */
    public static final String JNDI_NAME = "java:app/jdbc/dondoc";

    public ConfiguredDataSource() throws SQLException {
        Config config = ConfigProvider.getConfig(ConfiguredDataSource.class.getClassLoader());
        String url = config.getOptionalValue("dondoc.db.url", String.class)
                .orElseThrow(() -> new SQLException(
                        "No database configured: set DONDOC_DB_URL (e.g. jdbc:mariadb://127.0.0.1:3306/dondoc), "
                                + "DONDOC_DB_USER and DONDOC_DB_PASSWORD, or start the product with ./dondoc run."));
        setUrl(url);
        setUser(config.getOptionalValue("dondoc.db.user", String.class).orElse("root"));
        setPassword(config.getOptionalValue("dondoc.db.password", String.class).orElse(""));
    }
}
