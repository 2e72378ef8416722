package vn.dondoc.backup;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonGenerator;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code manifest.json}, what an archive says of itself: its format and version, the schema version
 * the tenant was read at, the tenant, when, each table in the order an import writes them (its
 * file, row count and range of ids) and the SHA-256 of every other file of the archive.
 */
public record Manifest(
        String format,
        int formatVersion,
        String schemaVersion,
        String tenant,
        String exportedAt,
        List<TableEntry> tables,
        Map<String, String> sha256) {

    public static final String FORMAT = "dondoc-tenant-archive";
    /** Raised when a reader of version n could no longer read what is written. */
    public static final int FORMAT_VERSION = 1;

    public static final String FILE = "manifest.json";

    /** One table's file; {@code idMin}/{@code idMax} when its key is one integer column and it has rows. */
    public record TableEntry(String name, String file, long rows, Long idMin, Long idMax) {}

    void writeTo(OutputStream out) {
        JsonObjectBuilder files = Json.createObjectBuilder();
        sha256.forEach(files::add);
        var list = Json.createArrayBuilder();
        for (TableEntry t : tables) {
            JsonObjectBuilder b = Json.createObjectBuilder()
                    .add("name", t.name())
                    .add("file", t.file())
                    .add("rows", t.rows());
            if (t.idMin() != null) {
                b.add("idMin", t.idMin()).add("idMax", t.idMax());
            }
            list.add(b);
        }
        JsonObject json = Json.createObjectBuilder()
                .add("format", format)
                .add("formatVersion", formatVersion)
                .add("schemaVersion", schemaVersion)
                .add("tenant", tenant)
                .add("exportedAt", exportedAt)
                .add("tables", list)
                .add("sha256", files)
                .build();
        StringWriter text = new StringWriter();
        try (var writer = Json.createWriterFactory(Map.of(JsonGenerator.PRETTY_PRINTING, true))
                .createWriter(text)) {
            writer.write(json);
        }
        try {
            out.write(text.toString().getBytes(StandardCharsets.UTF_8));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    static Manifest readFrom(InputStream in) {
        JsonObject json;
        try (var reader = Json.createReader(in)) {
            json = reader.readObject();
        } catch (RuntimeException e) {
            throw new Refusal(
                    "manifest.json không đọc được: " + e.getMessage(),
                    "manifest.json cannot be read: " + e.getMessage(),
                    e);
        }
        if (!FORMAT.equals(json.getString("format", null))) {
            throw new Refusal(
                    "Tệp không phải bản sao lưu một đơn vị của Đôn Đốc", "The file is not a Đôn Đốc tenant archive");
        }
        int version = json.getInt("formatVersion", -1);
        if (version != FORMAT_VERSION) {
            throw new Refusal(
                    "Bản sao lưu có định dạng phiên bản " + version + ", công cụ này đọc phiên bản " + FORMAT_VERSION,
                    "The archive's format is version " + version + "; this tool reads version " + FORMAT_VERSION);
        }
        List<TableEntry> tables = new ArrayList<>();
        for (JsonValue v : json.getJsonArray("tables")) {
            JsonObject t = v.asJsonObject();
            tables.add(new TableEntry(
                    t.getString("name"),
                    t.getString("file"),
                    t.getJsonNumber("rows").longValueExact(),
                    t.containsKey("idMin") ? t.getJsonNumber("idMin").longValueExact() : null,
                    t.containsKey("idMax") ? t.getJsonNumber("idMax").longValueExact() : null));
        }
        Map<String, String> files = new LinkedHashMap<>();
        json.getJsonObject("sha256")
                .forEach((file, hash) -> files.put(file, ((jakarta.json.JsonString) hash).getString()));
        return new Manifest(
                FORMAT,
                version,
                json.getString("schemaVersion"),
                json.getString("tenant"),
                json.getString("exportedAt"),
                List.copyOf(tables),
                files);
    }
}
