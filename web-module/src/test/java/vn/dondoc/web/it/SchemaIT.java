package vn.dondoc.web.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import vn.dondoc.agencies.entity.Slug;
import vn.dondoc.onboarding.control.TenantBundleReader;

/**
 * The schema as Flyway made it, checked in the database itself: the tenant column on every
 * tenant-owned table, the append-only audit trail, the collation, and bundles loaded exactly once
 * although the product was started again on the same database. Nothing here depends on what other
 * test classes did or whether they ran: the second start-up is made here, and the directory is
 * compared with the bundle, whatever agencies other tests added by hand.
 */
class SchemaIT extends DeployedProduct {

    /**
     * Tables that belong to no tenant: the tenant registry, Flyway's history and the id generator's
     * counters (D-032: blocks of ids, no data).
     */
    /**
     * Tables that belong to no tenant: the tenants themselves, the migrations, the id blocks, and
     * failed sign-ins, counted per client address across tenants and per account of a tenant that
     * may not exist (D-038).
     */
    private static final List<String> SHARED_TABLES =
            List.of("tenant", "flyway_schema_history", "id_block", "sign_in_throttle");

    @Test
    void everyTenantOwnedTableHasANotNullTenantIdFirstInAnIndex() throws SQLException {
        List<String> tables = tables();
        assertThat(tables).contains("agency", "agency_group", "agency_group_member", "user_account", "audit_record");
        try (Connection c = TestEnvironment.database().connect()) {
            for (String table : tables) {
                if (SHARED_TABLES.contains(table)) {
                    continue;
                }
                try (PreparedStatement column = c.prepareStatement("SELECT is_nullable FROM information_schema.columns "
                        + "WHERE table_schema = DATABASE() AND table_name = ? AND column_name = 'tenant_id'")) {
                    column.setString(1, table);
                    try (ResultSet rs = column.executeQuery()) {
                        assertThat(rs.next()).as(table + " has tenant_id").isTrue();
                        assertThat(rs.getString(1))
                                .as(table + ".tenant_id nullable")
                                .isEqualTo("NO");
                    }
                }
                try (PreparedStatement index = c.prepareStatement("SELECT COUNT(*) FROM information_schema.statistics "
                        + "WHERE table_schema = DATABASE() AND table_name = ? AND column_name = 'tenant_id' "
                        + "AND seq_in_index = 1")) {
                    index.setString(1, table);
                    try (ResultSet rs = index.executeQuery()) {
                        rs.next();
                        assertThat(rs.getInt(1))
                                .as(table + " has an index led by tenant_id")
                                .isPositive();
                    }
                }
            }
        }
    }

    @Test
    void theDatabaseRefusesARowWithoutTenant() throws SQLException {
        try (Connection c = TestEnvironment.database().connect();
                Statement s = c.createStatement()) {
            assertThatThrownBy(
                            () -> s.executeUpdate(
                                    "INSERT INTO agency (code, name, kind) VALUES ('khong-don-vi', 'Không đơn vị', 'DEPARTMENT')"))
                    .isInstanceOf(SQLException.class)
                    .hasMessageContaining("tenant_id");
            assertThatThrownBy(() -> s.executeUpdate("INSERT INTO audit_record (occurred_at, username, roles, action, "
                            + "outcome) VALUES (NOW(), 'x', '', 'x', 'SUCCESS')"))
                    .isInstanceOf(SQLException.class)
                    .hasMessageContaining("tenant_id");
        }
    }

    @Test
    void theAuditTrailCannotBeChangedOrDeleted() throws SQLException {
        api.token("vinh-phuc", "leader"); // a sign-in leaves at least one record
        try (Connection c = TestEnvironment.database().connect();
                Statement s = c.createStatement()) {
            try (ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM audit_record")) {
                rs.next();
                assertThat(rs.getInt(1)).isPositive();
            }
            assertThatThrownBy(() -> s.executeUpdate("UPDATE audit_record SET outcome = 'SUCCESS'"))
                    .isInstanceOf(SQLException.class)
                    .hasMessageContaining("append-only");
            assertThatThrownBy(() -> s.executeUpdate("DELETE FROM audit_record"))
                    .isInstanceOf(SQLException.class)
                    .hasMessageContaining("append-only");
        }
    }

    @Test
    void vietnameseNamesCompareAccentSensitivelyAndCaseInsensitively() throws SQLException {
        try (Connection c = TestEnvironment.database().connect();
                PreparedStatement q = c.prepareStatement(
                        "SELECT COUNT(*) FROM agency WHERE tenant_id = 'vinh-phuc' " + "AND name = ?")) {
            assertThat(count(q, "SỞ TƯ PHÁP")).isEqualTo(1);
            assertThat(count(q, "So Tu phap")).isZero();
        }
    }

