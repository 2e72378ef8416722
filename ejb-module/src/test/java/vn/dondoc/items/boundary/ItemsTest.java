package vn.dondoc.items.boundary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import vn.dondoc.agencies.control.Directory;
import vn.dondoc.documents.control.NoPlanFound;
import vn.dondoc.documents.control.PlanImport;
import vn.dondoc.documents.control.PlanReader;
import vn.dondoc.items.boundary.ItemViews.AssignmentView;
import vn.dondoc.items.boundary.ItemViews.ItemView;
import vn.dondoc.items.boundary.ItemViews.ResponsibilityView;
import vn.dondoc.items.entity.ResponsibilityRole;
import vn.dondoc.items.entity.Schedule;
import vn.dondoc.platform.boundary.Conflict;
import vn.dondoc.platform.boundary.InvalidInput;
import vn.dondoc.platform.boundary.NotFound;
import vn.dondoc.testing.JpaExtension;

/**
 * The secretariat's corrections on the real database, one fresh tenant per test with the small
 * test directory (Sở Tư pháp and Sở Tài chính in "Các sở, ban, ngành"; UBND huyện Tam Đảo in no
 * group). Plans come in through the import's write path, as {@code Documents.importPlan} runs it.
 */
class ItemsTest {

    @RegisterExtension
    static final JpaExtension jpa = new JpaExtension();

    private static final Instant NOW = Instant.parse("2026-03-02T02:30:00Z");
    private static final String UNKNOWN = "Ban Chỉ đạo 35";

    /**
     * I.1 names Sở Tư pháp as coordinator, then as lead; I.2 and I.3 are led by a body the
     * directory does not know; I.4 is led by Sở Tư pháp alone.
     */
    private static final String PLAN = """
            ỦY BAN NHÂN DÂN
            TỈNH THỬ NGHIỆM
            CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
            Số: 12/KH-UBND
            Tam Đảo, ngày 10 tháng 01 năm 2024
            KẾ HOẠCH
            THỰC HIỆN CÔNG TÁC TƯ PHÁP NĂM 2024
            Căn cứ Nghị quyết số 13/2020/NQ-HĐND của HĐND tỉnh; UBND tỉnh ban hành kế hoạch như sau:
            I. NHIỆM VỤ
            1. Rà soát văn bản quy phạm pháp luật của tỉnh.
            - Cơ quan phối hợp: Sở Tư pháp; Sở Tài chính.
            - Cơ quan chủ trì: Sở Tư pháp.
            - Thời gian thực hiện: Năm 2024.
            2. Tuyên truyền, phổ biến pháp luật về phòng, chống tham nhũng.
            - Cơ quan chủ trì: Ban Chỉ đạo 35.
            - Cơ quan phối hợp: Các sở, ban, ngành.
            - Thời gian thực hiện: Thường xuyên.
            3. Kiểm tra công tác phòng, chống tham nhũng tại cơ sở.
            - Cơ quan chủ trì: Ban Chỉ đạo 35.
            - Cơ quan phối hợp: UBND huyện Tam Đảo.
            - Thời gian thực hiện: Quý II/2024.
            4. Số hóa hồ sơ hộ tịch.
            - Cơ quan chủ trì: Sở Tư pháp.
            - Thời gian thực hiện: Năm 2025.
            """;

    /** Item I.1 has two sub-items; the lines after the last one apply to the item and to both. */
    private static final String PLAN_WITH_SUB_ITEMS = """
            ỦY BAN NHÂN DÂN
            TỈNH THỬ NGHIỆM
            CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
            Số: 14/KH-UBND
            Tam Đảo, ngày 10 tháng 01 năm 2024
            KẾ HOẠCH
            CẢI CÁCH HÀNH CHÍNH NĂM 2024
            Căn cứ Nghị quyết số 13/2020/NQ-HĐND của HĐND tỉnh; UBND tỉnh ban hành kế hoạch như sau:
            I. NHIỆM VỤ
            1. Cải cách thủ tục hành chính.
            a) Rà soát thủ tục hành chính.
            b) Công khai thủ tục hành chính.
            - Cơ quan chủ trì: Ban Chỉ đạo 35.
            - Thời gian thực hiện: Năm 2024.
            """;

    private String tenant;

    @BeforeEach
    void tenantWithDirectory() {
        tenant = jpa.newTenant();
        jpa.newDirectory(tenant);
    }

    // --- lead over coordinator ---

