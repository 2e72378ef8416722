package vn.dondoc.backup;

import static vn.dondoc.backup.Catalog.quoted;

import jakarta.json.Json;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonParser;
import jakarta.json.stream.JsonParserFactory;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Writes an archive of {@link TenantExport} into a database migrated to the same schema version,
 * as the archive's tenant or under another id, all in one transaction (docs/reliability/backup.md).
 *
 * <p>Ids are kept where they are free: in an empty database every row keeps its id. Where they are
 * not (the database has other tenants), a table's ids are moved by one offset past the largest in
 * use (its AUTO_INCREMENT or its {@code id_block} counter, which is then moved past them), and
 * every foreign key, found in information_schema, and every {@link SoftReference} follows its
 * table's offset. One offset per table keeps the order of ids and needs no map of old to new ids,
 * so memory does not grow with the tenant. Foreign keys are not checked while writing (a table
 * refers to itself: item.parent_id); every one of them is checked for the new rows, within the
 * tenant, before the commit.
 */
public final class TenantImport {

    private static final Pattern TENANT_ID = Pattern.compile("[A-Za-z0-9._-]{1,64}");
    private static final int BATCH = 200;

    /*
     * Parsson stops a document after 15,000,000 tokens (a guard for untrusted input), about 1.2
     * million rows of a table: a province's report_step has twice that. The archive's hashes were
     * checked before any parsing, so the limit is lifted, one row object at a time still.
     */
    private static final JsonParserFactory PARSERS =
            Json.createParserFactory(Map.of("org.eclipse.parsson.maxParsingLimit", Integer.MAX_VALUE));

    private final Connection connection;

    public TenantImport(Connection connection) {
        this.connection = connection;
    }

    /** What was written: the tenant, whether ids were kept, and rows per table. */
    public record Result(String tenant, boolean idsKept, Map<String, Long> rows) {}

    /** @param asTenant the tenant id to write the archive's tenant as; {@code null}: its own */
    public Result importArchive(Path archive, String asTenant) throws IOException, SQLException {
        try (ZipFile zip = new ZipFile(archive.toFile())) {
            Manifest manifest = manifest(zip);
            verify(zip, manifest);
            String tenant = asTenant == null ? manifest.tenant() : asTenant;
            if (!TENANT_ID.matcher(tenant).matches()) {
                throw new Refusal(
                        "Mã đơn vị không hợp lệ: " + tenant + " (chữ, số, '.', '_', '-'; tối đa 64 ký tự)",
                        "Invalid tenant id: " + tenant + " (letters, digits, '.', '_', '-'; at most 64 characters)");
            }
            String version = Catalog.schemaVersion(connection);
            if (!version.equals(manifest.schemaVersion())) {
                throw new Refusal(
                        "Bản sao lưu được lấy ở phiên bản lược đồ " + manifest.schemaVersion()
                                + ", CSDL đích đang ở phiên bản " + version
                                + ". Hãy đưa CSDL đích về đúng phiên bản " + manifest.schemaVersion()
                                + " (Flyway) rồi nhập lại",
                        "The archive was taken at schema version " + manifest.schemaVersion()
                                + ", the target database is at version " + version
                                + ". Migrate the target to version " + manifest.schemaVersion()
                                + " (Flyway) and import again");
            }
            Catalog catalog = Catalog.read(connection);
            sameTables(catalog, manifest);
            return write(zip, manifest, catalog, tenant);
        }
    }

    private static Manifest manifest(ZipFile zip) throws IOException {
        ZipEntry entry = zip.getEntry(Manifest.FILE);
        if (entry == null) {
            throw new Refusal(
                    "Tệp không phải bản sao lưu của Đôn Đốc (thiếu manifest.json)",
                    "Not a Đôn Đốc archive (no manifest.json)");
        }
        try (InputStream in = zip.getInputStream(entry)) {
            return Manifest.readFrom(in);
        }
    }

