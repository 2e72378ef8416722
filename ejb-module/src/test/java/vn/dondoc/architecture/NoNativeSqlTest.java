package vn.dondoc.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * No native SQL in the product: EclipseLink filters JPQL by tenant, never native SQL
 * (docs/platform.md, trap 3). Flyway migrations are the only SQL, and they run before any tenant.
 */
class NoNativeSqlTest {

    @Test
    void theProductSourcesUseNoNativeQueries() throws IOException {
        List<Path> offenders;
        try (Stream<Path> sources = Files.walk(Path.of("src", "main", "java"))) {
            offenders = sources.filter(p -> p.toString().endsWith(".java"))
                    .filter(NoNativeSqlTest::usesNativeSql)
                    .toList();
        }
        assertThat(offenders).isEmpty();
    }

    private static boolean usesNativeSql(Path source) {
        try {
            String text = Files.readString(source);
            return text.contains("createNativeQuery")
                    || text.contains("NamedNativeQuery")
                    || text.contains("java.sql.Statement")
                    || text.contains("prepareStatement(");
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
