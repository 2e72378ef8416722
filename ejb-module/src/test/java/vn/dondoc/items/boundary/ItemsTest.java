package vn.dondoc.items.boundary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.dondoc.items.boundary.ItemViews.AssignmentView;
import vn.dondoc.items.boundary.ItemViews.ItemView;
import vn.dondoc.items.boundary.ItemViews.ResponsibilityView;
import vn.dondoc.items.entity.ResponsibilityRole;
import vn.dondoc.items.entity.Schedule;
import vn.dondoc.platform.boundary.Conflict;
import vn.dondoc.platform.boundary.InvalidInput;
import vn.dondoc.platform.boundary.NotFound;
import vn.dondoc.testing.RecordedEvents;

/**
 * The secretariat's corrections to an item on the real database: its text and time frame, its
 * assignments, and the rule that a lead wins over a coordinator.
 */
class ItemsTest extends ItemsOnTheDatabase {
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
    void everyEditOfAnItemAndEveryChangeOfItsAssignmentsIsAnnouncedForItsDocument() {
        long document = importPlan(PLAN);
        long four = tree(document).get("I.4").id();
        RecordedEvents<ItemsChanged> events = new RecordedEvents<>();

        in(tenant, events, items -> items.edit(document, four, edit("Số hóa toàn bộ hồ sơ hộ tịch.", null)));
        assertThat(events.fired()).containsExactly(new ItemsChanged(document));

        ItemView assigned = in(
                tenant, events, items -> items.assign(document, four, "ubnd-huyen-tam-dao", ResponsibilityRole.LEAD));
        in(tenant, events, items -> items.unassign(document, four, assignmentOf(assigned, "ubnd-huyen-tam-dao")));
        in(tenant, events, items -> items.mapName(UNKNOWN, "so-tai-chinh", null));

        assertThat(events.fired()).hasSize(4).containsOnly(new ItemsChanged(document));
    }

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
    void aFormNamesTheRoleAndTheKindOfTimeFrameAsTheViewsShowThem() {
        long document = importPlan(PLAN);
        long four = tree(document).get("I.4").id();

        ItemView assigned = in(items -> items.assign(document, four, "ubnd-huyen-tam-dao", "COORDINATOR"));
        ItemView linked = in(items ->
                items.edit(document, four, edit(null, ItemEdit.ScheduleEdit.of("LINKED", null, "Theo hướng dẫn"))));

        assertThat(assigned.assignments())
                .extracting(AssignmentView::agencyCode, AssignmentView::role)
                .contains(tuple("ubnd-huyen-tam-dao", "COORDINATOR"));
        assertThat(linked.schedule().kind()).isEqualTo("LINKED");
        assertThat(linked.schedule().text()).isEqualTo("Theo hướng dẫn");
        assertThat(Items.ROLES).containsExactly("LEAD", "COORDINATOR");
        assertThat(ItemEdit.ScheduleEdit.KINDS).contains("DEADLINE", "RECURRING", "LINKED", "UNPARSED");
        assertThatThrownBy(() -> in(items -> items.assign(document, four, "so-tai-chinh", "BOSS")))
                .isInstanceOf(InvalidInput.class);
        assertThatThrownBy(() -> ItemEdit.ScheduleEdit.of("SOMEDAY", null, null))
                .isInstanceOf(InvalidInput.class);
        assertThat(tree(document).get("I.4").assignments())
                .extracting(AssignmentView::agencyCode)
                .doesNotContain("so-tai-chinh");
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
}
