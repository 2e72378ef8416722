package vn.dondoc.launcher;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/** The last lines of a log that is appended to across runs and may grow large. */
final class LogTail {

    private static final int MAX_BYTES = 256 * 1024;

    private LogTail() {}

    static List<String> of(Path file, int lines) {
        return of(file, lines, null);
    }

    /** Only what follows the last {@code marker} line, so a previous run's lines are not mistaken for this one's. */
    static List<String> of(Path file, int lines, String marker) {
        if (!Files.isRegularFile(file)) {
            return List.of();
        }
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "r")) {
            long length = raf.length();
            int size = (int) Math.min(length, MAX_BYTES);
            byte[] bytes = new byte[size];
            raf.seek(length - size);
            raf.readFully(bytes);
            List<String> all = Arrays.asList(new String(bytes, StandardCharsets.UTF_8).split("\\R"));
            int from = 0;
            for (int i = all.size() - 1; marker != null && i >= 0; i--) {
                if (all.get(i).startsWith(marker)) {
                    from = i + 1;
                    break;
                }
            }
            return all.subList(Math.max(from, all.size() - lines), all.size());
        } catch (IOException e) {
            return List.of("(" + file + ": " + e.getMessage() + ")");
        }
    }
}
