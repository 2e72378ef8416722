package vn.dondoc.reporting.boundary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static vn.dondoc.reporting.boundary.ExtensionFixture.comment;
import static vn.dondoc.reporting.boundary.ExtensionFixture.grant;
import static vn.dondoc.reporting.boundary.ExtensionFixture.request;

import jakarta.persistence.EntityManager;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import vn.dondoc.calendar.entity.DayChange;
import vn.dondoc.documents.entity.Document;
import vn.dondoc.documents.entity.ReportingFrequency;
import vn.dondoc.platform.boundary.Conflict;
import vn.dondoc.platform.boundary.InvalidInput;
import vn.dondoc.platform.boundary.NotFound;
import vn.dondoc.platform.boundary.Page;
import vn.dondoc.platform.boundary.Unprocessable;
import vn.dondoc.reporting.control.ObligationSync;
import vn.dondoc.reporting.entity.Obligation;
import vn.dondoc.reporting.entity.Report;
import vn.dondoc.testing.Callers;
import vn.dondoc.testing.JpaExtension;
import vn.dondoc.testing.Ledgers;
import vn.dondoc.testing.Plans;

/**
 * The extension boundary on the real database: Kế hoạch 204 in a fresh tenant with Vĩnh Phúc's
 * directory, its obligations synced as of Monday 17/06/2024; Sở Tư pháp's 2024-H1 report is due on
 * Wednesday 19/06 (three working days after Friday's cut-off). Its officer asks for more time, the
 * secretariat decides, and the regime and the calendar then change under the granted date. Roles
 * and the audit are the container's (ExtensionsIT covers them); who sees which agency's is tested
 * here.
 */
class ExtensionsTest {

    @RegisterExtension
    static final JpaExtension jpa = new JpaExtension();

    private static final Instant NOW = Instant.parse("2024-06-17T03:00:00Z");
    private static final LocalDate TODAY = LocalDate.of(2024, 6, 17);
    private static final LocalDate DUE = LocalDate.of(2024, 6, 19);
    private static final LocalDate ASKED = LocalDate.of(2024, 7, 5);

    private String tenant;
    private long documentId;
    private long h1;

    @BeforeEach
    void keHoach204WithItsObligations() {
        tenant = jpa.newTenant();
        jpa.bundleDirectory(tenant, "vinh-phuc");
        documentId = importPlan(tenant);
        sync();
        h1 = obligation("so-tu-phap", "2024-H1");
    }

    @Test
    void theOfficerAsksTheSecretariatGrantsAnotherDateAndTheOriginalStaysVisible() {
        ObligationView asked = officer(e -> e.request(h1, request(ASKED, "Chờ số liệu của các huyện")));

        assertThat(asked.dueOn()).isEqualTo(DUE);
        assertThat(asked.originalDueOn()).isEqualTo(DUE);
        assertThat(asked.extension().status()).isEqualTo("PENDING");
        assertThat(asked.extension().requestedDueOn()).isEqualTo(ASKED);
        assertThat(asked.extension().deadlineBefore()).isEqualTo(DUE);
        assertThat(listed(h1).extension()).isEqualTo(asked.extension());

        ObligationView approved = secretariat(e -> e.approve(h1, grant(LocalDate.of(2024, 6, 28))));

        assertThat(approved.dueOn()).isEqualTo(LocalDate.of(2024, 6, 28));
        assertThat(approved.originalDueOn()).isEqualTo(DUE);
        assertThat(approved.extension())
                .extracting(ExtensionView::status, ExtensionView::dueOn, ExtensionView::decidedBy)
                .containsExactly("APPROVED", LocalDate.of(2024, 6, 28), "thu-ky");
        ObligationView listed = listed(h1);
        assertThat(listed.dueOn()).isEqualTo(LocalDate.of(2024, 6, 28));
        assertThat(listed.originalDueOn()).isEqualTo(DUE);
        assertThat(listed.extension().status()).isEqualTo("APPROVED");
        assertThat(stored(
                        "SELECT due_on, original_due_on, extended_due_on FROM obligation WHERE tenant_id = ? AND id = "
                                + h1))
                .isEqualTo("2024-06-28 2024-06-19 2024-06-28");
    }