    @Test
    void anAgencyNamedAsCoordinatorAndAsLeadOfOneItemIsAssignedItOnceAsLead() {
        long document = importPlan(PLAN);

        ItemView one = tree(document).get("I.1");

        assertThat(one.responsibilities())
                .extracting(ResponsibilityView::role, ResponsibilityView::agencyCode)
                .containsExactly(
                        tuple("COORDINATOR", "so-tu-phap"),
                        tuple("COORDINATOR", "so-tai-chinh"),
                        tuple("LEAD", "so-tu-phap"));
        assertThat(one.assignments())
                .extracting(AssignmentView::agencyCode, AssignmentView::role)
                .containsExactlyInAnyOrder(tuple("so-tu-phap", "LEAD"), tuple("so-tai-chinh", "COORDINATOR"));
    }

    // --- edit ---

    @Test
    void editingChangesTheTextAndTheScheduleAndAReimportKeepsThem() {
        long document = importPlan(PLAN);
        long four = tree(document).get("I.4").id();

        ItemView edited =
                in(items -> items.edit(document, four, edit("Số hóa hồ sơ hộ tịch (đã sửa)", deadline(2026))));

        assertThat(edited.text()).isEqualTo("Số hóa hồ sơ hộ tịch (đã sửa)");
        assertThat(edited.schedule().kind()).isEqualTo("DEADLINE");
        assertThat(edited.schedule().deadline()).isEqualTo(LocalDate.of(2026, 12, 31));
        assertThat(edited.edited()).isTrue();

        importPlan(PLAN);

        ItemView kept = tree(document).get("I.4");
        assertThat(kept.id()).isEqualTo(four);
        assertThat(kept.text()).isEqualTo("Số hóa hồ sơ hộ tịch (đã sửa)");
        assertThat(kept.schedule().deadline()).isEqualTo(LocalDate.of(2026, 12, 31));
        assertThat(kept.schedule().text()).isEqualTo("Năm 2026");
        assertThat(kept.edited()).isTrue();
        assertThat(tree(document).get("I.1").edited()).isFalse();
    }

    @Test
    void editingOnlyTheTextKeepsThePrintedSchedule() {
        long document = importPlan(PLAN);
        long four = tree(document).get("I.4").id();

        ItemView edited = in(items -> items.edit(document, four, edit("Số hóa hồ sơ hộ tịch (đã sửa)", null)));

        assertThat(edited.text()).isEqualTo("Số hóa hồ sơ hộ tịch (đã sửa)");
        assertThat(edited.schedule().deadline()).isEqualTo(LocalDate.of(2025, 12, 31));
        assertThat(edited.schedule().text()).isEqualTo("Năm 2025");
        assertThat(edited.edited()).isTrue();
    }

    @Test
    void aDeadlineWithoutADateIsInvalidInputAndLeavesTheItemAsItWas() {
        long document = importPlan(PLAN);
        long four = tree(document).get("I.4").id();
        ItemEdit.ScheduleEdit noDate = new ItemEdit.ScheduleEdit();
        noDate.kind = Schedule.Kind.DEADLINE;

        assertThatThrownBy(() -> in(items -> items.edit(document, four, edit("x", noDate))))
                .isInstanceOf(InvalidInput.class);
        assertThat(tree(document).get("I.4").text()).isEqualTo("Số hóa hồ sơ hộ tịch.");
        assertThat(tree(document).get("I.4").edited()).isFalse();
    }

    // --- assign, unassign ---

    @Test
    void assigningAddsTheAgencyAndMarksTheItemEditedSoThatAReimportKeepsIt() {
        long document = importPlan(PLAN);
        long four = tree(document).get("I.4").id();

        ItemView assigned = in(items -> items.assign(document, four, "ubnd-huyen-tam-dao", ResponsibilityRole.LEAD));

        assertThat(assigned.assignments())
                .extracting(AssignmentView::agencyCode, AssignmentView::role, AssignmentView::viaGroupCode)
                .containsExactly(tuple("so-tu-phap", "LEAD", null), tuple("ubnd-huyen-tam-dao", "LEAD", null));
        assertThat(assigned.edited()).isTrue();

        importPlan(PLAN);

        assertThat(tree(document).get("I.4").assignments())
                .extracting(AssignmentView::agencyCode)
                .containsExactly("so-tu-phap", "ubnd-huyen-tam-dao");
    }

