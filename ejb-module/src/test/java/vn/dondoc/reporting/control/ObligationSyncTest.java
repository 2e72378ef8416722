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
import vn.dondoc.agencies.entity.AgencyGroup;
import vn.dondoc.agencies.entity.AgencyKind;
import vn.dondoc.agencies.entity.GroupMembership;
import vn.dondoc.calendar.entity.DayChange;
import vn.dondoc.documents.entity.Document;
import vn.dondoc.items.entity.Assignment;
import vn.dondoc.items.entity.ResponsibilityRole;
import vn.dondoc.reporting.control.ObligationSync.Result;
import vn.dondoc.reporting.entity.Obligation;
import vn.dondoc.reporting.entity.ObligationKind;
import vn.dondoc.reporting.entity.ObligationStatus;
import vn.dondoc.reporting.entity.Report;
import vn.dondoc.reporting.entity.ReportingSettings;
import vn.dondoc.testing.JpaExtension;
import vn.dondoc.testing.Plans;

/**
 * Kế hoạch 204 imported into a fresh tenant with Vĩnh Phúc's real directory, its obligations synced
 * on the real database: who owes what by when, and what a second sync, a lost lead, a started
 * report, a moved day, the tenant's default sending deadline and a group's new member change.
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
    void theTenantsOwnDefaultDeadlineMovesEveryPeriodReportButNotThePlan() {
        sync();
        long periodReports = obligations(tenant).stream()
                .filter(o -> o.kind() == ObligationKind.PERIODIC)
                .count();
        jpa.inTenant(tenant, em -> em.persist(new ReportingSettings(5)));

        assertThat(syncFollowingTheDefault()).isEqualTo(new Result(0, (int) periodReports, 0, 0));
        assertThat(obligations(tenant))
                .filteredOn(o -> o.agency().code().equals("so-tu-phap"))
                .extracting(Obligation::periodLabel, Obligation::dueOn)
                .containsExactly(
                        tuple(null, LocalDate.of(2023, 8, 1)),
                        // Thursday 14/12/2023 + 5 working days; Friday 14/06/2024 + 5; Saturday 14/12/2024 + 5
                        tuple("2023-H2", LocalDate.of(2023, 12, 21)),
                        tuple("2023-Y", LocalDate.of(2023, 12, 21)),
                        tuple("2024-H1", LocalDate.of(2024, 6, 21)),
                        tuple("2024-H2", LocalDate.of(2024, 12, 20)),
                        tuple("2024-Y", LocalDate.of(2024, 12, 20)));
        assertThat(sync()).as("the document's sync now reads the same default").isEqualTo(Result.NONE);
    }

    @Test
    void aDocumentWithItsOwnDeadlineDoesNotFollowTheTenantsDefault() {
        jpa.inTenant(tenant, em -> em.find(Document.class, documentId).reportWithin(4));
        sync();
        jpa.inTenant(tenant, em -> em.persist(new ReportingSettings(10)));

        assertThat(syncFollowingTheDefault()).isEqualTo(Result.NONE);
        assertThat(sync()).as("nor when it is synced itself").isEqualTo(Result.NONE);
        assertThat(obligations(tenant))
                .filteredOn(o -> "2024-H1".equals(o.periodLabel()))
                .isNotEmpty()
                .allSatisfy(o -> assertThat(o.dueOn()).isEqualTo(LocalDate.of(2024, 6, 20)));
    }

    @Test
    void aStartedReportMovesWithTheDefaultAndKeepsItsWork() {
        sync();
        Obligation before = obligations(tenant).stream()
                .filter(o -> o.agency().code().equals("so-tu-phap") && "2024-H1".equals(o.periodLabel()))
                .findFirst()
                .orElseThrow();
        beginReport(before.id());
        jpa.inTenant(tenant, em -> em.persist(new ReportingSettings(2)));

        syncFollowingTheDefault();

        Obligation after = obligations(tenant).stream()
                .filter(o -> o.id().equals(before.id()))
                .findFirst()
                .orElseThrow(() -> new AssertionError("the obligation with a draft is gone"));
        assertThat(after.agency().code()).isEqualTo("so-tu-phap");
        assertThat(after.status()).isEqualTo(ObligationStatus.DRAFT);
        assertThat(after.orphaned()).isFalse();
        assertThat(after.dueOn()).isEqualTo(LocalDate.of(2024, 6, 18));
        List<Report> reports = jpa.fromTenant(
                tenant,
                em -> em.createQuery("SELECT r FROM Report r WHERE r.obligation.id = :id", Report.class)
                        .setParameter("id", before.id())
                        .getResultList());
        assertThat(reports)
                .as("the draft itself is still there, on the same obligation")
                .hasSize(1);
    }

    @Test
    void anotherTenantsDefaultChangesNothingHere() {
        sync();
        String other = jpa.newTenant();
        jpa.inTenant(other, em -> em.persist(new ReportingSettings(7)));

        assertThat(syncFollowingTheDefault()).isEqualTo(Result.NONE);
        assertThat(obligations(tenant))
                .filteredOn(o -> "2024-H1".equals(o.periodLabel()))
                .isNotEmpty()
                .allSatisfy(o -> assertThat(o.dueOn()).isEqualTo(LocalDate.of(2024, 6, 19)));
    }

    /**
     * However a member joins a group the document names for its reporting (the API, a bundle, or
     * by hand in the database as here), the next sync, the nightly run's {@code syncAll}, makes it
     * owe what the other members owe.
     */
    @Test
    void aMemberAddedToANamedGroupOwesAtTheNextSync() {
        sync();
        jpa.inTenant(tenant, em -> {
            Agency added = new Agency("Sở Thử nghiệm", null, AgencyKind.DEPARTMENT, List.of());
            em.persist(added);
            AgencyGroup departments = em.createNamedQuery(AgencyGroup.BY_CODE, AgencyGroup.class)
                    .setParameter("code", DEPARTMENTS)
                    .getSingleResult();
            em.persist(new GroupMembership(departments, added));
        });

        assertThat(syncAll(tenant)).isEqualTo(new Result(6, 0, 0, 0));

        assertThat(obligations(tenant))
                .filteredOn(o -> o.agency().code().equals("so-thu-nghiem"))
                .extracting(Obligation::periodLabel)
                .containsExactly(null, "2023-H2", "2023-Y", "2024-H1", "2024-H2", "2024-Y");
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

    private Result syncFollowingTheDefault() {
        return jpa.fromTenant(tenant, em -> new ObligationSync(em).syncFollowingTheDefault(AS_OF));
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
        return Plans.importInto(jpa, tenant, plan(), "0".repeat(64), Instant.parse("2026-03-02T02:30:00Z"));
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
