package vn.dondoc.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LauncherTest {

    private final DondocHome home = new DondocHome(Path.of("/repo"), Path.of("/repo/launcher/target"));

    @Test
    void portDefaultsTo8080() {
        assertEquals(8080, Launcher.port(Map.of()));
        assertEquals(9090, Launcher.port(Map.of("PORT", " 9090 ")));
        assertThrows(IllegalArgumentException.class, () -> Launcher.port(Map.of("PORT", "http")));
        assertThrows(IllegalArgumentException.class, () -> Launcher.port(Map.of("PORT", "70000")));
    }

    @Test
    void childEnvironmentCarriesTheDatabaseAndDemoSettings() {
        Launcher launcher = new Launcher(Map.of("DONDOC_CLOCK", "2025-03-01T08:00:00Z"), home, new Console(0));
        Map<String, String> env = launcher.childEnvironment(
                new DatabaseSettings("jdbc:mariadb://127.0.0.1:4000/dondoc", "root", "s3cret"));
        assertEquals(
                Map.of(
                        "DONDOC_DB_URL", "jdbc:mariadb://127.0.0.1:4000/dondoc",
                        "DONDOC_DB_USER", "root",
                        "DONDOC_DB_PASSWORD", "s3cret",
                        "DONDOC_DEMO", "true",
                        "DONDOC_TENANTS_DIR", "/repo/tenants",
                        "DONDOC_JWT_KEYS_DIR", "/repo/var/keys",
                        "DONDOC_CLOCK", "2025-03-01T08:00:00Z"),
                env);
    }

    @Test
    void clockIsOnlyPassedWhenSet() {
        Launcher launcher = new Launcher(Map.of(), home, new Console(0));
        assertFalse(
                launcher.childEnvironment(new DatabaseSettings("u", "r", "")).containsKey("DONDOC_CLOCK"));
    }

    @Test
    void payaraOptionsAreSplitOnWhitespace() {
        assertEquals(List.of(), Launcher.jvmOptions(Map.of()));
        assertEquals(
                List.of("-Xmx512m", "-XX:+UseSerialGC"),
                Launcher.jvmOptions(Map.of("DONDOC_PAYARA_JAVA_OPTS", " -Xmx512m  -XX:+UseSerialGC ")));
    }
}
