package vn.dondoc.documents.boundary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import jakarta.persistence.EntityManager;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import vn.dondoc.documents.boundary.Views.DocumentSummary;
import vn.dondoc.documents.boundary.Views.DocumentView;
import vn.dondoc.documents.boundary.Views.ImportOutcome;
import vn.dondoc.documents.entity.Document;
import vn.dondoc.documents.entity.ReportingBody;
import vn.dondoc.documents.entity.ReportingFrequency;
import vn.dondoc.items.boundary.ItemViews.AssignmentView;
import vn.dondoc.items.boundary.ItemViews.ItemView;
import vn.dondoc.items.entity.Item;
import vn.dondoc.platform.boundary.InvalidInput;
import vn.dondoc.platform.boundary.NotFound;
import vn.dondoc.platform.boundary.Page;
import vn.dondoc.platform.boundary.Unprocessable;
import vn.dondoc.testing.Callers;
import vn.dondoc.testing.JpaExtension;
import vn.dondoc.testing.RecordedEvents;

/**
 * The document boundary on the real database with Vĩnh Phúc's real directory, one fresh tenant
 * per test: Kế hoạch 204 imported, imported again, previewed and refused. Roles, auditing and the
 * tenant interceptor are the container's and not exercised here: the test binds the tenant.
 *
 * <p>Longer than our usual ~300 lines on purpose: each test is one import scenario of the same
 * 52-item plan, and their checks read best next to each other.
 */
class DocumentsTest {

    @RegisterExtension
    static final JpaExtension jpa = new JpaExtension();

    private static final Instant NOW = Instant.parse("2026-03-02T02:30:00Z");
    private static final String NUMBER = "204/KH-UBND";
    private static final List<String> DISTRICTS = List.of(
            "ubnd-thanh-pho-vinh-yen",
            "ubnd-thanh-pho-phuc-yen",
            "ubnd-huyen-binh-xuyen",
            "ubnd-huyen-lap-thach",
            "ubnd-huyen-song-lo",
            "ubnd-huyen-tam-duong",
            "ubnd-huyen-tam-dao",
            "ubnd-huyen-vinh-tuong",
            "ubnd-huyen-yen-lac");
    /** Item 4 of section II, from its line to the line before item 5: an item with three sub-items. */
    private static final String ITEM_II_4_FROM = "4. Tăng cường quản lý nhà nước về công tác quản lý xử lý VPHC";

    private static final String ITEM_II_4_TO = "5. Tiếp tục triển khai thực hiện nghiêm túc pháp luật hộ tịch";
    /** Item 10 of section II, the last of the section: a leaf. */
    private static final String ITEM_II_10_FROM = "10. Phối hợp xử lý nghiêm minh";

    private static final String ITEM_II_10_TO = "III. TỔ CHỨC THỰC HIỆN";

    private String tenant;

    @BeforeEach
    void tenantWithVinhPhucsDirectory() {
        tenant = jpa.newTenant();
        jpa.bundleDirectory(tenant, "vinh-phuc");
    }

    @Test
    void importingKeHoach204CreatesTheDocumentWithItsItemTree() {
        ImportOutcome outcome = in(tenant, documents -> documents.importPlan(text(plan())));

        assertThat(outcome.created()).isTrue();
        assertThat(outcome.preservedItems()).isEmpty();
        DocumentView imported = outcome.document();
        assertThat(imported.id()).isNotNull();
        assertThat(imported.number()).isEqualTo(NUMBER);
        assertThat(imported.importedBy()).isEqualTo("thu-ky");
        assertThat(imported.importedAt()).isEqualTo(NOW);

        DocumentView read = in(tenant, documents -> documents.one(imported.id()));
        assertThat(read.number()).isEqualTo(NUMBER);
        assertThat(read.type()).isEqualTo("KH");
        assertThat(read.issuedOn()).isEqualTo(LocalDate.of(2023, 7, 21));
        assertThat(read.signer()).isEqualTo("Vũ Chí Giang");
        assertThat(read.implementation().focalAgencyCode()).isEqualTo("so-tu-phap");
        assertThat(read.implementation().agencyPlanDueOn()).isEqualTo(LocalDate.of(2023, 8, 1));
        assertThat(read.references())
                .extracting(Views.ReferenceView::number, Views.ReferenceView::relation)
                .contains(tuple("46-CT/TU", "IMPLEMENTS"), tuple("484-CV/BCS", "BASED_ON"));
        assertThat(read.unresolved()).contains("Giám đốc sở Tư pháp", "Trưởng phòng Tư pháp");
        Map<String, ItemView> items = byCode(read);
        assertThat(items).hasSize(52);
        assertThat(read.items()).extracting(ItemView::code).containsExactly("I", "II", "III");
        assertThat(items.get("II").children()).hasSize(10);
        assertThat(items.get("II.5.b").schedule().deadline()).isEqualTo(LocalDate.of(2024, 6, 30));
        assertThat(items.get("II.7.a").responsibilities().get(0).unit()).isEqualTo("Trung tâm TGPL Nhà nước");
    }

