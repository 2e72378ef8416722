package vn.dondoc.audit.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import vn.dondoc.audit.control.AuditChain;
import vn.dondoc.audit.control.ChainReport;
import vn.dondoc.audit.control.ChainReport.Kind;
import vn.dondoc.audit.entity.AuditRecord;
import vn.dondoc.audit.entity.Outcome;
import vn.dondoc.testing.JpaExtension;

/**
 * The audit trail's hash chain against the real database: records appended through the chain
 * verify, and every way of changing the trail behind the application's back (the append-only
 * triggers dropped first, as someone with the database's keys could) is found and named.
 */
class AuditChainTest {

    @RegisterExtension
    static final JpaExtension jpa = new JpaExtension();

    private static final Instant START = Instant.parse("2024-06-20T03:00:00.123456789Z");

    @Test
    void recordsAppendedThroughTheChainVerifyAndTheHeadNamesTheLastOne() {
        String tenant = tenantWithRecords(5);

        ChainReport report = verify(tenant);

        assertThat(report.verified()).isTrue();
        assertThat(report.chained()).isEqualTo(5);
        assertThat(report.headSeq()).isEqualTo(5);
        assertThat(report.faults()).isEmpty();
        assertThat(report.headHash()).hasSize(64).isNotEqualTo("0".repeat(64));
        assertThat(report.headHash()).isEqualTo(hashAt(tenant, 5));
    }

    @Test
    void eachTenantHasItsOwnChainStartingAtOne() {
        String first = tenantWithRecords(3);
        String second = tenantWithRecords(2);

        assertThat(verify(first).headSeq()).isEqualTo(3);
        assertThat(verify(second).headSeq()).isEqualTo(2);
        assertThat(verify(second).verified()).isTrue();
    }