    @Test
    void aRefusalKeepsTheDeadlineAndTheHistoryKeepsEveryRequestWithItsDecision() {
        officer(e -> e.request(h1, request(ASKED, "Chờ số liệu")));
        ObligationView refused = secretariat(e -> e.refuse(h1, comment("Số liệu đã đủ từ 14/6")));
        assertThat(refused.dueOn()).isEqualTo(DUE);
        assertThat(refused.extension().status()).isEqualTo("REFUSED");

        officer(e -> e.request(h1, request(LocalDate.of(2024, 6, 24), "Cần thêm hai ngày")));
        secretariat(e -> e.approve(h1, grant(LocalDate.of(2024, 6, 24))));

        List<ExtensionView> history = as("so-tu-phap.head", "AGENCY_HEAD", e -> e.history(h1));
        assertThat(history)
                .extracting(
                        ExtensionView::status,
                        ExtensionView::requestedDueOn,
                        ExtensionView::reason,
                        ExtensionView::requestedBy,
                        ExtensionView::dueOn,
                        ExtensionView::comment)
                .containsExactly(
                        tuple("REFUSED", ASKED, "Chờ số liệu", "so-tu-phap", null, "Số liệu đã đủ từ 14/6"),
                        tuple(
                                "APPROVED",
                                LocalDate.of(2024, 6, 24),
                                "Cần thêm hai ngày",
                                "so-tu-phap",
                                LocalDate.of(2024, 6, 24),
                                null));
    }

    @Test
    void oneRequestWaitsAtATimeAndTheRulesNameTheirField() {
        assertThatThrownBy(() -> officer(e -> e.request(h1, request(DUE, "Chờ số liệu"))))
                .isInstanceOf(Unprocessable.class)
                .hasMessageStartingWith("requestedDueOn: ");
        assertThatThrownBy(() -> officer(e -> e.request(h1, request(ASKED, ""))))
                .isInstanceOf(InvalidInput.class)
                .hasMessageStartingWith("reason: ");
        assertThatThrownBy(() -> officer(e -> e.request(h1, null)))
                .isInstanceOf(InvalidInput.class)
                .hasMessageStartingWith("requestedDueOn: ");
        assertThatThrownBy(() -> secretariat(e -> e.approve(h1, grant(ASKED))))
                .as("nothing waits")
                .isInstanceOf(Conflict.class);

        officer(e -> e.request(h1, request(ASKED, "Chờ số liệu")));

        assertThatThrownBy(() -> officer(e -> e.request(h1, request(ASKED.plusDays(7), "Thêm nữa"))))
                .isInstanceOf(Conflict.class);
        assertThatThrownBy(() -> secretariat(e -> e.approve(h1, grant(DUE))))
                .isInstanceOf(Unprocessable.class)
                .hasMessageStartingWith("dueOn: ");
        assertThatThrownBy(() -> secretariat(e -> e.approve(h1, new ExtensionDecision())))
                .isInstanceOf(InvalidInput.class)
                .hasMessageStartingWith("dueOn: ");
        assertThatThrownBy(() -> secretariat(e -> e.refuse(h1, comment("  "))))
                .isInstanceOf(InvalidInput.class)
                .hasMessageStartingWith("comment: ");
        assertThat(listed(h1).extension().status()).as("still waiting").isEqualTo("PENDING");
        assertThat(count("SELECT COUNT(*) FROM extension WHERE tenant_id = ?")).isEqualTo(1);
    }

    @Test
    void theDatabaseHoldsOnlyOnePendingRequestPerObligation() throws SQLException {
        officer(e -> e.request(h1, request(ASKED, "Chờ số liệu")));

        try (Connection c = jpa.jdbc();
                PreparedStatement s = c.prepareStatement("INSERT INTO extension (tenant_id, obligation_id, status,"
                        + " due_on_before, requested_due_on, reason, requested_by, requested_at) VALUES (?, ?,"
                        + " 'PENDING', '2024-06-19', '2024-07-10', 'x', 'so-tu-phap', NOW())")) {
            s.setString(1, tenant);
            s.setLong(2, h1);
            assertThatThrownBy(s::executeUpdate).isInstanceOf(SQLException.class);
        }
    }

