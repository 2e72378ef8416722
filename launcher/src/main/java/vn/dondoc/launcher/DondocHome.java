package vn.dondoc.launcher;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.Map;

/**
 * Where the project lives on disk. The launcher is started as {@code <root>/launcher/target/dondoc-launcher.jar}
 * from any working directory, so the root is found from the jar's own location, not from the
 * current directory; {@code DONDOC_HOME} overrides it for unusual layouts.
 */
record DondocHome(Path root, Path launcherTarget) {

    static DondocHome of(Map<String, String> env) {
        Path codeSource = codeSource();
        Path target = targetOf(codeSource);
        String home = env.get("DONDOC_HOME");
        Path root = home != null && !home.isBlank() ? Path.of(home) : rootOf(target);
        return new DondocHome(root.toAbsolutePath().normalize(), target);
    }

    /** The {@code target} folder holding the jar (or the classes folder when run from an IDE). */
    static Path targetOf(Path codeSource) {
        for (Path p = codeSource; p != null; p = p.getParent()) {
            if (p.getFileName() != null && p.getFileName().toString().equals("target")) {
                return p;
            }
        }
        return codeSource.getParent() == null ? codeSource : codeSource.getParent();
    }

    static Path rootOf(Path target) {
        Path module = target.getParent();
        if (module != null
                && module.getFileName() != null
                && module.getFileName().toString().equals("launcher")
                && module.getParent() != null) {
            return module.getParent();
        }
        return Path.of("").toAbsolutePath();
    }

    Path var() {
        return root.resolve("var");
    }

    Path tenants() {
        return root.resolve("tenants");
    }

    Path keys() {
        return var().resolve("keys");
    }

    Path logs() {
        return var().resolve("log");
    }

    Path payaraLog() {
        return logs().resolve("payara.log");
    }

    Path payaraJar() {
        return launcherTarget.resolve("payara-micro.jar");
    }

    /** {@code DONDOC_WAR} lets the launcher be tried against another WAR before the real one builds. */
    Path war(Map<String, String> env) {
        String war = env.get("DONDOC_WAR");
        return war != null && !war.isBlank()
                ? Path.of(war).toAbsolutePath()
                : root.resolve("web-module").resolve("target").resolve("dondoc.war");
    }

    private static Path codeSource() {
        try {
            return Path.of(Launcher.class
                            .getProtectionDomain()
                            .getCodeSource()
                            .getLocation()
                            .toURI())
                    .toAbsolutePath();
        } catch (URISyntaxException | SecurityException | NullPointerException e) {
            return Path.of("").toAbsolutePath();
        }
    }
}