    /** Every file the manifest names, with its hash, and no other: before anything is written. */
    static void verify(ZipFile zip, Manifest manifest) throws IOException {
        Map<String, String> expected = new LinkedHashMap<>(manifest.sha256());
        Enumeration<? extends ZipEntry> entries = zip.entries();
        while (entries.hasMoreElements()) {
            ZipEntry entry = entries.nextElement();
            if (entry.getName().equals(Manifest.FILE)) {
                continue;
            }
            String hash = expected.remove(entry.getName());
            if (hash == null) {
                throw new Refusal(
                        "Bản sao lưu có tệp không ghi trong manifest: " + entry.getName(),
                        "The archive holds a file its manifest does not list: " + entry.getName());
            }
            MessageDigest digest = HashingEntry.sha256();
            try (InputStream in = zip.getInputStream(entry)) {
                byte[] buffer = new byte[64 * 1024];
                for (int n; (n = in.read(buffer)) > 0; ) {
                    digest.update(buffer, 0, n);
                }
            }
            if (!HexFormat.of().formatHex(digest.digest()).equalsIgnoreCase(hash)) {
                throw new Refusal(
                        "Tệp " + entry.getName() + " trong bản sao lưu đã bị thay đổi hoặc hỏng (SHA-256 không khớp)",
                        "File " + entry.getName() + " of the archive was changed or is damaged (SHA-256 mismatch)");
            }
        }
        if (!expected.isEmpty()) {
            throw new Refusal(
                    "Bản sao lưu thiếu tệp: " + String.join(", ", expected.keySet()),
                    "The archive lacks files: " + String.join(", ", expected.keySet()));
        }
    }

    private static void sameTables(Catalog catalog, Manifest manifest) {
        List<String> archived = manifest.tables().stream()
                .map(Manifest.TableEntry::name)
                .sorted()
                .toList();
        List<String> here =
                catalog.tables().stream().map(Catalog.Table::name).sorted().toList();
        if (!archived.equals(here)) {
            throw new Refusal(
                    "Bảng của bản sao lưu khác bảng của CSDL đích: " + archived + " / " + here,
                    "The archive's tables differ from the target's: " + archived + " / " + here);
        }
    }

    private Result write(ZipFile zip, Manifest manifest, Catalog catalog, String tenant)
            throws IOException, SQLException {
        boolean autoCommit = connection.getAutoCommit();
        connection.setAutoCommit(false);
        try (Statement s = connection.createStatement()) {
            s.execute("SET SESSION foreign_key_checks = 0");
        }
        try {
            if (tenantExists(tenant)) {
                throw new Refusal(
                        "Đơn vị " + tenant + " đã có trong CSDL đích; hãy nhập dưới mã khác (--as <mã mới>)",
                        "Tenant " + tenant
                                + " already exists in the target database; import it under another id (--as <new-id>)");
            }
            Map<String, Long> offsets = offsets(catalog, manifest);
            Map<String, Long> rows = new LinkedHashMap<>();
            for (Manifest.TableEntry entry : manifest.tables()) {
                Catalog.Table table = catalog.table(entry.name()).orElseThrow();
                long written = insert(zip, catalog, entry, table, tenant, offsets);
                if (written != entry.rows()) {
                    throw new Refusal(
                            entry.file() + ": " + written + " dòng, manifest ghi " + entry.rows(),
                            entry.file() + ": " + written + " rows, the manifest says " + entry.rows());
                }
                rows.put(entry.name(), written);
            }
            moveIdBlocks(catalog, manifest, offsets);
            checkForeignKeys(catalog, tenant);
            connection.commit();
            return new Result(tenant, offsets.values().stream().allMatch(o -> o == 0), rows);
        } catch (SQLException | RuntimeException | IOException e) {
            connection.rollback();
            if (e instanceof SQLException sql) {
                throw new Refusal(
                        "Nhập thất bại, không ghi gì vào CSDL: " + sql.getMessage(),
                        "The import failed and wrote nothing: " + sql.getMessage(),
                        sql);
            }
            throw e;
        } finally {
            try (Statement s = connection.createStatement()) {
                s.execute("SET SESSION foreign_key_checks = 1");
            }
            connection.setAutoCommit(autoCommit);
        }
    }

    private boolean tenantExists(String tenant) throws SQLException {
        try (PreparedStatement s = connection.prepareStatement(
                "SELECT 1 FROM " + quoted(Catalog.TENANT_TABLE) + " WHERE id = ? FOR UPDATE")) {
            s.setString(1, tenant);
            try (ResultSet r = s.executeQuery()) {
                return r.next();
            }
        }
    }

