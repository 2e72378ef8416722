package vn.dondoc.backup;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import vn.dondoc.testing.JpaExtension;

/**
 * The archive is generic by construction; these prove it on the migrated schema, so that a table or
 * an id column a migration adds is either carried and renumbered, or the build says what is missing.
 */
class ArchiveCoversTheSchemaTest {

    @RegisterExtension
    static final JpaExtension jpa = new JpaExtension();

    @Test
    void everyTableWithATenantColumnIsInTheArchive() throws Exception {
        String tenant = jpa.newTenant();
        jpa.newDirectory(tenant);
        Path archive =
                Files.createDirectories(Path.of("target", "backup-schema")).resolve(tenant + ".zip");
        try (Connection c = jpa.jdbc()) {
            Manifest manifest = new TenantExport(c).export(tenant, archive);
            // Asked of information_schema here, not through the tool's Catalog.
            TreeSet<String> owned = new TreeSet<>(strings(
                    c,
                    "SELECT c.TABLE_NAME FROM information_schema.COLUMNS c JOIN information_schema.TABLES t"
                            + " ON t.TABLE_SCHEMA = c.TABLE_SCHEMA AND t.TABLE_NAME = c.TABLE_NAME"
                            + " WHERE c.TABLE_SCHEMA = DATABASE() AND t.TABLE_TYPE = 'BASE TABLE'"
                            + " AND c.COLUMN_NAME = 'tenant_id'"));
            owned.add("tenant");
            assertThat(new TreeSet<>(manifest.tables().stream()
                            .map(Manifest.TableEntry::name)
                            .toList()))
                    .isEqualTo(owned);
            assertThat(manifest.tables())
                    .filteredOn(t -> t.name().equals("agency"))
                    .singleElement()
                    .satisfies(t -> assertThat(t.rows()).isEqualTo(3));
            assertThat(manifest.schemaVersion())
                    .isEqualTo(strings(
                                    c,
                                    "SELECT version FROM flyway_schema_history WHERE success = 1 AND version IS NOT NULL"
                                            + " ORDER BY installed_rank DESC LIMIT 1")
                            .get(0));
        } finally {
            Files.deleteIfExists(archive);
            Files.deleteIfExists(archive.getParent());
        }
    }

    @Test
    void everyIdColumnIsAKeyAForeignKeyOrADeclaredSoftReference() throws Exception {
        try (Connection c = jpa.jdbc()) {
            Catalog catalog = Catalog.read(c);
            List<String> unexplained = new ArrayList<>();
            for (Catalog.Table t : catalog.tables()) {
                for (Catalog.Column column : t.writable()) {
                    String name = column.name();
                    boolean idLike = column.integer() && (name.equals("id") || name.endsWith("_id"));
                    boolean explained = t.primaryKey().contains(name)
                            || t.foreignKeys().stream()
                                    .anyMatch(fk -> fk.columns().contains(name))
                            || SoftReference.DECLARED.stream()
                                    .anyMatch(r -> r.table().equals(t.name())
                                            && r.column().equals(name));
                    if (idLike && !explained) {
                        unexplained.add(t.name() + "." + name);
                    }
                }
            }
            assertThat(unexplained)
                    .as("ids without a foreign key: declare them in SoftReference.DECLARED")
                    .isEmpty();
        }
    }

    @Test
    void everyTablesIdsAreOfAKindTheImportCanRenumber() throws Exception {
        try (Connection c = jpa.jdbc()) {
            assertThat(Catalog.read(c).tables())
                    .filteredOn(t -> t.ids() == Catalog.Ids.UNKNOWN)
                    .extracting(Catalog.Table::name)
                    .isEmpty();
            assertThat(Catalog.read(c).table("task_version").orElseThrow().ids())
                    .isEqualTo(Catalog.Ids.ID_BLOCK);
            assertThat(Catalog.read(c).table("ledger_generation").orElseThrow().ids())
                    .isEqualTo(Catalog.Ids.TENANT_KEYED);
        }
    }

    @Test
    void theTablesComeAfterTheTablesTheyReferTo() throws Exception {
        try (Connection c = jpa.jdbc()) {
            List<String> order =
                    Catalog.read(c).tables().stream().map(Catalog.Table::name).toList();
            for (Catalog.Table t : Catalog.read(c).tables()) {
                for (Catalog.ForeignKey fk : t.foreignKeys()) {
                    assertThat(order.indexOf(fk.referencedTable()))
                            .as(fk.name())
                            .isLessThanOrEqualTo(order.indexOf(t.name()));
                }
            }
        }
    }

    private static List<String> strings(Connection c, String sql) throws Exception {
        List<String> out = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement(sql);
                ResultSet r = s.executeQuery()) {
            while (r.next()) {
                out.add(r.getString(1));
            }
        }
        return out;
    }
}