    @Test
    void eachMemberOfAGroupNamedUnderAnItemIsAssignedThroughTheGroup() {
        long id = importPlan(plan()).document().id();

        ItemView twoA = byCode(in(tenant, documents -> documents.one(id))).get("II.2.a");

        List<AssignmentView> viaDistricts = twoA.assignments().stream()
                .filter(a -> "ubnd-cac-huyen-thanh-pho".equals(a.viaGroupCode()))
                .toList();
        assertThat(viaDistricts).extracting(AssignmentView::agencyCode).containsExactlyInAnyOrderElementsOf(DISTRICTS);
        assertThat(viaDistricts).extracting(AssignmentView::role).containsOnly("LEAD");
        // Sở Tư pháp is named on its own and as a member of the departments: once, on its own.
        assertThat(twoA.assignments())
                .filteredOn(a -> a.agencyCode().equals("so-tu-phap"))
                .extracting(AssignmentView::role, AssignmentView::viaGroupCode)
                .containsExactly(tuple("LEAD", null));
        assertThat(twoA.assignments()).extracting(AssignmentView::agencyCode).doesNotHaveDuplicates();
        assertThat(byCode(in(tenant, documents -> documents.one(id)))
                        .get("II.2")
                        .assignments())
                .as("a parent's lines apply to its sub-items: no assignment of its own")
                .isEmpty();
    }

    @Test
    void theDistrictsLeadItemII5dThoughTheyAreAlsoNamedAmongItsCoordinators() {
        long id = importPlan(plan()).document().id();

        ItemView fiveD = byCode(in(tenant, documents -> documents.one(id))).get("II.5.d");

        assertThat(fiveD.assignments())
                .filteredOn(a -> DISTRICTS.contains(a.agencyCode()))
                .hasSize(DISTRICTS.size())
                .extracting(AssignmentView::role)
                .containsOnly("LEAD");
        assertThat(fiveD.assignments())
                .filteredOn(a -> a.agencyCode().equals("bo-tu-phap"))
                .extracting(AssignmentView::role)
                .containsExactly("COORDINATOR");
    }

    @Test
    void theSecretariatsRegimeReplacesThePrintedOneAndSurvivesAReimport() {
        long id = importPlan(plan()).document().id();
        RegimeEdit regime = new RegimeEdit();
        regime.agencyPlanDueOn = LocalDate.of(2023, 8, 15);
        regime.reportingFrequencies = List.of(ReportingFrequency.ANNUAL);
        regime.reportWorkingDays = java.math.BigDecimal.valueOf(5);

        DocumentView set = in(tenant, documents -> documents.setRegime(id, regime));

        assertThat(set.implementation().agencyPlanDueOn()).isEqualTo(LocalDate.of(2023, 8, 15));
        assertThat(set.implementation().reportingFrequencies()).containsExactly("ANNUAL");
        assertThat(set.implementation().reportWorkingDays()).isEqualTo(5);
        assertThat(set.implementation().regimeEdited()).isTrue();

        DocumentView again = importPlan(plan()).document();
        assertThat(again.implementation().agencyPlanDueOn()).isEqualTo(LocalDate.of(2023, 8, 15));
        assertThat(again.implementation().reportingFrequencies()).containsExactly("ANNUAL");
        assertThat(again.implementation().reportWorkingDays()).isEqualTo(5);
        assertThat(again.implementation().agencyPlanText())
                .as("the printed text stays as printed")
                .contains("01/8/2023");
    }

    @Test
    void aNewRegimeIsAnnouncedSoThatTheObligationsFollow() {
        long id = importPlan(plan()).document().id();
        RegimeEdit regime = new RegimeEdit();
        regime.reportingFrequencies = List.of();
        RecordedEvents<DocumentChanged> events = new RecordedEvents<>();

        jpa.fromTenant(tenant, em -> {
            Documents documents = documents(em, tenant);
            documents.changed = events;
            return documents.setRegime(id, regime);
        });

        assertThat(events.fired()).containsExactly(new DocumentChanged(id));
        assertThatThrownBy(() -> in(tenant, documents -> documents.setRegime(id + 1000, regime)))
                .isInstanceOf(NotFound.class);
    }

