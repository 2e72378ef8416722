package vn.dondoc.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DondocHomeTest {

    @Test
    void rootIsTwoLevelsAboveTheLauncherJar() {
        Path target = DondocHome.targetOf(Path.of("/repo/launcher/target/dondoc-launcher.jar"));
        assertEquals(Path.of("/repo/launcher/target"), target);
        assertEquals(Path.of("/repo"), DondocHome.rootOf(target));
    }

    @Test
    void classesFolderOfAnIdeRunFindsTheSameRoot() {
        Path target = DondocHome.targetOf(Path.of("/repo/launcher/target/classes"));
        assertEquals(Path.of("/repo"), DondocHome.rootOf(target));
    }

    @Test
    void dondocHomeOverridesTheJarLocation() {
        DondocHome home = DondocHome.of(Map.of("DONDOC_HOME", "/elsewhere"));
        assertEquals(Path.of("/elsewhere"), home.root());
        assertEquals(Path.of("/elsewhere/var"), home.var());
        assertEquals(Path.of("/elsewhere/var/keys"), home.keys());
        assertEquals(Path.of("/elsewhere/var/log/payara.log"), home.payaraLog());
        assertEquals(Path.of("/elsewhere/tenants"), home.tenants());
    }

    @Test
    void warDefaultsToTheWebModuleAndCanBeOverridden() {
        DondocHome home = new DondocHome(Path.of("/repo"), Path.of("/repo/launcher/target"));
        assertEquals(Path.of("/repo/web-module/target/dondoc.war"), home.war(Map.of()));
        assertEquals(Path.of("/tmp/x.war"), home.war(Map.of("DONDOC_WAR", "/tmp/x.war")));
        assertEquals(Path.of("/repo/launcher/target/payara-micro.jar"), home.payaraJar());
    }
}
