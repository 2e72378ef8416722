package vn.dondoc.backup;

import static vn.dondoc.backup.Catalog.quoted;

import jakarta.json.Json;
import jakarta.json.stream.JsonGenerator;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Writes one tenant to an archive (docs/reliability/backup.md): a JSON file per tenant-owned table
 * with the tenant's rows, each BLOB a file under {@code attachments/}, and {@code manifest.json}
 * with the SHA-256 of every file. Everything is read in one REPEATABLE READ transaction started
 * WITH CONSISTENT SNAPSHOT, so the archive is the tenant at one instant even while the servers
 * keep writing; rows are streamed from the database to the zip, one at a time.
 */
public final class TenantExport {

    /** Rows the driver reads ahead; a streaming result set, not the whole table in memory. */
    static final int FETCH_SIZE = 500;

    private final Connection connection;

    public TenantExport(Connection connection) {
        this.connection = connection;
    }

    /** Exports {@code tenant} to {@code archive} (replaced only when the export succeeds). */
    public Manifest export(String tenant, Path archive) throws SQLException, IOException {
        Path partial = archive.resolveSibling(archive.getFileName() + ".partial");
        boolean autoCommit = connection.getAutoCommit();
        connection.setAutoCommit(true);
        try (Statement s = connection.createStatement()) {
            s.execute("SET SESSION TRANSACTION ISOLATION LEVEL REPEATABLE READ");
            s.execute("START TRANSACTION WITH CONSISTENT SNAPSHOT, READ ONLY");
        }
        try {
            Catalog catalog = Catalog.read(connection);
            String schemaVersion = Catalog.schemaVersion(connection);
            if (!tenantExists(tenant)) {
                throw new Refusal("Không có đơn vị " + tenant, "No tenant " + tenant);
            }
            Manifest manifest;
            try (OutputStream file = Files.newOutputStream(partial);
                    ZipOutputStream zip = new ZipOutputStream(file)) {
                manifest = write(catalog, schemaVersion, tenant, zip);
            }
            Files.move(partial, archive, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return manifest;
        } finally {
            Files.deleteIfExists(partial);
            try (Statement s = connection.createStatement()) {
                s.execute("COMMIT");
            }
            connection.setAutoCommit(autoCommit);
        }
    }

    private boolean tenantExists(String tenant) throws SQLException {
        try (PreparedStatement s =
                connection.prepareStatement("SELECT 1 FROM " + quoted(Catalog.TENANT_TABLE) + " WHERE id = ?")) {
            s.setString(1, tenant);
            try (ResultSet r = s.executeQuery()) {
                return r.next();
            }
        }
    }

    private Manifest write(Catalog catalog, String schemaVersion, String tenant, ZipOutputStream zip)
            throws SQLException, IOException {
        List<Manifest.TableEntry> tables = new ArrayList<>();
        Map<String, String> hashes = new LinkedHashMap<>();
        for (Catalog.Table table : catalog.tables()) {
            table.columns().forEach(c -> Values.checkSupported(table.name(), c));
            if (table.primaryKey().isEmpty()) {
                throw new Refusal(
                        "Bảng " + table.name() + " không có khoá chính: không xuất được theo thứ tự ổn định",
                        "Table " + table.name() + " has no primary key: it cannot be exported in a stable order");
            }
            String file = "tables/" + table.name() + ".json";
            zip.putNextEntry(new ZipEntry(file));
            HashingEntry entry = new HashingEntry(zip);
            tables.add(writeRows(table, tenant, file, entry));
            zip.closeEntry();
            hashes.put(file, entry.hex());
            if (table.columns().stream().anyMatch(Values::blob)) {
                writeBlobs(table, tenant, zip, hashes);
            }
        }
        Manifest manifest = new Manifest(
                Manifest.FORMAT,
                Manifest.FORMAT_VERSION,
                schemaVersion,
                tenant,
                Instant.now().toString(),
                List.copyOf(tables),
                hashes);
        zip.putNextEntry(new ZipEntry(Manifest.FILE));
        manifest.writeTo(new HashingEntry(zip));
        zip.closeEntry();
        return manifest;
    }

    private Manifest.TableEntry writeRows(Catalog.Table table, String tenant, String file, OutputStream out)
            throws SQLException {
        List<Catalog.Column> columns = table.writable();
        String key = table.singleKey()
                .filter(k -> table.column(k).map(Catalog.Column::integer).orElse(false))
                .orElse(null);
        long rows = 0;
        Long min = null;
        Long max = null;
        try (JsonGenerator json = Json.createGenerator(out);
                PreparedStatement s = streaming(select(table, columns))) {
            json.writeStartObject().write("table", table.name()).writeStartArray("columns");
            for (Catalog.Column c : columns) {
                json.writeStartObject()
                        .write("name", c.name())
                        .write("type", c.type())
                        .writeEnd();
            }
            json.writeEnd().writeStartArray("rows");
            s.setString(1, tenant);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    json.writeStartObject();
                    for (int i = 0; i < columns.size(); i++) {
                        Catalog.Column c = columns.get(i);
                        if (Values.blob(c)) {
                            json.write(c.name(), blobFile(table, c, r, columns));
                        } else {
                            Values.write(json, r, i + 1, c);
                        }
                    }
                    json.writeEnd();
                    rows++;
                    if (key != null) {
                        long id = r.getLong(columns.indexOf(table.column(key).orElseThrow()) + 1);
                        min = min == null ? id : Math.min(min, id);
                        max = max == null ? id : Math.max(max, id);
                    }
                }
            }
            json.writeEnd().writeEnd();
        }
        return new Manifest.TableEntry(table.name(), file, rows, min, max);
    }

    /*
     * Second pass over a table with BLOBs, in the same snapshot: each value to its own file, named by
     * the row's key as the first pass wrote it in the row.
     */
    private void writeBlobs(Catalog.Table table, String tenant, ZipOutputStream zip, Map<String, String> hashes)
            throws SQLException, IOException {
        List<Catalog.Column> columns = table.writable();
        try (PreparedStatement s = streaming(select(table, columns))) {
            s.setString(1, tenant);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    for (int i = 0; i < columns.size(); i++) {
                        Catalog.Column c = columns.get(i);
                        if (!Values.blob(c)) {
                            continue;
                        }
                        try (InputStream bytes = r.getBinaryStream(i + 1)) {
                            if (bytes == null) {
                                continue;
                            }
                            String file = blobFile(table, c, r, columns);
                            zip.putNextEntry(new ZipEntry(file));
                            HashingEntry entry = new HashingEntry(zip);
                            bytes.transferTo(entry);
                            zip.closeEntry();
                            hashes.put(file, entry.hex());
                        }
                    }
                }
            }
        }
    }

    private static String blobFile(
            Catalog.Table table, Catalog.Column column, ResultSet r, List<Catalog.Column> columns) throws SQLException {
        List<String> key = new ArrayList<>();
        for (String k : table.primaryKey()) {
            key.add(r.getString(columns.indexOf(table.column(k).orElseThrow()) + 1));
        }
        return "attachments/" + table.name() + "/" + column.name() + "/"
                + String.join("_", key).replaceAll("[^A-Za-z0-9._-]", "_") + ".bin";
    }

    private static String select(Catalog.Table table, List<Catalog.Column> columns) {
        return "SELECT " + columns.stream().map(c -> quoted(c.name())).collect(Collectors.joining(", "))
                + " FROM " + quoted(table.name()) + " WHERE " + quoted(table.tenantColumn()) + " = ?"
                + " ORDER BY "
                + table.primaryKey().stream().map(Catalog::quoted).collect(Collectors.joining(", "));
    }

    private PreparedStatement streaming(String sql) throws SQLException {
        PreparedStatement s = connection.prepareStatement(sql, ResultSet.TYPE_FORWARD_ONLY, ResultSet.CONCUR_READ_ONLY);
        s.setFetchSize(FETCH_SIZE);
        return s;
    }
}