    @Test
    void importingTheSameNumberAgainUpdatesTheDocumentInPlace() throws SQLException {
        ImportOutcome first = importPlan(plan());
        int rows = rows("item") + rows("responsibility") + rows("assignment");

        ImportOutcome again = importPlan(plan());

        assertThat(again.created()).isFalse();
        assertThat(again.preservedItems()).isEmpty();
        assertThat(again.document().id()).isEqualTo(first.document().id());
        Page<DocumentSummary> all = in(tenant, documents -> documents.all(0, 10));
        assertThat(all.total()).isEqualTo(1);
        assertThat(all.items()).extracting(DocumentSummary::number).containsExactly(NUMBER);
        assertThat(byCode(again.document()).get("II.5.b").id())
                .as("an item found again by its code keeps its identity")
                .isEqualTo(byCode(first.document()).get("II.5.b").id());
        assertThat(rows("item") + rows("responsibility") + rows("assignment"))
                .as("nothing is stored twice")
                .isEqualTo(rows);
    }

    @Test
    void theListIsReadInTheOrderAskedAPageAtATime() {
        importPlan(plan());
        importPlan(plan().replace("Số: 204/KH-UBND", "Số: 99/KH-UBND")
                .replace("ngày 21 tháng 7 năm 2023", "ngày 05 tháng 01 năm 2024"));

        assertThat(in(tenant, documents -> documents.all(0, 10)).items())
                .as("newest first unless asked")
                .extracting(DocumentSummary::number)
                .containsExactly("99/KH-UBND", NUMBER);
        assertThat(in(tenant, documents -> documents.all(DocumentOrder.ISSUED_ON, false, 0, 10))
                        .items())
                .extracting(DocumentSummary::number)
                .containsExactly(NUMBER, "99/KH-UBND");
        assertThat(in(tenant, documents -> documents.all(DocumentOrder.NUMBER, false, 0, 10))
                        .items())
                .as("numbers compare as text")
                .extracting(DocumentSummary::number)
                .containsExactly(NUMBER, "99/KH-UBND");
        Page<DocumentSummary> second = in(tenant, documents -> documents.all(DocumentOrder.NUMBER, true, 1, 1));
        assertThat(second.items()).extracting(DocumentSummary::number).containsExactly(NUMBER);
        assertThat(second.total()).isEqualTo(2);
        assertThat(DocumentOrder.of("-number")).isEqualTo(DocumentOrder.NUMBER);
        assertThat(DocumentOrder.of("issuedOn")).isEqualTo(DocumentOrder.ISSUED_ON);
        assertThatThrownBy(() -> DocumentOrder.of("signer")).isInstanceOf(InvalidInput.class);
    }

    @Test
    void anItemGoneFromTheTextIsRemovedOnReimportWithItsSubItems() throws SQLException {
        ImportOutcome first = importPlan(plan());

        ImportOutcome again =
                importPlan(without(without(plan(), ITEM_II_4_FROM, ITEM_II_4_TO), ITEM_II_10_FROM, ITEM_II_10_TO));

        assertThat(again.created()).isFalse();
        assertThat(again.preservedItems()).isEmpty();
        Map<String, ItemView> items =
                byCode(in(tenant, documents -> documents.one(first.document().id())));
        assertThat(items.keySet()).doesNotContain("II.4", "II.4.a", "II.4.b", "II.4.c", "II.10");
        assertThat(items).hasSize(52 - 5);
        assertThat(items.get("II.5.b").id())
                .isEqualTo(byCode(first.document()).get("II.5.b").id());
        assertThat(items.get("II").children()).extracting(ItemView::code).doesNotContain("II.4", "II.10");
        assertThat(rows("item")).isEqualTo(52 - 5);
    }

