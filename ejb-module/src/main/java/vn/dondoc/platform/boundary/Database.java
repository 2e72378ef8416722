package vn.dondoc.platform.boundary;

import jakarta.annotation.sql.DataSourceDefinition;

/**
 * The application's one data source, pooled by the container. {@link
 * vn.dondoc.platform.control.ConfiguredDataSource} reads its address from configuration.
 */
@DataSourceDefinition(
        name = Database.JNDI_NAME,
        className = "vn.dondoc.platform.control.ConfiguredDataSource",
        minPoolSize = 2,
        maxPoolSize = 32,
        properties = {
            "fish.payara.is-connection-validation-required=true",
            "fish.payara.connection-validation-method=meta-data",
            "fish.payara.fail-all-connections=true"
        })
public final class Database {

    public static final String JNDI_NAME = "java:app/jdbc/dondoc";

    private Database() {}
}
