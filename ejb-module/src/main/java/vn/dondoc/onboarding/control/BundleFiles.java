package vn.dondoc.onboarding.control;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * Where a bundle's files come from: a folder under {@code tenants/} at start-up, or the files of an
 * upload ({@code POST /tenants}, as a zip or one JSON object). Each file is named as its problems
 * will name it: a path, an entry of the zip, or a JSON pointer into the request's body.
 */
public interface BundleFiles {

    /** The file's bytes, or empty when it is absent. */
    Optional<byte[]> bytes(String file);

    /** How problems name the file. */
    Path name(String file);

    /** The folder name the tenant's id must equal, or empty when the files came in no folder. */
    Optional<String> folder();

    /** A bundle folder on disk: {@code tenants/<id>/}. */
    static BundleFiles folder(Path dir) {
        return new BundleFiles() {
            @Override
            public Optional<byte[]> bytes(String file) {
                Path path = dir.resolve(file);
                if (!Files.exists(path)) {
                    return Optional.empty();
                }
                try {
                    return Optional.of(Files.readAllBytes(path));
                } catch (IOException e) {
                    throw new MalformedBundle(path, 0, "cannot be read: " + e.getMessage());
                }
            }

            @Override
            public Path name(String file) {
                return dir.resolve(file);
            }

            @Override
            public Optional<String> folder() {
                return Optional.ofNullable(dir.getFileName()).map(Path::toString);
            }
        };
    }

    /** Files held in memory, each named by {@code names} (a zip's entry, a JSON pointer). */
    static BundleFiles inMemory(Map<String, byte[]> files, Map<String, Path> names, Optional<String> folder) {
        return new BundleFiles() {
            @Override
            public Optional<byte[]> bytes(String file) {
                return Optional.ofNullable(files.get(file));
            }

            @Override
            public Path name(String file) {
                return names.getOrDefault(file, Path.of(file));
            }

            @Override
            public Optional<String> folder() {
                return folder;
            }
        };
    }
}
