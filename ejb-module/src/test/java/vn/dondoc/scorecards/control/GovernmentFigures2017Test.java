package vn.dondoc.scorecards.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import vn.dondoc.documents.entity.Document;
import vn.dondoc.testing.JpaExtension;

/**
 * The government's own 2017 figures rebuilt as tasks in the ledger and counted as the scorecard
 * counts them, in the database: 14,068 completed on time, 1,983 completed late, 5,640 open within
 * their deadline and 223 open overdue, as of 31/12/2017. Published: 98.62 % of the due tasks
 * completed, 1.38 % overdue.
 */
class GovernmentFigures2017Test {

    @RegisterExtension
    static final JpaExtension jpa = new JpaExtension();

    private static final LocalDate AS_OF = LocalDate.of(2017, 12, 31);
    private static final Instant KNOWN = Instant.parse("2017-12-31T10:00:00Z");
    private static final Instant CUT = Instant.parse("2018-01-01T00:00:00Z");

    @Test
    void theScorecardCountsThemAndGetsThePublishedRates() throws SQLException {
        String tenant = jpa.newTenant();
        jpa.newDirectory(tenant);
        long agency = jpa.fromTenant(tenant, em -> {
            return em.createQuery("SELECT a.id FROM Agency a WHERE a.code = 'so-tu-phap'", Long.class)
                    .getSingleResult();
        });
        long document = jpa.fromTenant(tenant, em -> {
            Document d = new Document("1/BC-CP");
            d.importedFrom("TEXT", "0".repeat(64), KNOWN, "thu-ky");
            em.persist(d);
            em.flush();
            return d.id();
        });
        LocalDate due = LocalDate.of(2017, 9, 30);
        LocalDate later = LocalDate.of(2018, 3, 31);
        long id = insert(tenant, document, agency, 0, 14_068, due, due.minusDays(5));
        id = insert(tenant, document, agency, id, 1_983, due, due.plusDays(20));
        id = insert(tenant, document, agency, id, 5_640, later, null);
        insert(tenant, document, agency, id, 223, due, null);

        Tally tally = jpa.fromTenant(tenant, em -> new TallyQuery(em, AS_OF, CUT, null, null).total());

        assertThat(tally.completedOnTime()).isEqualTo(14_068);
        assertThat(tally.completedLate()).isEqualTo(1_983);
        assertThat(tally.openWithinDeadline()).isEqualTo(5_640);
        assertThat(tally.openOverdue()).isEqualTo(223);
        assertThat(tally.due()).isEqualTo(16_274);
        assertThat(Percent.favourable(tally.completed(), tally.due())).isEqualTo(new BigDecimal("98.62"));
        assertThat(Percent.unfavourable(tally.openOverdue(), tally.due())).isEqualTo(new BigDecimal("1.38"));
        assertThat(tally.overdueOver120() + tally.overdue91To120() + tally.overdue31To90() + tally.overdueUpTo30())
                .isEqualTo(223);
        assertThat(tally.overdue91To120()).as("due 30/09, 92 days before 31/12").isEqualTo(223);
    }

    /** {@code count} item tasks of the agency, one item each, known since {@link #KNOWN}; the next free subject. */
    private static long insert(
            String tenant, long document, long agency, long from, int count, LocalDate due, LocalDate done)
            throws SQLException {
        try (Connection c = jpa.jdbc();
                PreparedStatement insert = c.prepareStatement("INSERT INTO task_version (id, tenant_id, kind,"
                        + " subject_id, document_id, agency_id, due_on, original_due_on, done_on, valid_from)"
                        + " VALUES (?, ?, 'ITEM', ?, ?, ?, ?, ?, ?, ?)")) {
            for (long subject = from; subject < from + count; subject++) {
                insert.setLong(1, 1_000_000_000L + subject);
                insert.setString(2, tenant);
                insert.setLong(3, subject);
                insert.setLong(4, document);
                insert.setLong(5, agency);
                insert.setObject(6, due);
                insert.setObject(7, due);
                insert.setObject(8, done);
                insert.setObject(9, java.time.LocalDateTime.ofInstant(KNOWN, java.time.ZoneOffset.UTC));
                insert.addBatch();
            }
            insert.executeBatch();
        }
        return from + count;
    }
}
