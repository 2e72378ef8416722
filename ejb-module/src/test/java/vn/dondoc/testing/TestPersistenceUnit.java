package vn.dondoc.testing;

import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Logger;
import org.eclipse.persistence.config.PersistenceUnitProperties;
import org.flywaydb.core.Flyway;

/**
 * The {@code dondoc} persistence unit in Java SE, on a migrated test database: built once per test
 * run by {@link JpaExtension} and closed when the run ends.
 */
final class TestPersistenceUnit implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(TestPersistenceUnit.class.getName());

    private final TestDatabase database;
    private final EntityManagerFactory emf;
    /** Numbers the tenants of the run: the database is fresh, so a counter is enough to keep them apart. */
    private final AtomicInteger tenants = new AtomicInteger();

    private TestPersistenceUnit(TestDatabase database, EntityManagerFactory emf) {
        this.database = database;
        this.emf = emf;
    }

    static TestPersistenceUnit start() {
        // Only the embedded fallback writes files, and it writes them here, not in /tmp.
        Path work = Path.of("target", "test-db").toAbsolutePath();
        try {
            Files.createDirectories(work);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        TestDatabase database = TestDatabase.start(work);
        try {
            migrate(database);
            EntityManagerFactory emf = Persistence.createEntityManagerFactory("dondoc", seOverrides(database));
            LOG.info(() -> "JPA tests run against " + database.description());
            return new TestPersistenceUnit(database, emf);
        } catch (RuntimeException e) {
            database.stop();
            throw e;
        }
    }

    /** As {@code platform.boundary.SchemaMigration} does in the server: the migrations are the schema. */
    private static void migrate(TestDatabase database) {
        Flyway.configure(TestPersistenceUnit.class.getClassLoader())
                .dataSource(database.url(), database.user(), database.password())
                .locations("classpath:db/migration")
                .failOnMissingLocations(true)
                .load()
                .migrate();
    }

    /**
     * What the container provides in the server, given here instead. Everything else, the
     * multitenant and cache settings above all, comes unchanged from persistence.xml.
     */
    private static Map<String, Object> seOverrides(TestDatabase database) {
        Map<String, Object> properties = new HashMap<>();
        properties.put(PersistenceUnitProperties.TRANSACTION_TYPE, "RESOURCE_LOCAL");
        // An empty name drops the JTA data source of persistence.xml: there is no JNDI here.
        properties.put(PersistenceUnitProperties.JTA_DATASOURCE, "");
        properties.put(PersistenceUnitProperties.JDBC_DRIVER, "org.mariadb.jdbc.Driver");
        properties.put(PersistenceUnitProperties.JDBC_URL, database.url());
        properties.put(PersistenceUnitProperties.JDBC_USER, database.user());
        properties.put(PersistenceUnitProperties.JDBC_PASSWORD, database.password());
        // Weaving is left on: the build runs the tests with EclipseLink as a Java agent (pom.xml),
        // so entities are woven as in Payara. Without the agent (an IDE run), EclipseLink warns that
        // it turns lazy to-one relations eager, and the tests still run.
        return properties;
    }

    EntityManagerFactory emf() {
        return emf;
    }

    TestDatabase database() {
        return database;
    }

    int nextTenantNumber() {
        return tenants.incrementAndGet();
    }

    /** The factory before the database: its pooled connections must not outlive the database. */
    @Override
    public void close() {
        try {
            emf.close();
        } finally {
            database.stop();
        }
    }
}
