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
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import vn.dondoc.agencies.control.Directory;
import vn.dondoc.documents.boundary.ItemsLeaving;
import vn.dondoc.documents.control.PlanImport;
import vn.dondoc.documents.control.PlanParser;
import vn.dondoc.items.boundary.ItemTree;
import vn.dondoc.items.boundary.ItemViews.AssignmentView;
import vn.dondoc.items.entity.Item;
import vn.dondoc.platform.boundary.Conflict;
import vn.dondoc.platform.boundary.InvalidInput;
import vn.dondoc.platform.boundary.NotFound;
import vn.dondoc.platform.boundary.Unprocessable;
import vn.dondoc.reporting.control.ObligationSync;
import vn.dondoc.testing.JpaExtension;
import vn.dondoc.testing.Plans;

/**
 * Extensions of a dated item's deadline for one agency on the real database (D-031): Kế hoạch 204
 * in a fresh tenant with Vĩnh Phúc's directory. Item II.5.c is due 31/12/2024, led by Sở Tư pháp
 * and coordinated by Công an tỉnh among others; II.10 names no date. Roles and the audit are the
 * container's (ExtensionsIT covers them); who sees which agency's is tested here.
 */
class ItemExtensionsTest {

    @RegisterExtension
    static final JpaExtension jpa = new JpaExtension();

    private static final Instant NOW = Instant.parse("2024-12-20T03:00:00Z");
    private static final LocalDate DUE = LocalDate.of(2024, 12, 31);
    private static final LocalDate ASKED = LocalDate.of(2025, 1, 31);

    private String tenant;
    private long documentId;
    private long item;

    @BeforeEach
    void keHoach204() {
        tenant = jpa.newTenant();
        jpa.bundleDirectory(tenant, "vinh-phuc");
        documentId = Plans.importInto(jpa, tenant, Plans.keHoach204(), "0".repeat(64), NOW);
        item = item("II.5.c");
    }

    @Test
    void theOfficerAsksTheSecretariatGrantsAndOnlyThatAgencysDeadlineMovesWithTheOriginalBesideIt() {
        ItemDeadlineView asked = officer(e -> e.requestForItem(justice(), request(ASKED, "Chờ kết quả rà soát")));

        assertThat(asked.role()).isEqualTo("LEAD");
        assertThat(asked.dueOn()).isEqualTo(DUE);
        assertThat(asked.extension().status()).isEqualTo("PENDING");
        assertThat(asked.extension().itemId()).isEqualTo(item);
        assertThat(asked.extension().obligationId()).isNull();
        assertThat(asked.extension().deadlineBefore()).isEqualTo(DUE);

        ItemDeadlineView approved = secretariat(e -> e.approveForItem(justice(), grant(LocalDate.of(2025, 1, 15))));

        assertThat(approved.dueOn()).isEqualTo(LocalDate.of(2025, 1, 15));
        assertThat(approved.originalDueOn()).isEqualTo(DUE);
        assertThat(approved.extension().status()).isEqualTo("APPROVED");
        assertThat(deadlines("thu-ky", "SECRETARIAT"))
                .filteredOn(d -> List.of("so-tu-phap", "cong-an-tinh").contains(d.agencyCode()))
                .extracting(ItemDeadlineView::agencyCode, ItemDeadlineView::role, ItemDeadlineView::dueOn)
                .containsExactlyInAnyOrder(
                        tuple("so-tu-phap", "LEAD", LocalDate.of(2025, 1, 15)),
                        tuple("cong-an-tinh", "COORDINATOR", DUE));
        assertThat(assignments(item))
                .filteredOn(a -> List.of("so-tu-phap", "cong-an-tinh").contains(a.agencyCode()))
                .extracting(AssignmentView::agencyCode, AssignmentView::originalDueOn, AssignmentView::dueOn)
                .containsExactlyInAnyOrder(
                        tuple("so-tu-phap", DUE, LocalDate.of(2025, 1, 15)), tuple("cong-an-tinh", DUE, DUE));
        assertThat(assignments(item("II.10")))
                .extracting(AssignmentView::dueOn)
                .as("no date, no deadline")
                .containsOnlyNulls();
        assertThat(stored("SELECT extended_due_on FROM agency_deadline WHERE tenant_id = ? AND item_id = " + item))
                .isEqualTo("2025-01-15");
        assertThat(stored("SELECT i.deadline FROM item i WHERE i.tenant_id = ? AND i.id = " + item))
                .isEqualTo("2024-12-31");
    }

