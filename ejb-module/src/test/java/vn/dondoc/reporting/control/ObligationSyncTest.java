package vn.dondoc.reporting.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import vn.dondoc.agencies.control.Directory;
import vn.dondoc.agencies.entity.Agency;
import vn.dondoc.calendar.entity.DayChange;
import vn.dondoc.documents.control.PlanImport;
import vn.dondoc.documents.control.PlanParser;
import vn.dondoc.items.entity.Assignment;
import vn.dondoc.items.entity.ResponsibilityRole;
import vn.dondoc.reporting.control.ObligationSync.Result;
import vn.dondoc.reporting.entity.Obligation;
import vn.dondoc.reporting.entity.ObligationKind;
import vn.dondoc.reporting.entity.ObligationStatus;
import vn.dondoc.reporting.entity.Report;
import vn.dondoc.testing.JpaExtension;

/**
 * Kế hoạch 204 imported into a fresh tenant with Vĩnh Phúc's real directory, its obligations synced
 * on the real database: who owes what by when, and what a second sync, a lost lead, a started
 * report and a moved day change.
 */
class ObligationSyncTest {

    @RegisterExtension
    static final JpaExtension jpa = new JpaExtension();

    private static final LocalDate AS_OF = LocalDate.of(2024, 7, 1);
    private static final String DEPARTMENTS = "cac-so-ban-nganh-cua-tinh";
    private static final String DISTRICTS = "ubnd-cac-huyen-thanh-pho";
    private static final List<String> PERIODS = List.of("2023-H2", "2023-Y", "2024-H1", "2024-H2", "2024-Y");

    private String tenant;
    private long documentId;

    @BeforeEach
    void keHoach204ImportedWithVinhPhucsDirectory() {
        tenant = jpa.newTenant();
        jpa.bundleDirectory(tenant, "vinh-phuc");
        documentId = importPlan(tenant);
    }

    @Test
    void everyMemberOfTheNamedGroupsAndEveryLeadOwesThePlanAndEachPeriodsReport() {
        Result result = sync();

        Set<String> expected = new TreeSet<>(members(DEPARTMENTS));
        expected.addAll(members(DISTRICTS));
        expected.addAll(leads());
        assertThat(expected).contains("so-tu-phap", "ubnd-huyen-tam-dao", "ubnd-thanh-pho-vinh-yen");
        assertThat(result).isEqualTo(new Result(6 * expected.size(), 0, 0, 0));

        List<Obligation> obligations = obligations(tenant);
        assertThat(obligations).extracting(o -> o.agency().code()).containsOnlyElementsOf(expected);
        assertThat(new TreeSet<>(
                        obligations.stream().map(o -> o.agency().code()).toList()))
                .isEqualTo(expected);
        assertThat(obligations)
                .filteredOn(o -> o.agency().code().equals("so-tu-phap"))
                .extracting(Obligation::kind, Obligation::periodLabel, Obligation::dueOn)
                .containsExactly(
                        tuple(ObligationKind.DELIVERABLE, null, LocalDate.of(2023, 8, 1)),
                        tuple(ObligationKind.PERIODIC, "2023-H2", LocalDate.of(2023, 12, 19)),
                        tuple(ObligationKind.PERIODIC, "2023-Y", LocalDate.of(2023, 12, 19)),
                        tuple(ObligationKind.PERIODIC, "2024-H1", LocalDate.of(2024, 6, 19)),
                        tuple(ObligationKind.PERIODIC, "2024-H2", LocalDate.of(2024, 12, 18)),
                        tuple(ObligationKind.PERIODIC, "2024-Y", LocalDate.of(2024, 12, 18)));
        Obligation h1 = obligations.stream()
                .filter(o -> "2024-H1".equals(o.periodLabel()))
                .findFirst()
                .orElseThrow();
        assertThat(h1.periodFrom()).isEqualTo(LocalDate.of(2023, 12, 15));
        assertThat(h1.periodTo()).isEqualTo(LocalDate.of(2024, 6, 14));
        assertThat(h1.originalDueOn()).isEqualTo(h1.dueOn());
        assertThat(obligations).allSatisfy(o -> {
            assertThat(o.status()).isEqualTo(ObligationStatus.PENDING);
            assertThat(o.hasReport()).isFalse();
            assertThat(o.orphaned()).isFalse();
            assertThat(o.submittedAt()).isNull();
            assertThat(o.documentId()).isEqualTo(documentId);
        });
        for (String agency : expected) {
            assertThat(obligations)
                    .filteredOn(o -> o.agency().code().equals(agency) && o.kind() == ObligationKind.PERIODIC)
                    .extracting(Obligation::periodLabel)
                    .as(agency)
                    .containsExactlyInAnyOrderElementsOf(PERIODS);
        }
    }

    @Test
    void syncingAgainChangesNothing() {
        sync();
        int stored = obligations(tenant).size();

        assertThat(sync()).isEqualTo(new Result(0, 0, 0, 0));
        assertThat(syncAll(tenant)).isEqualTo(new Result(0, 0, 0, 0));
        assertThat(obligations(tenant)).hasSize(stored);
    }