    /*
     * Per table, how far its ids move: 0 when the archive's lowest id is above every id in use, else
     * past the largest in use. The id_block rows are locked (FOR UPDATE) until the commit, so no
     * server takes a block in between; an AUTO_INCREMENT a server takes in between collides with a
     * duplicate key, and the import rolls back and says so (run it again).
     */
    private Map<String, Long> offsets(Catalog catalog, Manifest manifest) throws SQLException {
        Map<String, Long> offsets = new LinkedHashMap<>();
        for (Manifest.TableEntry entry : manifest.tables()) {
            Catalog.Table table = catalog.table(entry.name()).orElseThrow();
            if (entry.idMin() == null || !table.renumbered()) {
                offsets.put(table.name(), 0L);
                continue;
            }
            String key = quoted(table.singleKey().orElseThrow());
            long nextFree = 1;
            try (PreparedStatement s = connection.prepareStatement(
                            "SELECT COALESCE(MAX(" + key + "), 0) + 1 FROM " + quoted(table.name()));
                    ResultSet r = s.executeQuery()) {
                r.next();
                nextFree = Math.max(nextFree, r.getLong(1));
            }
            if (table.ids() == Catalog.Ids.AUTO_INCREMENT) {
                try (PreparedStatement s =
                        connection.prepareStatement("SELECT AUTO_INCREMENT FROM information_schema.TABLES"
                                + " WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = ?")) {
                    s.setString(1, table.name());
                    try (ResultSet r = s.executeQuery()) {
                        if (r.next() && r.getObject(1) != null) {
                            nextFree = Math.max(nextFree, r.getLong(1));
                        }
                    }
                }
            } else {
                try (PreparedStatement s = connection.prepareStatement(
                        "SELECT next_value FROM " + quoted(Catalog.ID_BLOCK_TABLE) + " WHERE name = ? FOR UPDATE")) {
                    s.setString(1, table.name());
                    try (ResultSet r = s.executeQuery()) {
                        r.next();
                        // The generator hands out ids up to and including its counter.
                        nextFree = Math.max(nextFree, r.getLong(1) + 1);
                    }
                }
            }
            offsets.put(table.name(), Math.max(0, nextFree - entry.idMin()));
        }
        return offsets;
    }

    /** What becomes of one column's value on the way in. */
    private sealed interface Change {
        record Tenant() implements Change {}

        record Offset(String table) implements Change {}

        record Soft(List<SoftReference> references) implements Change {}

        record None() implements Change {}
    }

    private static Change change(Catalog catalog, Catalog.Table table, String column) {
        if (column.equals(table.tenantColumn())) {
            return new Change.Tenant();
        }
        if (table.renumbered() && column.equals(table.singleKey().orElse(null))) {
            return new Change.Offset(table.name());
        }
        for (Catalog.ForeignKey fk : table.foreignKeys()) {
            int at = fk.columns().indexOf(column);
            if (at < 0) {
                continue;
            }
            Catalog.Table parent = catalog.table(fk.referencedTable()).orElse(null);
            if (parent == null) {
                return new Change.None();
            }
            String referenced = fk.referencedColumns().get(at);
            if (referenced.equals(parent.tenantColumn())) {
                return new Change.Tenant();
            }
            if (parent.renumbered() && referenced.equals(parent.singleKey().orElse(null))) {
                return new Change.Offset(parent.name());
            }
            return new Change.None();
        }
        List<SoftReference> soft = SoftReference.DECLARED.stream()
                .filter(r -> r.table().equals(table.name()) && r.column().equals(column))
                .filter(r -> catalog.table(r.target()).isPresent())
                .toList();
        return soft.isEmpty() ? new Change.None() : new Change.Soft(soft);
    }