    @Test
    void aRefusalKeepsTheDeadlineAndTheHistoryKeepsEveryRequestOfTheAgency() {
        officer(e -> e.requestForItem(justice(), request(ASKED, "Chờ")));
        ItemDeadlineView refused = secretariat(e -> e.refuseForItem(justice(), comment("Đủ thời gian")));
        assertThat(refused.dueOn()).isEqualTo(DUE);
        assertThat(refused.extension().comment()).isEqualTo("Đủ thời gian");
        assertThat(number("SELECT COUNT(*) FROM agency_deadline WHERE tenant_id = ?"))
                .isZero();

        officer(e -> e.requestForItem(justice(), request(LocalDate.of(2025, 1, 10), "Mười ngày")));
        secretariat(e -> e.approveForItem(justice(), grant(LocalDate.of(2025, 1, 10))));
        officer(e -> e.requestForItem(justice(), request(ASKED, "Thêm nữa")));
        secretariat(e -> e.approveForItem(justice(), grant(ASKED)));

        assertThat(history("so-tu-phap.head", "AGENCY_HEAD", justice()))
                .extracting(ExtensionView::status, ExtensionView::deadlineBefore, ExtensionView::dueOn)
                .containsExactly(
                        tuple("REFUSED", DUE, null),
                        tuple("APPROVED", DUE, LocalDate.of(2025, 1, 10)),
                        tuple("APPROVED", LocalDate.of(2025, 1, 10), ASKED));
        assertThat(number("SELECT COUNT(*) FROM agency_deadline WHERE tenant_id = ?"))
                .as("one row per item and agency, moved")
                .isEqualTo(1);
    }

    @Test
    void anItemWithoutADateAnAgencyNotAssignedASecondRequestAndBadValuesAreRefused() {
        long undated = item("II.10");
        assertThatThrownBy(() -> officer(
                        e -> e.requestForItem(new ItemAgency(documentId, undated, "so-tu-phap"), request(ASKED, "x"))))
                .isInstanceOf(Conflict.class)
                .hasMessageContaining("has no deadline");
        assertThatThrownBy(() -> as(
                        "so-noi-vu",
                        "AGENCY_OFFICER",
                        e -> e.requestForItem(new ItemAgency(documentId, item, "so-noi-vu"), request(ASKED, "x"))))
                .isInstanceOf(Conflict.class)
                .hasMessageContaining("không được giao")
                .hasMessageContaining("is not assigned");
        assertThatThrownBy(() -> officer(e -> e.requestForItem(justice(), request(DUE, "x"))))
                .isInstanceOf(Unprocessable.class)
                .hasMessageStartingWith("requestedDueOn: ");
        assertThatThrownBy(() -> officer(e -> e.requestForItem(justice(), null)))
                .isInstanceOf(InvalidInput.class)
                .hasMessageStartingWith("requestedDueOn: ");
        assertThatThrownBy(() -> secretariat(e -> e.approveForItem(justice(), grant(ASKED))))
                .as("nothing waits")
                .isInstanceOf(Conflict.class);

        officer(e -> e.requestForItem(justice(), request(ASKED, "Chờ")));
        assertThatThrownBy(() -> officer(e -> e.requestForItem(justice(), request(ASKED.plusDays(7), "Thêm"))))
                .isInstanceOf(Conflict.class);
        assertThat(as(
                                "cong-an-tinh",
                                "AGENCY_OFFICER",
                                e -> e.requestForItem(
                                        new ItemAgency(documentId, item, "cong-an-tinh"), request(ASKED, "Chờ")))
                        .extension()
                        .status())
                .as("another agency's request on the same item waits beside it")
                .isEqualTo("PENDING");
        assertThatThrownBy(() -> secretariat(e -> e.approveForItem(justice(), grant(DUE))))
                .isInstanceOf(Unprocessable.class)
                .hasMessageStartingWith("dueOn: ");
        assertThatThrownBy(() -> secretariat(e -> e.refuseForItem(justice(), comment(" "))))
                .isInstanceOf(InvalidInput.class)
                .hasMessageStartingWith("comment: ");
    }