    @Test
    void assigningAnAgencyASecondTimeIsAConflictWhateverTheRole() {
        long document = importPlan(PLAN);
        long four = tree(document).get("I.4").id();
        in(items -> items.assign(document, four, "ubnd-huyen-tam-dao", ResponsibilityRole.LEAD));

        assertThatThrownBy(() ->
                        in(items -> items.assign(document, four, "ubnd-huyen-tam-dao", ResponsibilityRole.COORDINATOR)))
                .isInstanceOf(Conflict.class);
        assertThatThrownBy(
                        () -> in(items -> items.assign(document, four, "so-tu-phap", ResponsibilityRole.COORDINATOR)))
                .as("an agency the import assigned is assigned too")
                .isInstanceOf(Conflict.class);
        assertThat(tree(document).get("I.4").assignments()).hasSize(2);
    }

    @Test
    void assigningAnAgencyTheDirectoryDoesNotHoldIsInvalidInputAndLeavesTheItemUnedited() {
        long document = importPlan(PLAN);
        long four = tree(document).get("I.4").id();

        assertThatThrownBy(() -> in(items -> items.assign(document, four, "khong-co", ResponsibilityRole.LEAD)))
                .isInstanceOf(InvalidInput.class);
        assertThat(tree(document).get("I.4").edited()).isFalse();
    }

    @Test
    void unassigningRemovesTheAssignmentAndMarksTheItemEditedSoThatAReimportDoesNotBringItBack() {
        long document = importPlan(PLAN);
        ItemView one = tree(document).get("I.1");
        long finance = assignmentOf(one, "so-tai-chinh");

        ItemView after = in(items -> items.unassign(document, one.id(), finance));

        assertThat(after.assignments()).extracting(AssignmentView::agencyCode).containsExactly("so-tu-phap");
        assertThat(after.edited()).isTrue();

        importPlan(PLAN);

        assertThat(tree(document).get("I.1").assignments())
                .extracting(AssignmentView::agencyCode)
                .containsExactly("so-tu-phap");
    }

    @Test
    void unassigningAnAssignmentOfAnotherItemIsNotFound() {
        long document = importPlan(PLAN);
        Map<String, ItemView> tree = tree(document);
        long ofItemOne = assignmentOf(tree.get("I.1"), "so-tai-chinh");

        assertThatThrownBy(() ->
                        in(items -> items.unassign(document, tree.get("I.4").id(), ofItemOne)))
                .isInstanceOf(NotFound.class);
        assertThat(tree(document).get("I.1").assignments()).hasSize(2);
        assertThat(tree(document).get("I.4").edited()).isFalse();
    }

