package vn.dondoc.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class PayaraProcessTest {

    @Test
    void deploysTheWarAtTheRootWithoutClustering() {
        List<String> command = PayaraProcess.command(
                Path.of("/jdk/bin/java"),
                List.of("-Xmx1g"),
                Path.of("/repo/launcher/target/payara-micro.jar"),
                Path.of("/repo/web-module/target/dondoc.war"),
                8081);
        assertEquals(
                List.of(
                        "/jdk/bin/java",
                        "-Xmx1g",
                        "-jar",
                        "/repo/launcher/target/payara-micro.jar",
                        "--deploy",
                        "/repo/web-module/target/dondoc.war",
                        "--contextroot",
                        "/",
                        "--port",
                        "8081",
                        "--nocluster"),
                command);
    }
}