    @Test
    void theDatabaseHoldsOnlyOnePendingRequestPerItemAndAgency() throws SQLException {
        officer(e -> e.requestForItem(justice(), request(ASKED, "Chờ")));
        long agency = number("SELECT id FROM agency WHERE tenant_id = ? AND code = 'so-tu-phap'");

        try (Connection c = jpa.jdbc();
                PreparedStatement s = c.prepareStatement("INSERT INTO extension (tenant_id, agency_id, item_id, status,"
                        + " due_on_before, requested_due_on, reason, requested_by, requested_at) VALUES (?, ?, ?,"
                        + " 'PENDING', '2024-12-31', '2025-02-28', 'x', 'so-tu-phap', NOW())")) {
            s.setString(1, tenant);
            s.setLong(2, agency);
            s.setLong(3, item);
            assertThatThrownBy(s::executeUpdate).isInstanceOf(SQLException.class);
        }
    }

    @Test
    void aReImportKeepsTheGrantAndAnItemNoLongerPrintedStaysWithItsRequests() {
        officer(e -> e.requestForItem(justice(), request(ASKED, "Chờ")));
        secretariat(e -> e.approveForItem(justice(), grant(ASKED)));

        List<String> same = reimport(Plans.keHoach204());
        assertThat(same).doesNotContain("II.5.c");
        assertThat(deadlines("thu-ky", "SECRETARIAT"))
                .as("the assignments are made again; the grant is the agency's on the item")
                .filteredOn(d -> d.agencyCode().equals("so-tu-phap"))
                .extracting(ItemDeadlineView::dueOn, ItemDeadlineView::originalDueOn)
                .containsExactly(tuple(ASKED, DUE));

        String plan = Plans.keHoach204();
        String withoutC = plan.substring(0, plan.indexOf("c) Tăng cường ứng dụng công nghệ thông tin, xây dựng phần"))
                + plan.substring(plan.indexOf("d) Tăng cường công tác quản lý nhà nước, phát huy vai trò"));
        List<String> preserved = reimport(withoutC);

        assertThat(preserved).contains("II.5.c");
        Item kept = jpa.fromTenant(tenant, em -> em.find(Item.class, item));
        assertThat(kept).isNotNull();
        assertThat(history("thu-ky", "SECRETARIAT", justice()))
                .extracting(ExtensionView::status)
                .containsExactly("APPROVED");
        assertThat(stored("SELECT extended_due_on FROM agency_deadline WHERE tenant_id = ? AND item_id = " + item))
                .isEqualTo("2025-01-31");
        assertThat(item("II.5.d")).as("the rest as printed").isPositive();
    }

    @Test
    void anAgencySeesOnlyItsOwnAndAnotherDocumentOrTenantFindsNothing() {
        officer(e -> e.requestForItem(justice(), request(ASKED, "Chờ")));
        ItemAgency police = new ItemAgency(documentId, item, "cong-an-tinh");

        assertThat(deadlines("cong-an-tinh", "AGENCY_OFFICER"))
                .extracting(ItemDeadlineView::agencyCode, ItemDeadlineView::extension)
                .containsExactly(tuple("cong-an-tinh", null));
        assertThat(deadlines("so-noi-vu", "AGENCY_OFFICER")).as("not assigned").isEmpty();
        assertThatThrownBy(() ->
                        as("cong-an-tinh", "AGENCY_OFFICER", e -> e.requestForItem(justice(), request(ASKED, "x"))))
                .isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> as("cong-an-tinh.head", "AGENCY_HEAD", e -> e.itemHistory(justice())))
                .isInstanceOf(NotFound.class);
        assertThat(history("cong-an-tinh.head", "AGENCY_HEAD", police)).isEmpty();
        assertThat(as("cong-an-tinh", "AGENCY_OFFICER", e -> e.list(null, null, documentId, 0, 50))
                        .total())
                .isZero();
        assertThat(as("lanh-dao", "LEADER", e -> e.list(null, null, documentId, 0, 50))
                        .items())
                .extracting(ExtensionView::itemId, ExtensionView::agencyCode)
                .containsExactly(tuple(item, "so-tu-phap"));
        assertThatThrownBy(() -> secretariat(e -> e.itemDeadlines(documentId + 1, item)))
                .as("a document that does not own the item")
                .isInstanceOf(NotFound.class);
        assertThatThrownBy(() ->
                        secretariat(e -> e.approveForItem(new ItemAgency(documentId, item, "khong-co"), grant(ASKED))))
                .isInstanceOf(NotFound.class);