    @Test
    void anItemOfAnotherDocumentIsNotFound() {
        long document = importPlan(PLAN);
        long other = importPlan(PLAN.replace("Số: 12/KH-UBND", "Số: 13/KH-UBND"));
        long four = tree(document).get("I.4").id();
        long finance = assignmentOf(tree(document).get("I.1"), "so-tai-chinh");
        long one = tree(document).get("I.1").id();

        assertThatThrownBy(() -> in(items -> items.edit(other, four, edit("x", null))))
                .isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> in(items -> items.assign(other, four, "ubnd-huyen-tam-dao", ResponsibilityRole.LEAD)))
                .isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> in(items -> items.unassign(other, one, finance)))
                .isInstanceOf(NotFound.class);
        assertThat(tree(document).get("I.4").edited()).isFalse();
        assertThat(tree(document).get("I.1").assignments()).hasSize(2);
    }

    @Test
    void anItemOfAnotherTenantIsNotFound() {
        long document = importPlan(PLAN);
        long four = tree(document).get("I.4").id();
        ItemView one = tree(document).get("I.1");
        long finance = assignmentOf(one, "so-tai-chinh");
        String other = jpa.newTenant();
        jpa.newDirectory(other);

        assertThatThrownBy(() -> in(other, items -> items.edit(document, four, edit("x", null))))
                .isInstanceOf(NotFound.class);
        assertThatThrownBy(() ->
                        in(other, items -> items.assign(document, four, "ubnd-huyen-tam-dao", ResponsibilityRole.LEAD)))
                .isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> in(other, items -> items.unassign(document, one.id(), finance)))
                .isInstanceOf(NotFound.class);
        assertThat(tree(document).get("I.4").edited()).isFalse();
        assertThat(tree(document).get("I.1").assignments()).hasSize(2);
    }

    // --- the name mapping applied to existing responsibilities ---

    @Test
    void aNameTheDirectoryDoesNotKnowIsImportedUnresolvedAndAssignsNobody() {
        long document = importPlan(PLAN);

        Map<String, ItemView> tree = tree(document);

        assertThat(unresolved(document)).containsExactly(UNKNOWN);
        assertThat(tree.get("I.2").responsibilities().get(0))
                .extracting(ResponsibilityView::text, ResponsibilityView::agencyCode, ResponsibilityView::groupCode)
                .containsExactly(UNKNOWN, null, null);
        assertThat(tree.get("I.2").assignments())
                .extracting(AssignmentView::agencyCode, AssignmentView::role)
                .containsExactlyInAnyOrder(tuple("so-tu-phap", "COORDINATOR"), tuple("so-tai-chinh", "COORDINATOR"));
    }

    @Test
    void mappingANameResolvesEveryResponsibilityWithItAndAssignsTheUneditedLeavesOnly() {
        long document = importPlan(PLAN);
        long three = tree(document).get("I.3").id();
        in(items -> items.edit(document, three, edit("Kiểm tra tại cơ sở (đã sửa)", null)));

        int resolved = in(items -> items.mapName(UNKNOWN, "ubnd-huyen-tam-dao", null));

        assertThat(resolved).isEqualTo(2);
        Map<String, ItemView> tree = tree(document);
        assertThat(unresolved(document)).isEmpty();
        assertThat(tree.get("I.2").responsibilities().get(0).agencyCode()).isEqualTo("ubnd-huyen-tam-dao");
        assertThat(tree.get("I.2").assignments())
                .extracting(AssignmentView::agencyCode, AssignmentView::role)
                .containsExactlyInAnyOrder(
                        tuple("so-tu-phap", "COORDINATOR"),
                        tuple("so-tai-chinh", "COORDINATOR"),
                        tuple("ubnd-huyen-tam-dao", "LEAD"));
        assertThat(tree.get("I.3").responsibilities().get(0).agencyCode())
                .as("an edited item's name is resolved too")
                .isEqualTo("ubnd-huyen-tam-dao");
        assertThat(tree.get("I.3").assignments())
                .as("but what it holds is left as the secretariat left it")
                .extracting(AssignmentView::agencyCode, AssignmentView::role)
                .containsExactly(tuple("ubnd-huyen-tam-dao", "COORDINATOR"));
    }

    @Test
    void mappingANameToAGroupAssignsItsMembersThroughTheGroup() {
        long document = importPlan(PLAN);

        int resolved = in(items -> items.mapName(UNKNOWN, null, "cac-so-ban-nganh"));

        assertThat(resolved).isEqualTo(2);
        ItemView three = tree(document).get("I.3");
        assertThat(three.responsibilities().get(0).groupCode()).isEqualTo("cac-so-ban-nganh");
        assertThat(three.assignments())
                .extracting(AssignmentView::agencyCode, AssignmentView::role, AssignmentView::viaGroupCode)
                .containsExactlyInAnyOrder(
                        tuple("ubnd-huyen-tam-dao", "COORDINATOR", null),
                        tuple("so-tu-phap", "LEAD", "cac-so-ban-nganh"),
                        tuple("so-tai-chinh", "LEAD", "cac-so-ban-nganh"));
    }

    @Test
    void mappingANameToAnAgencyThatAlreadyCoordinatesTheItemMakesItTheLeadAsAReimportWould() {
        long document = importPlan(PLAN);

        in(items -> items.mapName(UNKNOWN, "so-tai-chinh", null));

        List<AssignmentView> mapped = tree(document).get("I.2").assignments();
        assertThat(mapped)
                .extracting(AssignmentView::agencyCode, AssignmentView::role)
                .containsExactlyInAnyOrder(tuple("so-tu-phap", "COORDINATOR"), tuple("so-tai-chinh", "LEAD"));

        importPlan(PLAN);

        assertThat(tree(document).get("I.2").assignments())
                .extracting(AssignmentView::agencyCode, AssignmentView::role, AssignmentView::viaGroupCode)
                .containsExactlyInAnyOrderElementsOf(mapped.stream()
                        .map(a -> tuple(a.agencyCode(), a.role(), a.viaGroupCode()))
                        .toList());
    }

    @Test
    void mappingANameGivesNoAssignmentToAnItemWithSubItems() {
        long document = importPlan(PLAN_WITH_SUB_ITEMS);
        Map<String, ItemView> before = tree(document);
        assertThat(before.get("I.1").children()).extracting(ItemView::code).containsExactly("I.1.a", "I.1.b");
        assertThat(before.get("I.1").responsibilities())
                .extracting(ResponsibilityView::text)
                .containsExactly(UNKNOWN);

        int resolved = in(items -> items.mapName(UNKNOWN, "ubnd-huyen-tam-dao", null));

        Map<String, ItemView> tree = tree(document);
        assertThat(resolved).isEqualTo(3);
        assertThat(tree.get("I.1").responsibilities().get(0).agencyCode()).isEqualTo("ubnd-huyen-tam-dao");
        assertThat(tree.get("I.1").assignments()).isEmpty();
        assertThat(tree.get("I.1.a").assignments())
                .extracting(AssignmentView::agencyCode, AssignmentView::role)
                .containsExactly(tuple("ubnd-huyen-tam-dao", "LEAD"));
        assertThat(tree.get("I.1.b").assignments())
                .extracting(AssignmentView::agencyCode, AssignmentView::role)
                .containsExactly(tuple("ubnd-huyen-tam-dao", "LEAD"));
    }

    @Test
    void aLaterImportMatchesAMappedNameDirectly() {
        importPlan(PLAN);
        in(items -> items.mapName(UNKNOWN, "ubnd-huyen-tam-dao", null));

        long next = importPlan(PLAN.replace("Số: 12/KH-UBND", "Số: 13/KH-UBND"));

        assertThat(unresolved(next)).isEmpty();
        ItemView two = tree(next).get("I.2");
        assertThat(two.responsibilities())
                .extracting(ResponsibilityView::text, ResponsibilityView::agencyCode)
                .contains(tuple(UNKNOWN, "ubnd-huyen-tam-dao"));
        assertThat(two.assignments())
                .extracting(AssignmentView::agencyCode, AssignmentView::role)
                .contains(tuple("ubnd-huyen-tam-dao", "LEAD"));
    }

    @Test
    void mappingANameAgainPointsItElsewhereForLaterImports() {
        importPlan(PLAN);
        in(items -> items.mapName(UNKNOWN, "ubnd-huyen-tam-dao", null));

        int resolved = in(items -> items.mapName(UNKNOWN, "so-tai-chinh", null));

        assertThat(resolved).as("nothing is unresolved any more").isZero();
        long next = importPlan(PLAN.replace("Số: 12/KH-UBND", "Số: 13/KH-UBND"));
        assertThat(tree(next).get("I.3").responsibilities().get(0).agencyCode()).isEqualTo("so-tai-chinh");
    }

    @Test
    void aMappingNeedsExactlyOneOfAnAgencyAndAGroup() {
        long document = importPlan(PLAN);

        assertThatThrownBy(() -> in(items -> items.mapName(UNKNOWN, "so-tu-phap", "cac-so-ban-nganh")))
                .isInstanceOf(InvalidInput.class);
        assertThatThrownBy(() -> in(items -> items.mapName(UNKNOWN, null, null)))
                .isInstanceOf(InvalidInput.class);
        assertThat(unresolved(document)).containsExactly(UNKNOWN);
    }

    @Test
    void aMappingToAnAgencyOrGroupTheDirectoryDoesNotHoldIsInvalidInputAndResolvesNothing() {
        long document = importPlan(PLAN);

        assertThatThrownBy(() -> in(items -> items.mapName(UNKNOWN, "khong-co", null)))
                .isInstanceOf(InvalidInput.class)
                .hasMessageContaining("khong-co");
        assertThatThrownBy(() -> in(items -> items.mapName(UNKNOWN, null, "khong-co")))
                .isInstanceOf(InvalidInput.class);
        assertThat(unresolved(document)).containsExactly(UNKNOWN);
        long next = importPlan(PLAN.replace("Số: 12/KH-UBND", "Số: 13/KH-UBND"));
        assertThat(unresolved(next)).as("no mapping was learned").containsExactly(UNKNOWN);
    }

    @Test
    void aMappingResolvesNothingInAnotherTenant() {
        long document = importPlan(PLAN);
        String other = jpa.newTenant();
        jpa.newDirectory(other);
        long theirs = importPlan(other, PLAN);

        int resolved = in(items -> items.mapName(UNKNOWN, "ubnd-huyen-tam-dao", null));

        assertThat(resolved).isEqualTo(2);
        assertThat(unresolved(document)).isEmpty();
        List<String> theirsUnresolved =
                jpa.fromTenant(other, em -> ItemTree.of(em, theirs).unresolved());
        assertThat(theirsUnresolved).containsExactly(UNKNOWN);
    }

    @Test
    void mappingTheDirectorOfTheJusticeDepartmentMakesTheDepartmentLeadOfItemII2cOfKeHoach204() {
        String vinhPhuc = jpa.newTenant();
        jpa.bundleDirectory(vinhPhuc, "vinh-phuc");
        long document = importPlan(vinhPhuc, kh204());
        assertThat(jpa.fromTenant(vinhPhuc, em -> byCode(ItemTree.of(em, document)))
                        .get("II.2.c")
                        .assignments())
                .as("before: a member of the departments, which coordinate")
                .filteredOn(a -> a.agencyCode().equals("so-tu-phap"))
                .extracting(AssignmentView::role)
                .containsExactly("COORDINATOR");

        int resolved = in(vinhPhuc, items -> items.mapName("Giám đốc sở Tư pháp", "so-tu-phap", null));

        assertThat(resolved).isPositive();
        ItemView twoC = jpa.fromTenant(vinhPhuc, em -> byCode(ItemTree.of(em, document)))
                .get("II.2.c");
        assertThat(twoC.assignments())
                .filteredOn(a -> a.agencyCode().equals("so-tu-phap"))
                .extracting(AssignmentView::role, AssignmentView::viaGroupCode)
                .containsExactly(tuple("LEAD", null));
        assertThat(twoC.assignments()).extracting(AssignmentView::agencyCode).doesNotHaveDuplicates();
    }

    // --- helpers ---

    private long importPlan(String text) {
        return importPlan(tenant, text);
    }

    /** What {@code Documents.importPlan} does with a text upload, in one transaction of the tenant. */
    private static long importPlan(String tenant, String text) {
        return jpa.fromTenant(tenant, em -> {
            Directory directory = new Directory(em);
            try {
                return new PlanImport(em, directory)
                        .record(
                                new PlanReader(directory.nameMatcher()).text(text.getBytes(StandardCharsets.UTF_8)),
                                "TEXT",
                                "0".repeat(64),
                                NOW,
                                "thu-ky")
                        .document()
                        .id();
            } catch (NoPlanFound e) {
                throw new AssertionError(e);
            }
        });
    }

    private Map<String, ItemView> tree(long document) {
        return jpa.fromTenant(tenant, em -> byCode(ItemTree.of(em, document)));
    }

    private List<String> unresolved(long document) {
        return jpa.fromTenant(tenant, em -> ItemTree.of(em, document).unresolved());
    }

    private <T> T in(Function<Items, T> call) {
        return in(tenant, call);
    }

    /** One call of the boundary in one transaction of the tenant, as the container would run it. */
    private static <T> T in(String tenant, Function<Items, T> call) {
        return jpa.fromTenant(tenant, em -> {
            Items items = new Items();
            items.em = em;
            return call.apply(items);
        });
    }

    private static long assignmentOf(ItemView item, String agencyCode) {
        return item.assignments().stream()
                .filter(a -> a.agencyCode().equals(agencyCode))
                .findFirst()
                .orElseThrow()
                .id();
    }

    private static ItemEdit edit(String text, ItemEdit.ScheduleEdit schedule) {
        ItemEdit edit = new ItemEdit();
        edit.text = text;
        edit.schedule = schedule;
        return edit;
    }

    private static ItemEdit.ScheduleEdit deadline(int year) {
        ItemEdit.ScheduleEdit schedule = new ItemEdit.ScheduleEdit();
        schedule.kind = Schedule.Kind.DEADLINE;
        schedule.deadline = LocalDate.of(year, 12, 31);
        schedule.text = "Năm " + year;
        return schedule;
    }

    private static Map<String, ItemView> byCode(ItemTree tree) {
        Map<String, ItemView> all = new LinkedHashMap<>();
        List<ItemView> todo = new ArrayList<>(tree.roots());
        while (!todo.isEmpty()) {
            ItemView item = todo.remove(0);
            all.put(item.code(), item);
            todo.addAll(0, item.children());
        }
        return all;
    }

    private static String kh204() {
        try (InputStream in = ItemsTest.class.getResourceAsStream("/plans/kh-204-vinh-phuc.txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