    @Test
    void anAcceptedReportNeedsNoExtension() {
        accept(h1);

        assertThatThrownBy(() -> officer(e -> e.request(h1, request(ASKED, "Chờ số liệu"))))
                .isInstanceOf(Conflict.class)
                .hasMessageContaining("ACCEPTED");
    }

    @Test
    void anotherAgencyOrTenantFindsNothingAndOnlyItsOwnRequestsAreListed() {
        officer(e -> e.request(h1, request(ASKED, "Chờ số liệu")));
        long noiVu = obligation("so-noi-vu", "2024-H1");
        as("so-noi-vu", "AGENCY_OFFICER", e -> e.request(noiVu, request(ASKED, "Chờ ý kiến của Bộ")));

        assertThatThrownBy(() -> as("so-noi-vu", "AGENCY_OFFICER", e -> e.request(h1, request(ASKED, "x"))))
                .isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> as("so-noi-vu.head", "AGENCY_HEAD", e -> e.history(h1)))
                .isInstanceOf(NotFound.class);
        assertThat(as("so-noi-vu", "AGENCY_OFFICER", e -> e.list(null, null, null, 0, 50))
                        .items())
                .extracting(ExtensionView::agencyCode)
                .containsExactly("so-noi-vu");
        assertThat(as("so-noi-vu", "AGENCY_OFFICER", e -> e.list(null, "so-tu-phap", null, 0, 50))
                        .total())
                .isZero();
        long asked = as("so-noi-vu", "AGENCY_OFFICER", e -> e.list(null, null, null, 0, 50))
                .items()
                .get(0)
                .id();
        ExtensionView one = secretariat(e -> e.one(asked));
        assertThat(one)
                .extracting(ExtensionView::agencyCode, ExtensionView::documentId, ExtensionView::subject)
                .containsExactly("so-noi-vu", documentId, "2024-H1");
        assertThat(as("so-noi-vu.head", "AGENCY_HEAD", e -> e.one(asked)).reason())
                .isEqualTo("Chờ ý kiến của Bộ");
        assertThatThrownBy(() -> officer(e -> e.one(asked)))
                .as("Sở Tư pháp's officer: another agency's request")
                .isInstanceOf(NotFound.class);
        Page<ExtensionView> queue = secretariat(e -> e.list("pending", null, documentId, 0, 1));
        assertThat(queue.total()).isEqualTo(2);
        assertThat(queue.items()).extracting(ExtensionView::agencyCode).containsExactly("so-tu-phap");
        assertThat(secretariat(e -> e.list("APPROVED", null, null, 0, 50)).total())
                .isZero();
        assertThatThrownBy(() -> secretariat(e -> e.list("LATER", null, null, 0, 50)))
                .isInstanceOf(InvalidInput.class)
                .hasMessageStartingWith("status: ");