    @Test
    void anEditedRecordIsFoundByItsPlace() throws SQLException {
        String tenant = tenantWithRecords(4);

        tamper("UPDATE audit_record SET detail = 'đã sửa' WHERE tenant_id = ? AND chain_seq = 2", tenant);

        ChainReport report = verify(tenant);
        assertThat(report.verified()).isFalse();
        assertThat(report.faults())
                .extracting(ChainReport.Fault::kind, ChainReport.Fault::seq)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(Kind.EDITED, 2L));
    }

    @Test
    void anEditThatAlsoRewritesTheRecordsOwnHashBreaksTheLinkToTheNext() throws SQLException {
        String tenant = tenantWithRecords(4);

        tamper(
                "UPDATE audit_record SET username = 'ke-gian', record_hash = REPEAT('a', 64)"
                        + " WHERE tenant_id = ? AND chain_seq = 2",
                tenant);

        assertThat(verify(tenant).faults())
                .extracting(ChainReport.Fault::kind, ChainReport.Fault::seq)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(Kind.EDITED, 2L),
                        org.assertj.core.groups.Tuple.tuple(Kind.RELINKED, 3L));
    }

    @Test
    void aDeletedRecordLeavesItsPlaceEmpty() throws SQLException {
        String tenant = tenantWithRecords(4);

        tamper("DELETE FROM audit_record WHERE tenant_id = ? AND chain_seq = 3", tenant);

        ChainReport report = verify(tenant);
        assertThat(report.verified()).isFalse();
        assertThat(report.faults())
                .extracting(ChainReport.Fault::kind, ChainReport.Fault::seq)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(Kind.MISSING, 3L));
    }

    @Test
    void deletingTheLastRecordsIsFoundAgainstTheHead() throws SQLException {
        String tenant = tenantWithRecords(4);

        tamper("DELETE FROM audit_record WHERE tenant_id = ? AND chain_seq >= 3", tenant);

        ChainReport report = verify(tenant);
        assertThat(report.verified()).isFalse();
        assertThat(report.faults()).extracting(ChainReport.Fault::kind).containsExactly(Kind.CUT_OFF);
    }

    @Test
    void aRecordInsertedBehindTheApplicationHasNoPlaceAndIsFound() throws SQLException {
        String tenant = tenantWithRecords(2);

        tamper(
                "INSERT INTO audit_record (tenant_id, occurred_at, username, roles, action, outcome)"
                        + " VALUES (?, NOW(6), 'admin', 'ADMIN', 'user.create', 'SUCCESS')",
                tenant);

        ChainReport report = verify(tenant);
        assertThat(report.verified()).isFalse();
        assertThat(report.faults()).extracting(ChainReport.Fault::kind).containsExactly(Kind.UNCHAINED);
    }

    @Test
    void aRolledBackAppendLeavesTheChainAsItWas() {
        String tenant = tenantWithRecords(2);
        var em = jpa.entityManager(tenant);
        new AuditChain(em).append(record(99, "rolled back"));
        em.flush();
        em.getTransaction().rollback();

        tenantAppends(tenant, 2, 1);

        ChainReport report = verify(tenant);
        assertThat(report.verified()).isTrue();
        assertThat(report.headSeq()).isEqualTo(3);
    }

    @Test
    void textWithDiacriticsMarkupAndCharactersOutsideTheBasicPlaneVerifiesAsStored() {
        String tenant = jpa.newTenant();
        jpa.inTenant(
                tenant,
                em -> new AuditChain(em)
                        .append(new AuditRecord(
                                START,
                                "trưởng-phòng",
                                "ADMIN",
                                "agency.rename",
                                "Sở Tư pháp <script>alert(1)</script> '; DROP TABLE x; --",
                                Outcome.REFUSED,
                                "𠀀 chữ Nôm ".repeat(200))));

        assertThat(verify(tenant).verified()).isTrue();
    }

    private String tenantWithRecords(int count) {
        String tenant = jpa.newTenant();
        tenantAppends(tenant, 0, count);
        return tenant;
    }

    private void tenantAppends(String tenant, int from, int count) {
        for (int i = from; i < from + count; i++) {
            int n = i;
            // One transaction per record, as the application writes them.
            jpa.inTenant(tenant, em -> new AuditChain(em).append(record(n, "lần " + n)));
        }
    }

    private static AuditRecord record(int n, String detail) {
        return new AuditRecord(
                START.plusSeconds(n),
                "secretariat",
                "SECRETARIAT",
                "report.accept",
                "obligation " + n,
                Outcome.SUCCESS,
                detail);
    }

    private ChainReport verify(String tenant) {
        return jpa.fromTenant(tenant, em -> {
            AuditLog log = new AuditLog();
            log.em = em;
            return log.verify();
        });
    }

    private String hashAt(String tenant, long seq) {
        return jpa.fromTenant(
                tenant,
                em -> em.createQuery("SELECT r.recordHash FROM AuditRecord r WHERE r.chainSeq = :seq", String.class)
                        .setParameter("seq", seq)
                        .getSingleResult());
    }

    /** Runs one statement on the tenant's rows with the append-only triggers out of the way. */
    private static void tamper(String sql, String tenant) throws SQLException {
        try (Connection c = jpa.jdbc();
                Statement s = c.createStatement()) {
            s.execute("DROP TRIGGER audit_record_no_update");
            s.execute("DROP TRIGGER audit_record_no_delete");
            try (PreparedStatement p = c.prepareStatement(sql)) {
                p.setString(1, tenant);
                p.executeUpdate();
            } finally {
                for (String statement : List.of(
                        "CREATE TRIGGER audit_record_no_update BEFORE UPDATE ON audit_record FOR EACH ROW"
                                + " SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'audit_record is append-only'",
                        "CREATE TRIGGER audit_record_no_delete BEFORE DELETE ON audit_record FOR EACH ROW"
                                + " SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'audit_record is append-only'")) {
                    s.execute(statement);
                }
            }
        }
    }
}