    private long insert(
            ZipFile zip,
            Catalog catalog,
            Manifest.TableEntry entry,
            Catalog.Table table,
            String tenant,
            Map<String, Long> offsets)
            throws IOException, SQLException {
        ZipEntry file = zip.getEntry(entry.file());
        if (file == null) {
            throw new Refusal("Thiếu tệp " + entry.file(), "Missing file " + entry.file());
        }
        long written = 0;
        try (InputStream in = zip.getInputStream(file);
                JsonParser json = PARSERS.createParser(in, java.nio.charset.StandardCharsets.UTF_8)) {
            List<Catalog.Column> columns = header(json, table);
            List<Change> changes =
                    columns.stream().map(c -> change(catalog, table, c.name())).toList();
            boolean blobs = columns.stream().anyMatch(Values::blob);
            String sql = "INSERT INTO " + quoted(table.name()) + " ("
                    + columns.stream().map(c -> quoted(c.name())).collect(Collectors.joining(", ")) + ") VALUES ("
                    + columns.stream().map(c -> "?").collect(Collectors.joining(", ")) + ")";
            try (PreparedStatement insert = connection.prepareStatement(sql)) {
                List<InputStream> open = new ArrayList<>();
                while (json.next() == JsonParser.Event.START_OBJECT) {
                    JsonObject row = json.getObject();
                    for (int i = 0; i < columns.size(); i++) {
                        Catalog.Column c = columns.get(i);
                        JsonValue value = row.get(c.name());
                        if (Values.blob(c)) {
                            bindBlob(zip, insert, i + 1, value, open);
                        } else {
                            Values.bind(
                                    insert, i + 1, c, changed(changes.get(i), table, c, value, row, tenant, offsets));
                        }
                    }
                    insert.addBatch();
                    written++;
                    if (blobs || written % BATCH == 0) {
                        insert.executeBatch();
                        for (InputStream s : open) {
                            s.close();
                        }
                        open.clear();
                    }
                }
                insert.executeBatch();
                for (InputStream s : open) {
                    s.close();
                }
            }
        }
        return written;
    }

    private static List<Catalog.Column> header(JsonParser json, Catalog.Table table) {
        List<Catalog.Column> columns = new ArrayList<>();
        expect(json, JsonParser.Event.START_OBJECT, table);
        while (json.next() == JsonParser.Event.KEY_NAME) {
            String key = json.getString();
            json.next();
            switch (key) {
                case "table" -> {
                    if (!table.name().equals(json.getString())) {
                        throw new Refusal(
                                "Tệp của bảng " + table.name() + " ghi bảng " + json.getString(),
                                "The file of table " + table.name() + " names table " + json.getString());
                    }
                }
                case "columns" -> {
                    for (JsonValue v : json.getArray()) {
                        String name = v.asJsonObject().getString("name");
                        Catalog.Column column = table.column(name)
                                .filter(c -> !c.generated())
                                .orElseThrow(() -> new Refusal(
                                        "CSDL đích không có cột " + table.name() + "." + name,
                                        "The target database has no column " + table.name() + "." + name));
                        columns.add(column);
                    }
                }
                case "rows" -> {
                    // The parser stands at START_ARRAY: the rows follow, one object at a time.
                    return columns;
                }
                default -> json.skipObject();
            }
        }
        throw new Refusal(
                "Tệp của bảng " + table.name() + " không có \"rows\"",
                "The file of table " + table.name() + " has no \"rows\"");
    }

    private static void expect(JsonParser json, JsonParser.Event event, Catalog.Table table) {
        if (!json.hasNext() || json.next() != event) {
            throw new Refusal(
                    "Tệp của bảng " + table.name() + " không đúng định dạng",
                    "The file of table " + table.name() + " is malformed");
        }
    }

