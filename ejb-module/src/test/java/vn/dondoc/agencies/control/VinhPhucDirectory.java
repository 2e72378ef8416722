package vn.dondoc.agencies.control;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The directory of the vinh-phuc tenant bundle (tenants/vinh-phuc), as the matcher receives it. */
final class VinhPhucDirectory {

    private VinhPhucDirectory() {}

    static List<DirectoryEntry> entries() {
        Path bundle = bundle();
        List<DirectoryEntry> entries = new ArrayList<>();
        entries.addAll(read(bundle.resolve("agencies.json"), DirectoryEntry.Kind.AGENCY));
        entries.addAll(read(bundle.resolve("groups.json"), DirectoryEntry.Kind.GROUP));
        return entries;
    }

    private static List<DirectoryEntry> read(Path file, DirectoryEntry.Kind kind) {
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8);
                JsonReader json = Json.createReader(in)) {
            List<DirectoryEntry> entries = new ArrayList<>();
            for (JsonObject body : json.readArray().getValuesAs(JsonObject.class)) {
                String name = body.getString("name");
                JsonArray aliases = body.getJsonArray("aliases");
                List<String> names = aliases == null
                        ? List.of()
                        : aliases.getValuesAs(JsonString.class).stream()
                                .map(JsonString::getString)
                                .toList();
                entries.add(new DirectoryEntry(kind, Slug.of(name), name, names));
            }
            return entries;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Tests run in the module folder; the bundles sit beside it at the project root. */
    private static Path bundle() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path bundle = dir.resolve("tenants").resolve("vinh-phuc");
            if (Files.isDirectory(bundle)) {
                return bundle;
            }
        }
        throw new IllegalStateException(
                "tenants/vinh-phuc not found above " + Path.of("").toAbsolutePath());
    }
}
