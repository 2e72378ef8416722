package vn.dondoc.backup;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;

/**
 * {@code ./dondoc export-tenant <tenant> <archive.zip>} and {@code ./dondoc import-tenant
 * <archive.zip> [--as <new-tenant-id>]}, on the database that {@code DONDOC_DB_URL},
 * {@code DONDOC_DB_USER} and {@code DONDOC_DB_PASSWORD} name, as {@code ./dondoc run} reads them.
 */
public final class BackupCommand {

    public static final String USAGE = """
              ./dondoc export-tenant <mã đơn vị> <tệp.zip>              sao lưu một đơn vị ra tệp
              ./dondoc import-tenant <tệp.zip> [--as <mã đơn vị mới>]   khôi phục một đơn vị từ tệp
              (CSDL: DONDOC_DB_URL, DONDOC_DB_USER, DONDOC_DB_PASSWORD; xem docs/operations.md)
            """;

    public static final String USAGE_EN = """
              ./dondoc export-tenant <tenant> <archive.zip>             back up one tenant to an archive
              ./dondoc import-tenant <archive.zip> [--as <new-tenant>]  restore one tenant from an archive
              (database: DONDOC_DB_URL, DONDOC_DB_USER, DONDOC_DB_PASSWORD; see docs/operations.md)
            """;

    private BackupCommand() {}

    /** Runs the command; the exit code: 0 done, 1 refused or failed, 2 wrong usage. */
    public static int run(List<String> args, Map<String, String> env, PrintStream out) {
        String url = env.get("DONDOC_DB_URL");
        try {
            switch (args.isEmpty() ? "" : args.get(0)) {
                case "export-tenant" -> {
                    if (args.size() != 3) {
                        return usage(out);
                    }
                    requireUrl(url);
                    try (Connection c = connect(url, env)) {
                        Manifest m = new TenantExport(c).export(args.get(1), Path.of(args.get(2)));
                        long rows = m.tables().stream()
                                .mapToLong(Manifest.TableEntry::rows)
                                .sum();
                        out.println("Đã sao lưu đơn vị " + m.tenant() + ": "
                                + m.tables().size() + " bảng, " + rows
                                + " dòng, " + Files.size(Path.of(args.get(2))) + " byte, lược đồ phiên bản "
                                + m.schemaVersion());
                        out.println("Exported tenant " + m.tenant() + ": "
                                + m.tables().size() + " tables, " + rows + " rows, schema version " + m.schemaVersion()
                                + " → " + args.get(2));
                    }
                }
                case "import-tenant" -> {
                    String as = null;
                    if (args.size() == 4 && args.get(2).equals("--as")) {
                        as = args.get(3);
                    } else if (args.size() != 2) {
                        return usage(out);
                    }
                    requireUrl(url);
                    try (Connection c = connect(url, env)) {
                        TenantImport.Result r = new TenantImport(c).importArchive(Path.of(args.get(1)), as);
                        long rows = r.rows().values().stream()
                                .mapToLong(Long::longValue)
                                .sum();
                        String ids = r.idsKept() ? "giữ nguyên mã dòng / ids kept" : "mã dòng mới / new ids";
                        out.println("Đã khôi phục đơn vị " + r.tenant() + ": " + rows + " dòng (" + ids + ")");
                        out.println("Imported tenant " + r.tenant() + ": " + rows + " rows");
                        out.println("Nếu máy chủ đang chạy, không cần khởi động lại. / No restart is needed.");
                    }
                }
                default -> {
                    return usage(out);
                }
            }
            return 0;
        } catch (Refusal e) {
            out.println(e.getMessage());
            return 1;
        } catch (Exception e) {
            out.println("Lỗi / Error: " + e);
            return 1;
        }
    }

    private static void requireUrl(String url) {
        if (url == null || url.isBlank()) {
            throw new Refusal(
                    "Hãy đặt DONDOC_DB_URL (và DONDOC_DB_USER, DONDOC_DB_PASSWORD) chỉ tới CSDL",
                    "Set DONDOC_DB_URL (and DONDOC_DB_USER, DONDOC_DB_PASSWORD) to the database");
        }
    }

    private static Connection connect(String url, Map<String, String> env) throws SQLException {
        return DriverManager.getConnection(
                url, env.getOrDefault("DONDOC_DB_USER", ""), env.getOrDefault("DONDOC_DB_PASSWORD", ""));
    }

    private static int usage(PrintStream out) {
        out.println(USAGE);
        out.println(USAGE_EN);
        return 2;
    }
}