    @Test
    void anAgencyNoLongerNamedLosesItsObligationsButKeepsTheOneWithAReportOrphaned() throws SQLException {
        sync();
        String leadOnly = leadOnly();
        long draft = obligations(tenant).stream()
                .filter(o -> o.agency().code().equals(leadOnly) && "2024-H1".equals(o.periodLabel()))
                .findFirst()
                .orElseThrow()
                .id();
        beginReport(draft);
        jpa.inTenant(
                tenant,
                em -> em.createQuery("DELETE FROM Assignment a WHERE a.role = :lead AND a.agency IN "
                                + "(SELECT g FROM Agency g WHERE g.code = :code)")
                        .setParameter("lead", ResponsibilityRole.LEAD)
                        .setParameter("code", leadOnly)
                        .executeUpdate());

        assertThat(sync()).isEqualTo(new Result(0, 0, 5, 1));

        assertThat(obligations(tenant))
                .filteredOn(o -> o.agency().code().equals(leadOnly))
                .extracting(Obligation::periodLabel, Obligation::status, Obligation::orphaned)
                .containsExactly(tuple("2024-H1", ObligationStatus.DRAFT, true));
        assertThat(obligations(tenant))
                .filteredOn(o -> !o.agency().code().equals(leadOnly))
                .noneMatch(Obligation::orphaned);
        assertThat(sync()).as("already orphaned: nothing new").isEqualTo(new Result(0, 0, 0, 0));
    }

    @Test
    void aDayMovedOffChangesTheDueDateOnTheNextSync() {
        sync();
        int agencies = (int) obligations(tenant).stream()
                .map(o -> o.agency().code())
                .distinct()
                .count();
        jpa.inTenant(tenant, em -> em.persist(new DayChange(LocalDate.of(2024, 6, 18), false, "Nghỉ bù thử nghiệm")));

        assertThat(sync()).isEqualTo(new Result(0, agencies, 0, 0));

        assertThat(obligations(tenant))
                .filteredOn(o -> "2024-H1".equals(o.periodLabel()))
                .hasSize(agencies)
                .allSatisfy(o -> {
                    assertThat(o.dueOn()).isEqualTo(LocalDate.of(2024, 6, 20));
                    assertThat(o.originalDueOn()).isEqualTo(LocalDate.of(2024, 6, 20));
                });
        assertThat(obligations(tenant))
                .filteredOn(o -> "2023-H2".equals(o.periodLabel()))
                .allSatisfy(o -> assertThat(o.dueOn()).isEqualTo(LocalDate.of(2023, 12, 19)));
    }

    @Test
    void anotherTenantSeesNoneOfThem() throws SQLException {
        sync();
        String other = jpa.newTenant();
        jpa.bundleDirectory(other, "vinh-phuc");

        assertThat(obligations(other)).isEmpty();
        assertThat(syncAll(other)).isEqualTo(new Result(0, 0, 0, 0));
        assertThat(rows(other)).isZero();
        assertThat(rows(tenant)).isEqualTo(obligations(tenant).size()).isPositive();
    }

    // --- helpers ---

    private Result sync() {
        return jpa.fromTenant(tenant, em -> new ObligationSync(em).sync(documentId, AS_OF));
    }

    private static Result syncAll(String someTenant) {
        Result result = jpa.fromTenant(someTenant, em -> new ObligationSync(em).syncAll(AS_OF));
        return result;
    }

    private List<Obligation> obligations(String someTenant) {
        return jpa.fromTenant(
                someTenant,
                em -> em.createNamedQuery(Obligation.OF_DOCUMENT, Obligation.class)
                        .setParameter("documentId", documentId)
                        .getResultList());
    }

    private List<String> members(String group) {
        return jpa.fromTenant(tenant, em -> {
            Directory.Snapshot snapshot = new Directory(em).snapshot();
            return snapshot.membersOf(snapshot.groups().get(group)).stream()
                    .map(Agency::code)
                    .toList();
        });
    }

    private List<String> leads() {
        return jpa.fromTenant(
                tenant,
                em -> em.createNamedQuery(Assignment.OF_DOCUMENT, Assignment.class)
                        .setParameter("documentId", documentId)
                        .getResultStream()
                        .filter(a -> a.role() == ResponsibilityRole.LEAD)
                        .map(a -> a.agency().code())
                        .distinct()
                        .toList());
    }

    /** A lead of some item that belongs to neither group section III names: the first by code. */
    private String leadOnly() {
        List<String> candidates = new ArrayList<>(new TreeSet<>(leads()));
        candidates.removeAll(members(DEPARTMENTS));
        candidates.removeAll(members(DISTRICTS));
        assertThat(candidates)
                .as("Kế hoạch 204 has a lead outside the named groups")
                .isNotEmpty();
        return candidates.get(0);
    }

    private static long importPlan(String tenant) {
        return jpa.fromTenant(tenant, em -> {
            Directory directory = new Directory(em);
            try {
                return new PlanImport(em, directory)
                        .record(
                                new PlanParser(directory.nameMatcher()).parse(plan()),
                                "TEXT",
                                "0".repeat(64),
                                Instant.parse("2026-03-02T02:30:00Z"),
                                "thu-ky")
                        .document()
                        .id();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
    }

    /** The agency's officer saves a first draft, as the report boundary does. */
    private void beginReport(long obligationId) {
        jpa.inTenant(tenant, em -> {
            Obligation obligation = em.find(Obligation.class, obligationId);
            Report report = new Report(obligation, Instant.parse("2024-06-20T03:00:00Z"));
            em.persist(report);
            obligation.follow(report);
        });
    }

    private static int rows(String tenant) throws SQLException {
        try (Connection c = jpa.jdbc();
                PreparedStatement s = c.prepareStatement("SELECT COUNT(*) FROM obligation WHERE tenant_id = ?")) {
            s.setString(1, tenant);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }

    private static String plan() {
        try (InputStream in = ObligationSyncTest.class.getResourceAsStream("/plans/kh-204-vinh-phuc.txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
