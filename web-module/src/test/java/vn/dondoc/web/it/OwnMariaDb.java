package vn.dondoc.web.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A MariaDB server of the test's own, that it may kill: the machine's server is shared with other
 * people's tests and must never be stopped. A fresh data folder under {@code target/} (made by
 * {@code mariadb-install-db}), a free port on 127.0.0.1 and its socket under {@code target/} too.
 * {@link #kill()} sends SIGKILL, as a crashed or OOM-killed server would die: no shutdown, no
 * flush beyond what InnoDB made durable at each commit; {@link #start()} brings it up again on
 * the same data folder and port, and InnoDB recovers from its redo log.
 */
final class OwnMariaDb implements AutoCloseable {

    private static final Duration STARTUP = Duration.ofMinutes(2);

    private final Path server;
    private final Path home;
    private final int port;
    private Process process;

    private OwnMariaDb(Path server, Path home, int port) {
        this.server = server;
        this.home = home;
        this.port = port;
    }

    /**
     * The MariaDB server program ({@code dondoc.test.mariadbd}, default {@code /usr/sbin/mariadbd})
     * and its installer, when this machine has both.
     */
    static Optional<Path> serverProgram() {
        Path server = Path.of(System.getProperty("dondoc.test.mariadbd", "/usr/sbin/mariadbd"));
        return Files.isExecutable(server) && installer(server).isPresent() ? Optional.of(server) : Optional.empty();
    }

    private static Optional<Path> installer(Path server) {
        return Stream.of(
                        server.resolveSibling("mariadb-install-db"),
                        server.getParent().resolveSibling("bin").resolve("mariadb-install-db"),
                        Path.of("/usr/bin/mariadb-install-db"))
                .filter(Files::isExecutable)
                .findFirst();
    }

    /** Installs a fresh server in {@code home} (emptied first) and starts it on a free port. */
    static OwnMariaDb install(Path server, Path home) throws IOException, InterruptedException {
        deleteTree(home);
        Files.createDirectories(home.resolve("tmp"));
        Process install = new ProcessBuilder(
                        installer(server).orElseThrow().toString(),
                        "--no-defaults",
                        "--datadir=" + home.resolve("data"),
                        "--auth-root-authentication-method=normal",
                        "--skip-test-db",
                        "--user=" + System.getProperty("user.name"))
                .redirectErrorStream(true)
                .redirectOutput(home.resolve("install.log").toFile())
                .start();
        if (!install.waitFor(2, TimeUnit.MINUTES) || install.exitValue() != 0) {
            install.destroyForcibly();
            throw new IllegalStateException("mariadb-install-db failed; see " + home.resolve("install.log"));
        }
        OwnMariaDb db = new OwnMariaDb(server, home, freePort());
        db.start();
        return db;
    }

    /** Starts the server on its data folder and port; returns once it accepts connections. */
    void start() throws IOException, InterruptedException {
        List<String> command = List.of(
                server.toString(),
                "--no-defaults",
                "--user=" + System.getProperty("user.name"),
                "--datadir=" + home.resolve("data"),
                "--port=" + port,
                "--bind-address=127.0.0.1",
                "--socket=" + home.resolve("mariadb.sock"),
                "--pid-file=" + home.resolve("mariadb.pid"),
                "--tmpdir=" + home.resolve("tmp"),
                "--log-error=" + home.resolve("error.log"),
                "--skip-name-resolve",
                "--innodb-buffer-pool-size=64M",
                // Every commit on disk before it is acknowledged: the default, named because the
                // test is about it.
                "--innodb-flush-log-at-trx-commit=1",
                "--character-set-server=utf8mb4",
                "--collation-server=utf8mb4_uca1400_vietnamese_as_ci");
        process = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(
                        home.resolve("server.log").toFile()))
                .start();
        Instant deadline = Instant.now().plus(STARTUP);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException(
                        "mariadbd exited with " + process.exitValue() + "; see " + home.resolve("error.log"));
            }
            try (Connection ignored = DriverManager.getConnection(serverUrl(), "root", "")) {
                return;
            } catch (SQLException notYet) {
                Thread.sleep(100);
            }
        }
        throw new IllegalStateException("mariadbd not ready after " + STARTUP + "; see " + home.resolve("error.log"));
    }

    /** SIGKILL ({@code kill -9}): the server dies at once, in the middle of whatever it was doing. */
    void kill() throws InterruptedException {
        process.destroyForcibly(); // SIGKILL on Linux
        process.waitFor();
    }

    long pid() {
        return process.pid();
    }

    String serverUrl() {
        return "jdbc:mariadb://127.0.0.1:" + port + "/";
    }

    String createDatabase(String name) throws SQLException {
        try (Connection c = DriverManager.getConnection(serverUrl(), "root", "");
                Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + name + " CHARACTER SET utf8mb4 COLLATE utf8mb4_uca1400_vietnamese_as_ci");
        }
        return serverUrl() + name;
    }

    /** Kills the server and removes its data; its logs stay under {@code target/} to be read. */
    @Override
    public void close() throws IOException, InterruptedException {
        if (process != null && process.isAlive()) {
            kill();
        }
        deleteTree(home.resolve("data"));
        deleteTree(home.resolve("tmp"));
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.delete(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }
}
