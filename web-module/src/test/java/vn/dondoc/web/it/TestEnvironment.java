package vn.dondoc.web.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;
import vn.dondoc.testing.TestDatabase;

/**
 * Sets up, once per test run, what every Arquillian deployment shares: the database, the tenant
 * bundles, demo mode and the token key folder. Payara Micro runs in its own JVM: this hands it the
 * settings as system properties through {@code payara.cmdOptions}, which the Arquillian connector
 * reads when it starts. Payara Micro's temporary files (its runtime folder, POI's) go under
 * {@code target/}, not the machine's {@code /tmp}.
 */
public class TestEnvironment implements LauncherSessionListener {

    private static final Logger LOG = Logger.getLogger(TestEnvironment.class.getName());
    private static TestDatabase database;
    private static Path keysDir;
    private static List<String> productOptions;

    @Override
    public void launcherSessionOpened(LauncherSession session) {
        if (System.getProperty("payara.microJar") == null) {
            return; // a unit-test run (surefire): nothing to set up
        }
        Path work = Path.of(System.getProperty("dondoc.test.work", "target/it-work"))
                .toAbsolutePath();
        try {
            Files.createDirectories(work);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Path productTmp = work.resolve("payara-tmp");
        try {
            Files.createDirectories(productTmp);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        database = TestDatabase.start(work);
        keysDir = work.resolve("keys");
        LOG.info(() -> "Integration tests run against " + database.description());
        productOptions = List.of(
                "-Xmx768m",
                "-Djava.io.tmpdir=" + productTmp,
                "-Ddondoc.db.url=" + database.url(),
                "-Ddondoc.db.user=" + database.user(),
                "-Ddondoc.db.password=" + database.password(),
                "-Ddondoc.demo=true",
                // Every test client is 127.0.0.1 and the classes share one database: the wrong
                // passwords the suite tries on purpose must not add up to the address's lock (D-038;
                // SignInLockoutTest proves the lock itself at its default).
                "-Ddondoc.sign-in.address-failures=1000",
                "-Ddondoc.tenants.dir=" + System.getProperty("dondoc.tenants.dir"),
                "-Ddondoc.jwt.keys-dir=" + keysDir);
        System.setProperty(
                "payara.cmdOptions",
                productOptions.stream().map(TestEnvironment::escape).collect(Collectors.joining(" ")));
    }

    @Override
    public void launcherSessionClosed(LauncherSession session) {
        if (database != null) {
            database.stop();
        }
    }

    static TestDatabase database() {
        if (database == null) {
            throw new IllegalStateException(
                    "The test database is not set up: run the integration tests with mvn verify.");
        }
        return database;
    }

    static Path keysDir() {
        return keysDir;
    }

    /** The JVM options every start of the product in this run gets (database, bundles, keys…). */
    static List<String> productOptions() {
        if (productOptions == null) {
            throw new IllegalStateException(
                    "The product's options are not set up: run the integration tests with mvn verify.");
        }
        return productOptions;
    }

    /** The connector splits its options on unescaped spaces. */
    private static String escape(String value) {
        return value.replace(" ", "\\ ");
    }
}
