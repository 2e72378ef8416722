package vn.dondoc.backup;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import vn.dondoc.testing.JpaExtension;

class BackupCommandTest {

    @RegisterExtension
    static final JpaExtension jpa = new JpaExtension();

    private final ByteArrayOutputStream printed = new ByteArrayOutputStream();
    private final PrintStream out = new PrintStream(printed, true, StandardCharsets.UTF_8);

    @Test
    void aWrongCommandLineShowsTheUsageInBothLanguages() {
        assertThat(BackupCommand.run(List.of("import-tenant"), Map.of(), out)).isEqualTo(2);
        assertThat(printed()).contains("khôi phục một đơn vị từ tệp").contains("restore one tenant from an archive");
    }

    @Test
    void withoutADatabaseItSaysWhichVariablesToSet() {
        assertThat(BackupCommand.run(List.of("export-tenant", "t1", "t1.zip"), Map.of(), out))
                .isEqualTo(1);
        assertThat(printed()).contains("Hãy đặt DONDOC_DB_URL").contains("Set DONDOC_DB_URL");
    }

    @Test
    void aTenantGoesOutAndComesBackUnderANewIdThroughTheCommands() throws Exception {
        String tenant = jpa.newTenant();
        jpa.newDirectory(tenant);
        Map<String, String> env;
        try (Connection c = jpa.jdbc()) {
            env = Map.of(
                    "DONDOC_DB_URL", c.getMetaData().getURL(),
                    "DONDOC_DB_USER", c.getMetaData().getUserName(),
                    "DONDOC_DB_PASSWORD", System.getenv().getOrDefault("DONDOC_TEST_DB_PASSWORD", ""));
        }
        Path archive =
                Files.createDirectories(Path.of("target", "backup-command")).resolve(tenant + ".zip");
        try {
            assertThat(BackupCommand.run(List.of("export-tenant", tenant, archive.toString()), env, out))
                    .as(printed())
                    .isZero();
            assertThat(BackupCommand.run(List.of("import-tenant", archive.toString(), "--as", tenant + "-b"), env, out))
                    .as(printed())
                    .isZero();
            assertThat(printed())
                    .contains("Exported tenant " + tenant)
                    .contains("Đã khôi phục đơn vị " + tenant + "-b")
                    .contains("Imported tenant " + tenant + "-b");
            assertThat(BackupCommand.run(List.of("import-tenant", archive.toString(), "--as", tenant + "-b"), env, out))
                    .isEqualTo(1);
            assertThat(printed()).contains("Tenant " + tenant + "-b already exists");
        } finally {
            Files.deleteIfExists(archive);
            Files.deleteIfExists(archive.getParent());
        }
    }

    private String printed() {
        return printed.toString(StandardCharsets.UTF_8);
    }
}
