package vn.dondoc.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DatabaseSettingsTest {

    @Test
    void externalDatabaseIsTakenAsGiven() {
        assertEquals(
                Optional.of(new DatabaseSettings("jdbc:mariadb://db:3306/x", "app", "pw")),
                DatabaseSettings.fromEnvironment(Map.of(
                        "DONDOC_DB_URL",
                        "jdbc:mariadb://db:3306/x",
                        "DONDOC_DB_USER",
                        "app",
                        "DONDOC_DB_PASSWORD",
                        "pw")));
    }

    @Test
    void noUrlMeansTheEmbeddedDatabase() {
        assertTrue(DatabaseSettings.fromEnvironment(Map.of("DONDOC_DB_USER", "app"))
                .isEmpty());
        assertTrue(
                DatabaseSettings.fromEnvironment(Map.of("DONDOC_DB_URL", " ")).isEmpty());
    }

    @Test
    void passwordsInTheUrlAreHiddenFromTheConsole() {
        assertEquals(
                "jdbc:mariadb://db/x?user=a&password=***&ssl=1",
                new DatabaseSettings("jdbc:mariadb://db/x?user=a&password=secret&ssl=1", "", "").safeUrl());
    }
}