        String other = jpa.newTenant();
        jpa.bundleDirectory(other, "vinh-phuc");
        assertThatThrownBy(() -> jpa.fromTenant(
                        other,
                        em -> extensions(em, other, "thu-ky", "so-tu-phap", "SECRETARIAT")
                                .approveForItem(justice(), grant(ASKED))))
                .isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> jpa.fromTenant(
                        other,
                        em -> extensions(em, other, "thu-ky", "so-tu-phap", "SECRETARIAT")
                                .itemDeadlines(documentId, item)))
                .isInstanceOf(NotFound.class);
        assertThat(jpa.fromTenant(
                                other,
                                em -> extensions(em, other, "thu-ky", "so-tu-phap", "SECRETARIAT")
                                        .list(null, null, null, 0, 50))
                        .total())
                .isZero();
    }

    @Test
    void theListsFilterByDocumentFindBothKindsOfRequest() {
        jpa.fromTenant(tenant, em -> new ObligationSync(em).sync(documentId, LocalDate.of(2024, 6, 17)));
        long h1 = jpa.fromTenant(
                tenant,
                em -> em.createQuery(
                                "SELECT o.id FROM Obligation o WHERE o.agency.code = 'so-tu-phap'"
                                        + " AND o.periodLabel = '2024-H1'",
                                Long.class)
                        .getSingleResult());
        officer(e -> e.requestForItem(justice(), request(ASKED, "Chờ")));
        jpa.fromTenant(
                tenant,
                em -> ExtensionFixture.extensions(
                                em,
                                Instant.parse("2024-06-17T03:00:00Z"),
                                tenant,
                                "so-tu-phap",
                                "so-tu-phap",
                                "AGENCY_OFFICER")
                        .request(h1, request(LocalDate.of(2024, 7, 5), "Chờ số liệu")));

        assertThat(secretariat(e -> e.list("PENDING", "so-tu-phap", documentId, 0, 50))
                        .items())
                .extracting(ExtensionView::obligationId, ExtensionView::itemId)
                .containsExactlyInAnyOrder(tuple(h1, null), tuple(null, item));
        assertThat(secretariat(e -> e.list(null, null, documentId + 1, 0, 50)).total())
                .isZero();
    }

    // --- the fixture ---

    private ItemAgency justice() {
        return new ItemAgency(documentId, item, "so-tu-phap");
    }

    private List<ItemDeadlineView> deadlines(String user, String role) {
        return as(user, role, e -> e.itemDeadlines(documentId, item));
    }

    private List<ExtensionView> history(String user, String role, ItemAgency subject) {
        return as(user, role, e -> e.itemHistory(subject));
    }

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

    /** Imports the text again as the document boundary does, the reporting component's observer asked. */
    private List<String> reimport(String text) {
        return jpa.fromTenant(tenant, em -> {
            ReportedItems observer = new ReportedItems();
            observer.em = em;
            Directory directory = new Directory(em);
            try {
                return new PlanImport(em, directory, ids -> {
                            ItemsLeaving going = new ItemsLeaving(ids);
                            observer.keepReported(going);
                            return going.kept();
                        })
                        .record(
                                new PlanParser(directory.nameMatcher()).parse(text),
                                "TEXT",
                                "1".repeat(64),
                                NOW,
                                "thu-ky")
                        .preservedItems();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
    }

    private List<AssignmentView> assignments(long itemId) {
        return jpa.fromTenant(
                tenant,
                em -> ItemTree.of(em, documentId).find(itemId).orElseThrow().assignments());
    }

    private long item(String code) {
        return jpa.fromTenant(
                tenant,
                em -> em.createQuery("SELECT i.id FROM Item i WHERE i.documentId = :d AND i.code = :code", Long.class)
                        .setParameter("d", documentId)
                        .setParameter("code", code)
                        .getSingleResult());
    }

    private long number(String sql) {
        String value = stored(sql);
        return value == null ? 0 : Long.parseLong(value);
    }

    private String stored(String sql) {
        try (Connection c = jpa.jdbc();
                PreparedStatement s = c.prepareStatement(sql)) {
            s.setString(1, tenant);
            try (ResultSet rows = s.executeQuery()) {
                return rows.next() ? rows.getString(1) : null;
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
