package vn.dondoc.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LogTailTest {

    @TempDir
    Path dir;

    @Test
    void returnsTheLastLines() throws IOException {
        Path log = dir.resolve("payara.log");
        Files.writeString(
                log, IntStream.rangeClosed(1, 100).mapToObj(i -> "dòng " + i).collect(Collectors.joining("\n")) + "\n");
        List<String> tail = LogTail.of(log, 3);
        assertEquals(List.of("dòng 98", "dòng 99", "dòng 100"), tail);
    }

    @Test
    void startsAfterTheLastRunMarker() throws IOException {
        Path log = dir.resolve("marked.log");
        Files.writeString(log, "old 1\n===== ./dondoc run A\nold 2\n===== ./dondoc run B\nnew 1\nnew 2\n");
        assertEquals(List.of("new 1", "new 2"), LogTail.of(log, 40, "===== ./dondoc run "));
        assertEquals(List.of("new 2"), LogTail.of(log, 1, "===== ./dondoc run "));
    }

    @Test
    void shortOrMissingLogsAreFine() throws IOException {
        Path log = dir.resolve("short.log");
        Files.writeString(log, "only\n");
        assertEquals(List.of("only"), LogTail.of(log, 40));
        assertEquals(List.of(), LogTail.of(dir.resolve("absent.log"), 40));
    }
}
