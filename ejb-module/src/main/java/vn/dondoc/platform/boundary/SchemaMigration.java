package vn.dondoc.platform.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;
import vn.dondoc.platform.control.ConfiguredDataSource;

/**
 * Brings the schema up to date before anything else touches the database. Flyway owns the
 * schema: the migrations under {@code db/migration} are the only way it changes.
 *
 * <p>It also defines the application's one data source, pooled by the container, which {@link
 * ConfiguredDataSource} addresses from configuration. The definition sits on this bean because
 * a full server reads {@code @DataSourceDefinition} only from components of the EJB module.
 */
@DataSourceDefinition(
        name = ConfiguredDataSource.JNDI_NAME,
        className = "vn.dondoc.platform.control.ConfiguredDataSource",
        minPoolSize = 2,
        maxPoolSize = 32,
        properties = {
            "fish.payara.is-connection-validation-required=true",
            "fish.payara.connection-validation-method=meta-data",
            "fish.payara.fail-all-connections=true"
        })
@Startup
@Singleton
public class SchemaMigration {

    private static final Logger LOG = Logger.getLogger(SchemaMigration.class.getName());

    @Resource(lookup = ConfiguredDataSource.JNDI_NAME)
    DataSource dataSource;

    @PostConstruct
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void migrate() {
        Flyway flyway = Flyway.configure(getClass().getClassLoader())
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .failOnMissingLocations(true)
                .load();
        MigrateResult result = flyway.migrate();
        LOG.info(() -> "Schema at version " + flyway.info().current().getVersion() + " (" + result.migrationsExecuted
                + " migration(s) applied now)");
    }
}