    @Test
    void anItemTheSecretariatEditedIsKeptWhenItsTextIsGoneAndListedAsPreserved() {
        long id = importPlan(plan()).document().id();
        editItem(id, "II.10", "Phối hợp xét xử lưu động (đã sửa)");

        ImportOutcome again = importPlan(without(plan(), ITEM_II_10_FROM, ITEM_II_10_TO));

        assertThat(again.preservedItems()).containsExactly("II.10");
        ItemView ten = byCode(in(tenant, documents -> documents.one(id))).get("II.10");
        assertThat(ten).isNotNull();
        assertThat(ten.text()).isEqualTo("Phối hợp xét xử lưu động (đã sửa)");
        assertThat(ten.edited()).isTrue();
        assertThat(ten.assignments())
                .as("what an edited item holds is left as the secretariat left it")
                .extracting(AssignmentView::agencyCode)
                .contains("so-tu-phap");
    }

    @Test
    void anEditedSubItemOfAGoneItemKeepsItsParentAndItsUneditedSiblingsGo() {
        long id = importPlan(plan()).document().id();
        editItem(id, "II.4.b", "Theo dõi thi hành pháp luật (đã sửa)");

        ImportOutcome again = importPlan(without(plan(), ITEM_II_4_FROM, ITEM_II_4_TO));

        assertThat(again.preservedItems()).containsExactly("II.4.b");
        Map<String, ItemView> items = byCode(in(tenant, documents -> documents.one(id)));
        assertThat(items.keySet()).contains("II.4", "II.4.b").doesNotContain("II.4.a", "II.4.c");
        assertThat(items.get("II.4").children()).extracting(ItemView::code).containsExactly("II.4.b");
        assertThat(items.get("II.4.b").text()).isEqualTo("Theo dõi thi hành pháp luật (đã sửa)");
    }

    @Test
    void theBodiesSectionIIINamesForReportingAreStoredInOrderAndReplacedOnReimport() throws SQLException {
        long id = importPlan(plan()).document().id();
        importPlan(plan());

        List<ReportingBody> bodies = jpa.fromTenant(
                tenant,
                em -> em.createNamedQuery(ReportingBody.OF_DOCUMENT, ReportingBody.class)
                        .setParameter("document", em.find(Document.class, id))
                        .getResultList());
        assertThat(bodies)
                .extracting(
                        ReportingBody::text,
                        b -> b.group() == null ? null : b.group().code())
                .containsExactly(
                        tuple("Các Sở, ban, ngành", "cac-so-ban-nganh-cua-tinh"),
                        tuple("UBND các huyện, thành phố", "ubnd-cac-huyen-thanh-pho"));
        assertThat(rows("reporting_body")).as("a re-import replaces them").isEqualTo(2);
    }

    @Test
    void anUnresolvedReportingBodyIsListedByTheStoredDocumentAsByTheDryRun() {
        String named = resource("kh-31-named-agencies.txt");

        DocumentView preview = in(tenant, documents -> documents.preview(text(named)));
        DocumentView stored = importPlan(named).document();

        assertThat(stored.unresolved()).contains("Sở Du lịch").isEqualTo(preview.unresolved());
        assertThat(in(tenant, documents -> documents.one(stored.id())).unresolved())
                .isEqualTo(preview.unresolved());
        assertThat(in(tenant, documents -> documents.all(0, 50)).items())
                .as("the list shows the same names as the document")
                .singleElement()
                .extracting(DocumentSummary::unresolved)
                .isEqualTo(preview.unresolved());
    }

    @Test
    void anEditedItemStillInTheTextKeepsItsEditsAndIsListedAsPreserved() {
        long id = importPlan(plan()).document().id();
        editItem(id, "II.1", "Tuyên truyền (đã sửa)");

        ImportOutcome again = importPlan(plan());

        assertThat(again.preservedItems()).containsExactly("II.1");
        assertThat(byCode(again.document()).get("II.1").text()).isEqualTo("Tuyên truyền (đã sửa)");
        assertThat(byCode(again.document()).get("II.2.a").edited()).isFalse();
    }

    @Test
    void aDryRunShowsThePlanAndStoresNothing() throws SQLException {
        DocumentView preview = in(tenant, documents -> documents.preview(text(plan())));

        assertThat(preview.id()).isNull();
        assertThat(preview.number()).isEqualTo(NUMBER);
        assertThat(preview.implementation().focalAgencyCode()).isEqualTo("so-tu-phap");
        assertThat(byCode(preview)).hasSize(52).containsKey("II.2.a");
        assertThat(byCode(preview).get("II.2.a").id()).isNull();
        assertThat(in(tenant, documents -> documents.all(0, 10)).total()).isZero();
        assertThat(rows("document")).isZero();
        assertThat(rows("item")).isZero();
        assertThat(rows("document_reference")).isZero();
    }