    private static JsonValue changed(
            Change change,
            Catalog.Table table,
            Catalog.Column column,
            JsonValue value,
            JsonObject row,
            String tenant,
            Map<String, Long> offsets) {
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return value;
        }
        if (change instanceof Change.Tenant) {
            return Json.createValue(tenant);
        }
        if (change instanceof Change.Offset o) {
            return Json.createValue(((JsonNumber) value).longValueExact() + offsets.get(o.table()));
        }
        if (change instanceof Change.Soft s) {
            return soft(s.references(), table, column, value, row, offsets);
        }
        return value;
    }

    private static JsonValue soft(
            List<SoftReference> references,
            Catalog.Table table,
            Catalog.Column column,
            JsonValue value,
            JsonObject row,
            Map<String, Long> offsets) {
        if (value instanceof JsonNumber number) {
            for (SoftReference r : references) {
                if (r.wholeValue() && r.appliesTo(c -> text(row.get(c)))) {
                    return Json.createValue(number.longValueExact() + offsets.getOrDefault(r.target(), 0L));
                }
            }
            throw new Refusal(
                    "Không biết " + table.name() + "." + column.name() + " = " + value + " trỏ tới bảng nào"
                            + " (SoftReference.DECLARED)",
                    "Cannot tell which table " + table.name() + "." + column.name() + " = " + value
                            + " refers to (SoftReference.DECLARED)");
        }
        String text = ((JsonString) value).getString();
        for (SoftReference r : references) {
            if (!r.wholeValue()) {
                long offset = offsets.getOrDefault(r.target(), 0L);
                text = r.renumber(text, id -> id + offset);
            }
        }
        return Json.createValue(text);
    }

    private static String text(JsonValue value) {
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        return value instanceof JsonString s ? s.getString() : value.toString();
    }

    private static void bindBlob(
            ZipFile zip, PreparedStatement insert, int index, JsonValue value, List<InputStream> open)
            throws IOException, SQLException {
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            insert.setNull(index, java.sql.Types.BLOB);
            return;
        }
        String path = ((JsonString) value).getString();
        ZipEntry entry = zip.getEntry(path);
        if (entry == null) {
            throw new Refusal("Thiếu tệp đính kèm " + path, "Missing attachment file " + path);
        }
        InputStream bytes = zip.getInputStream(entry);
        open.add(bytes);
        insert.setBinaryStream(index, bytes, entry.getSize());
    }

    private void moveIdBlocks(Catalog catalog, Manifest manifest, Map<String, Long> offsets) throws SQLException {
        for (Manifest.TableEntry entry : manifest.tables()) {
            Catalog.Table table = catalog.table(entry.name()).orElseThrow();
            if (table.ids() != Catalog.Ids.ID_BLOCK || entry.idMax() == null) {
                continue;
            }
            try (PreparedStatement s = connection.prepareStatement("UPDATE " + quoted(Catalog.ID_BLOCK_TABLE)
                    + " SET next_value = GREATEST(next_value, ?) WHERE name = ?")) {
                s.setLong(1, entry.idMax() + offsets.get(table.name()));
                s.setString(2, table.name());
                s.executeUpdate();
            }
        }
    }

    /** Every foreign key of every new row resolves, to a row of the same tenant. */
    private void checkForeignKeys(Catalog catalog, String tenant) throws SQLException {
        List<String> broken = new ArrayList<>();
        for (Catalog.Table table : catalog.tables()) {
            for (Catalog.ForeignKey fk : table.foreignKeys()) {
                StringBuilder sql = new StringBuilder("SELECT COUNT(*) FROM " + quoted(table.name()) + " c WHERE c."
                        + quoted(table.tenantColumn()) + " = ?");
                for (String column : fk.columns()) {
                    sql.append(" AND c.").append(quoted(column)).append(" IS NOT NULL");
                }
                sql.append(" AND NOT EXISTS (SELECT 1 FROM ")
                        .append(quoted(fk.referencedTable()))
                        .append(" p WHERE ");
                List<String> joins = new ArrayList<>();
                for (int i = 0; i < fk.columns().size(); i++) {
                    joins.add("p." + quoted(fk.referencedColumns().get(i)) + " = c."
                            + quoted(fk.columns().get(i)));
                }
                catalog.table(fk.referencedTable())
                        .filter(p -> !p.name().equals(Catalog.TENANT_TABLE))
                        .ifPresent(p ->
                                joins.add("p." + quoted(p.tenantColumn()) + " = c." + quoted(table.tenantColumn())));
                sql.append(String.join(" AND ", joins)).append(")");
                try (PreparedStatement s = connection.prepareStatement(sql.toString())) {
                    s.setString(1, tenant);
                    try (ResultSet r = s.executeQuery()) {
                        r.next();
                        if (r.getLong(1) > 0) {
                            broken.add(fk.name() + " (" + r.getLong(1) + ")");
                        }
                    }
                }
            }
        }
        if (!broken.isEmpty()) {
            throw new Refusal(
                    "Khoá ngoại không khớp sau khi nhập, đã huỷ: " + broken,
                    "Foreign keys do not resolve after the import, rolled back: " + broken);
        }
    }
}