    @Test
    void bundlesAreLoadedOnceAndTheirDirectoryIsNotDuplicated() throws Exception {
        // This class's deployment started the product on this database; start it once more.
        ProductRestart.startAndStop();
        try (Connection c = TestEnvironment.database().connect();
                Statement s = c.createStatement()) {
            // Tenants made through the API by other tests may be there too: the bundles' are there once each.
            List<String> bundled = bundledTenants();
            assertThat(bundled).contains("vinh-phuc", "dong-thap", "bo-tu-phap", "so-tu-phap-dong-thap");
            for (String tenant : bundled) {
                assertThat(single(
                                s,
                                "SELECT COUNT(*) FROM audit_record WHERE action = 'tenant.bundle.install' "
                                        + "AND outcome = 'SUCCESS' AND tenant_id = '" + tenant + "'"))
                        .as(tenant + " installed once, not again at the second start")
                        .isEqualTo(1);
            }
            assertThat(single(
                            s,
                            "SELECT COUNT(*) FROM audit_record WHERE action = 'tenant.bundle.install' "
                                    + "AND outcome = 'SUCCESS' AND tenant_id = 'vinh-phuc'"))
                    .isEqualTo(1);
            // The bundle's agencies only: other tests may add agencies by hand, which get no demo users.
            List<String> bundleAgencies = bundleAgencyCodes("vinh-phuc");
            int agencies = agenciesAmong(c, "vinh-phuc", bundleAgencies);
            assertThat(agencies)
                    .as("every agency of the bundle is in the directory")
                    .isEqualTo(bundleAgencies.size());
            int demoUsers = single(s, "SELECT COUNT(*) FROM user_account WHERE tenant_id = 'vinh-phuc' AND demo");
            assertThat(demoUsers)
                    .as("admin, secretariat, leader and two per agency")
                    .isEqualTo(3 + 2 * agencies);
            assertThat(single(
                            s,
                            "SELECT COUNT(*) FROM (SELECT 1 FROM agency_group_member GROUP BY tenant_id, group_id, "
                                    + "agency_id HAVING COUNT(*) > 1) d"))
                    .isZero();
        }
    }

    /** The ids of the tenant bundles in the folder the product loaded. */
    private static List<String> bundledTenants() throws IOException {
        try (Stream<Path> folders = Files.list(Path.of(System.getProperty("dondoc.tenants.dir")))) {
            return folders.filter(f -> Files.isRegularFile(f.resolve("tenant.json")))
                    .map(f -> new TenantBundleReader().read(f).tenant().id())
                    .toList();
        }
    }

    /** The codes of the agencies in the tenant's bundle, read from the folder the product loaded. */
    private static List<String> bundleAgencyCodes(String tenant) {
        Path bundle = Path.of(System.getProperty("dondoc.tenants.dir")).resolve(tenant);
        return new TenantBundleReader()
                .read(bundle).agencies().stream().map(a -> Slug.of(a.name())).toList();
    }

    /** How many of these codes the tenant's directory holds (each at most once: codes are unique). */
    private static int agenciesAmong(Connection c, String tenant, List<String> codes) throws SQLException {
        String placeholders = String.join(", ", Collections.nCopies(codes.size(), "?"));
        try (PreparedStatement q = c.prepareStatement(
                "SELECT COUNT(*) FROM agency WHERE tenant_id = ? AND code IN (" + placeholders + ")")) {
            q.setString(1, tenant);
            for (int i = 0; i < codes.size(); i++) {
                q.setString(i + 2, codes.get(i));
            }
            try (ResultSet rs = q.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }

    private static List<String> tables() throws SQLException {
        List<String> tables = new ArrayList<>();
        try (Connection c = TestEnvironment.database().connect();
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT table_name FROM information_schema.tables "
                        + "WHERE table_schema = DATABASE() AND table_type = 'BASE TABLE'")) {
            while (rs.next()) {
                tables.add(rs.getString(1));
            }
        }
        return tables;
    }

    private static int count(PreparedStatement q, String value) throws SQLException {
        q.setString(1, value);
        try (ResultSet rs = q.executeQuery()) {
            rs.next();
            return rs.getInt(1);
        }
    }

    private static int single(Statement s, String sql) throws SQLException {
        try (ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getInt(1);
        }
    }
}