    @Test
    void aTextWithoutANumberIsUnprocessableAndLeavesNothingBehind() throws SQLException {
        String numberless = plan().replace("Số: 204/KH-UBND", "");

        assertThatThrownBy(() -> in(tenant, documents -> documents.importPlan(text(numberless))))
                .isInstanceOf(Unprocessable.class)
                .hasMessageContaining("Số:");
        assertThatThrownBy(() -> in(
                        tenant,
                        documents -> documents.importPlan(text("Hôm nay trời đẹp.\nKhông có kế hoạch nào ở đây."))))
                .isInstanceOf(Unprocessable.class);
        assertThat(rows("document")).isZero();
        assertThat(rows("item")).isZero();
    }

    @Test
    void anotherTenantSeesNothingOfTheDocument() {
        long id = importPlan(plan()).document().id();
        String other = jpa.newTenant();
        jpa.bundleDirectory(other, "vinh-phuc");

        assertThatThrownBy(() -> in(other, documents -> documents.one(id))).isInstanceOf(NotFound.class);
        assertThat(in(other, documents -> documents.all(0, 10)).items()).isEmpty();
        assertThat(in(tenant, documents -> documents.one(id)).number()).isEqualTo(NUMBER);
    }

    @Test
    void anotherTenantImportingTheSameNumberGetsADocumentOfItsOwn() {
        long id = importPlan(plan()).document().id();
        String other = jpa.newTenant();
        jpa.bundleDirectory(other, "vinh-phuc");

        ImportOutcome theirs = in(other, documents -> documents.importPlan(text(plan())));

        assertThat(theirs.created()).isTrue();
        assertThat(theirs.document().id()).isNotEqualTo(id);
        assertThat(in(tenant, documents -> documents.all(0, 10)).total()).isEqualTo(1);
    }

    // --- helpers ---

    private ImportOutcome importPlan(String text) {
        return in(tenant, documents -> documents.importPlan(text(text)));
    }

    /** The secretariat's correction of one item's text, as {@code Items.edit} makes it. */
    private void editItem(long documentId, String code, String text) {
        long itemId = byCode(in(tenant, documents -> documents.one(documentId)))
                .get(code)
                .id();
        jpa.inTenant(tenant, em -> em.find(Item.class, itemId).edit(text, null));
    }

    /** One call of the boundary in one transaction of the tenant, as the container would run it. */
    private static <T> T in(String tenant, Function<Documents, T> call) {
        return jpa.fromTenant(tenant, em -> call.apply(documents(em, tenant)));
    }

    private static Documents documents(EntityManager em, String tenant) {
        Documents documents = new Documents();
        documents.em = em;
        documents.clock = Clock.fixed(NOW, ZoneOffset.UTC);
        documents.changed = new RecordedEvents<>();
        documents.leaving = new RecordedEvents<>();
        documents.caller = Callers.as("thu-ky", tenant, "so-tu-phap", "SECRETARIAT");
        return documents;
    }

    private static PlanSource text(String text) {
        return new PlanSource(PlanSource.Format.TEXT, text.getBytes(StandardCharsets.UTF_8));
    }

    private static String plan() {
        return resource("kh-204-vinh-phuc.txt");
    }

    private static String resource(String name) {
        try (InputStream in = DocumentsTest.class.getResourceAsStream("/plans/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The text without the lines from the one starting {@code from} up to the one starting {@code to}. */
    private static String without(String text, String from, String to) {
        int start = text.indexOf("\n" + from);
        int end = text.indexOf("\n" + to, start);
        assertThat(start).as("the text has a line starting " + from).isNotNegative();
        assertThat(end).as("the text has a line starting " + to).isGreaterThan(start);
        return text.substring(0, start) + text.substring(end);
    }

    private static Map<String, ItemView> byCode(DocumentView document) {
        Map<String, ItemView> all = new LinkedHashMap<>();
        List<ItemView> todo = new ArrayList<>(document.items());
        while (!todo.isEmpty()) {
            ItemView item = todo.remove(0);
            assertThat(all.put(item.code(), item)).as("one item per code").isNull();
            todo.addAll(0, item.children());
        }
        return all;
    }

    /** The tenant's rows in a table, read with plain JDBC, which EclipseLink cannot filter. */
    private int rows(String table) throws SQLException {
        try (Connection c = jpa.jdbc();
                PreparedStatement s = c.prepareStatement("SELECT COUNT(*) FROM " + table + " WHERE tenant_id = ?")) {
            s.setString(1, tenant);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }
}