        String other = jpa.newTenant();
        jpa.bundleDirectory(other, "vinh-phuc");
        assertThatThrownBy(() -> jpa.fromTenant(
                        other,
                        em -> extensions(em, other, "thu-ky", "so-tu-phap", "SECRETARIAT")
                                .approve(h1, grant(ASKED))))
                .isInstanceOf(NotFound.class);
        assertThat(jpa.fromTenant(
                                other,
                                em -> extensions(em, other, "thu-ky", "so-tu-phap", "SECRETARIAT")
                                        .list(null, null, null, 0, 50))
                        .total())
                .isZero();
        assertThatThrownBy(() -> jpa.fromTenant(
                        other,
                        em -> extensions(em, other, "thu-ky", "so-tu-phap", "SECRETARIAT")
                                .one(asked)))
                .as("another tenant's request")
                .isInstanceOf(NotFound.class);
    }

    @Test
    void aMovedDayMovesTheOriginalAndKeepsTheGrantedDate() {
        officer(e -> e.request(h1, request(ASKED, "Chờ số liệu")));
        secretariat(e -> e.approve(h1, grant(ASKED)));
        jpa.inTenant(tenant, em -> em.persist(new DayChange(LocalDate.of(2024, 6, 18), false, "Nghỉ bù thử nghiệm")));

        assertThat(sync().rescheduled()).isPositive();

        Obligation after = jpa.fromTenant(tenant, em -> em.find(Obligation.class, h1));
        assertThat(after.originalDueOn()).isEqualTo(LocalDate.of(2024, 6, 20));
        assertThat(after.dueOn()).isEqualTo(ASKED);
        Obligation neighbour =
                jpa.fromTenant(tenant, em -> em.find(Obligation.class, obligation("so-noi-vu", "2024-H1")));
        assertThat(neighbour.dueOn()).as("without an extension both dates move").isEqualTo(LocalDate.of(2024, 6, 20));
        assertThat(sync()).as("nothing more to do").isEqualTo(ObligationSync.Result.NONE);
    }

    @Test
    void aNewRegimeKeepsTheGrantedDateUntilItGivesMoreThanThat() {
        officer(e -> e.request(h1, request(ASKED, "Chờ số liệu")));
        secretariat(e -> e.approve(h1, grant(ASKED)));

        regime(10); // Friday 14/06 + 10 working days
        Obligation tenDays = jpa.fromTenant(tenant, em -> em.find(Obligation.class, h1));
        assertThat(tenDays.originalDueOn()).isEqualTo(LocalDate.of(2024, 6, 28));
        assertThat(tenDays.dueOn()).isEqualTo(ASKED);

        regime(20);
        Obligation twentyDays = jpa.fromTenant(tenant, em -> em.find(Obligation.class, h1));
        assertThat(twentyDays.originalDueOn()).isEqualTo(LocalDate.of(2024, 7, 12));
        assertThat(twentyDays.dueOn())
                .as("everyone now has more than the grant")
                .isEqualTo(LocalDate.of(2024, 7, 12));
    }

    @Test
    void anObligationNoLongerAskedForKeepsItsRequestsAndIsOrphanedNotRemoved() {
        officer(e -> e.request(h1, request(ASKED, "Chờ số liệu")));
        // Kế hoạch 204 no longer asks for six-month reports: only yearly ones
        jpa.inTenant(tenant, em -> {
            Document document = em.find(Document.class, documentId);
            document.setRegime(
                    document.agencyPlanDueOn(),
                    Set.of(ReportingFrequency.ANNUAL),
                    document.reportWorkingDays().isPresent()
                            ? document.reportWorkingDays().getAsInt()
                            : null);
        });

        ObligationSync.Result result = sync();

        assertThat(result.orphaned()).isEqualTo(1);
        assertThat(result.removed()).isPositive();
        Obligation kept = jpa.fromTenant(tenant, em -> em.find(Obligation.class, h1));
        assertThat(kept.orphaned()).isTrue();
        List<ExtensionView> history = secretariat(e -> e.history(h1));
        assertThat(history).hasSize(1);
    }

    // --- the fixture ---

    private <T> T officer(Function<Extensions, T> call) {
        return as("so-tu-phap", "AGENCY_OFFICER", call);
    }

    private <T> T secretariat(Function<Extensions, T> call) {
        return jpa.fromTenant(tenant, em -> call.apply(extensions(em, tenant, "thu-ky", "so-tu-phap", "SECRETARIAT")));
    }

    /** One call as {@code user} of the agency its name begins with, in one transaction of the tenant. */
    private <T> T as(String user, String role, Function<Extensions, T> call) {
        String agency = user.endsWith(".head") ? user.substring(0, user.length() - 5) : user;
        return jpa.fromTenant(tenant, em -> call.apply(extensions(em, tenant, user, agency, role)));
    }

    private static Extensions extensions(EntityManager em, String tenant, String user, String agency, String role) {
        return ExtensionFixture.extensions(em, NOW, tenant, user, agency, role);
    }

    @Test
    void theObligationsOfOnePeriodAreListedAcrossAgencies() {
        List<ObligationView> h1 = jpa.fromTenant(
                tenant,
                em -> secretariatsObligations(em)
                        .list(null, documentId, null, "2024-H1", ObligationOrder.DUE_ON, false, 0, 500)
                        .items());
        assertThat(h1).isNotEmpty().allSatisfy(o -> assertThat(o.periodLabel()).isEqualTo("2024-H1"));
        assertThat(h1)
                .extracting(ObligationView::agencyCode)
                .contains("so-tu-phap")
                .doesNotHaveDuplicates();
        long all = jpa.fromTenant(
                tenant,
                em -> secretariatsObligations(em)
                        .list(null, documentId, null, null, ObligationOrder.DUE_ON, false, 0, 1)
                        .total());
        assertThat(all).isGreaterThan(h1.size());
        List<ObligationView> justice = jpa.fromTenant(
                tenant,
                em -> secretariatsObligations(em)
                        .list("so-tu-phap", documentId, null, "2024-H1", ObligationOrder.DUE_ON, false, 0, 50)
                        .items());
        assertThat(justice)
                .extracting(ObligationView::agencyCode, ObligationView::periodLabel)
                .containsExactly(tuple("so-tu-phap", "2024-H1"));
    }

    private Obligations secretariatsObligations(EntityManager em) {
        Obligations obligations = new Obligations();
        obligations.em = em;
        obligations.clock = Clock.fixed(NOW, ZoneOffset.UTC);
        obligations.tasksChanged = Ledgers.recordingOn(em, obligations.clock);
        obligations.caller = Callers.as("thu-ky", tenant, "so-tu-phap", "SECRETARIAT");
        return obligations;
    }

    /** The obligation as GET /obligations shows it to the secretariat. */
    private ObligationView listed(long obligation) {
        return jpa.fromTenant(tenant, em -> {
            Obligations obligations = new Obligations();
            obligations.em = em;
            obligations.clock = Clock.fixed(NOW, ZoneOffset.UTC);
            obligations.tasksChanged = Ledgers.recordingOn(em, obligations.clock);
            obligations.caller = Callers.as("thu-ky", tenant, "so-tu-phap", "SECRETARIAT");
            return obligations.list("so-tu-phap", documentId, null, 0, 50).items().stream()
                    .filter(o -> o.id() == obligation)
                    .findFirst()
                    .orElseThrow();
        });
    }

    /** The report of the obligation, drafted, submitted, approved and accepted, as the report boundary does. */
    private void accept(long obligationId) {
        jpa.inTenant(tenant, em -> {
            Obligation obligation = em.find(Obligation.class, obligationId);
            Report report = new Report(obligation, NOW);
            report.submit(NOW);
            report.approve(NOW);
            report.accept(NOW);
            em.persist(report);
            obligation.follow(report);
        });
    }

    private void regime(int workingDays) {
        jpa.inTenant(tenant, em -> em.find(Document.class, documentId).reportWithin(workingDays));
        sync();
    }

    private ObligationSync.Result sync() {
        return jpa.fromTenant(tenant, em -> new ObligationSync(em).sync(documentId, TODAY));
    }

    private long obligation(String agency, String period) {
        return jpa.fromTenant(
                tenant,
                em -> em.createQuery(
                                "SELECT o.id FROM Obligation o WHERE o.agency.code = :agency AND o.periodLabel = :period",
                                Long.class)
                        .setParameter("agency", agency)
                        .setParameter("period", period)
                        .getSingleResult());
    }

    private long count(String sql) {
        try (Connection c = jpa.jdbc();
                PreparedStatement s = c.prepareStatement(sql)) {
            s.setString(1, tenant);
            try (ResultSet rows = s.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private String stored(String sql) {
        try (Connection c = jpa.jdbc();
                PreparedStatement s = c.prepareStatement(sql)) {
            s.setString(1, tenant);
            try (ResultSet rows = s.executeQuery()) {
                rows.next();
                return rows.getString(1) + " " + rows.getString(2) + " " + rows.getString(3);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static long importPlan(String tenant) {
        return Plans.importInto(jpa, tenant, Plans.keHoach204(), "0".repeat(64), NOW);
    }
}
