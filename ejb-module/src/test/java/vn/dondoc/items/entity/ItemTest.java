package vn.dondoc.items.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static vn.dondoc.items.entity.ResponsibilityRole.COORDINATOR;
import static vn.dondoc.items.entity.ResponsibilityRole.LEAD;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import vn.dondoc.agencies.entity.Agency;
import vn.dondoc.agencies.entity.AgencyGroup;
import vn.dondoc.agencies.entity.AgencyKind;
import vn.dondoc.agencies.entity.AgencyOrGroup;
import vn.dondoc.platform.boundary.Conflict;

/** The item's rules on their own, without a database: who gets assigned, and what an edit keeps. */
class ItemTest {

    private final Agency justice = agency("Sở Tư pháp");
    private final Agency finance = agency("Sở Tài chính");
    private final Agency tamDao = agency("UBND huyện Tam Đảo");
    private final Agency vinhYen = agency("UBND thành phố Vĩnh Yên");
    private final AgencyGroup districts = new AgencyGroup("UBND các huyện, thành phố", null, List.of(), true);
    private final AgencyGroup communes = new AgencyGroup("UBND các xã, phường, thị trấn", null, List.of(), false);
    private final Function<AgencyGroup, List<Agency>> membersOf =
            Map.of(districts, List.of(tamDao, vinhYen), communes, List.<Agency>of())::get;

    private final Item item = new Item(1L, null, "II.1", "1.", 0);

    @Test
    void aLeadWinsOverACoordinatorWhenTheAgencyIsNamedAsCoordinatorFirst() {
        List<Assignment> made =
                item.assignmentsFor(responsibilities(named(COORDINATOR, justice), named(LEAD, justice)), membersOf);

        assertThat(made)
                .extracting(a -> a.agency().code(), Assignment::role)
                .containsExactly(tuple("so-tu-phap", LEAD));
        assertThat(made.get(0).responsibility().role()).isEqualTo(LEAD);
    }

    @Test
    void aLeadWinsOverACoordinatorWhenTheAgencyIsNamedAsLeadFirst() {
        List<Assignment> made =
                item.assignmentsFor(responsibilities(named(LEAD, justice), named(COORDINATOR, justice)), membersOf);

        assertThat(made)
                .extracting(a -> a.agency().code(), Assignment::role)
                .containsExactly(tuple("so-tu-phap", LEAD));
    }

    @Test
    void aLeadNamedDirectlyWinsOverTheSameAgencyCoordinatingThroughAGroup() {
        List<Assignment> made =
                item.assignmentsFor(responsibilities(named(COORDINATOR, districts), named(LEAD, tamDao)), membersOf);

        assertThat(made)
                .extracting(a -> a.agency().code(), Assignment::role, a -> code(a.viaGroup()))
                .containsExactlyInAnyOrder(
                        tuple("ubnd-huyen-tam-dao", LEAD, null),
                        tuple("ubnd-thanh-pho-vinh-yen", COORDINATOR, "ubnd-cac-huyen-thanh-pho"));
    }

    @Test
    void anAgencyNamedTwiceInTheSameRoleGetsOneAssignmentFromTheFirstMention() {
        List<Assignment> made =
                item.assignmentsFor(responsibilities(named(LEAD, tamDao), named(LEAD, districts)), membersOf);

        assertThat(made)
                .extracting(a -> a.agency().code(), a -> code(a.viaGroup()))
                .containsExactlyInAnyOrder(
                        tuple("ubnd-huyen-tam-dao", null),
                        tuple("ubnd-thanh-pho-vinh-yen", "ubnd-cac-huyen-thanh-pho"));
    }

    @Test
    void aGroupExpandsToItsMembersEachAssignmentRememberingTheGroup() {
        List<Responsibility> named = responsibilities(named(COORDINATOR, districts));

        List<Assignment> made = item.assignmentsFor(named, membersOf);

        assertThat(made)
                .extracting(a -> a.agency().code(), Assignment::role, a -> code(a.viaGroup()))
                .containsExactly(
                        tuple("ubnd-huyen-tam-dao", COORDINATOR, "ubnd-cac-huyen-thanh-pho"),
                        tuple("ubnd-thanh-pho-vinh-yen", COORDINATOR, "ubnd-cac-huyen-thanh-pho"));
        assertThat(made).allSatisfy(a -> {
            assertThat(a.item()).isSameAs(item);
            assertThat(a.responsibility()).isSameAs(named.get(0));
        });
    }

    @Test
    void aGroupWhoseMembersAreUnknownAndAnUnresolvedNameAssignNobody() {
        List<Responsibility> named = responsibilities(named(LEAD, communes), named(LEAD, null));

        assertThat(item.assignmentsFor(named, membersOf)).isEmpty();
    }

    @Test
    void aRequestedItemAssignsNobodyItNamesButTheSecretariatMayAssignThemByHand() {
        item.readFromImport("4.", "Đề nghị Sở Tài chính …", null, true, false, 0, null);
        List<Responsibility> named = responsibilities(named(LEAD, finance), named(LEAD, districts));

        assertThat(item.assignmentsFor(named, membersOf)).isEmpty();

        Assignment byHand = item.assign(finance, LEAD, List.of());
        assertThat(byHand.agency()).isSameAs(finance);
        assertThat(byHand.role()).isEqualTo(LEAD);
        assertThat(item.requested()).as("the print still requests it").isTrue();
    }

    @Test
    void aReimportReadsTheFlagsAgainUnlessTheItemWasEdited() {
        item.readFromImport("4.", "Đề nghị …", null, true, true, 0, null);
        assertThat(item.requested()).isTrue();
        assertThat(item.noLeadNamed()).isTrue();

        item.readFromImport("4.", "Sở Tài chính …", null, false, false, 0, null);
        assertThat(item.requested()).isFalse();
        assertThat(item.noLeadNamed()).isFalse();

        item.readFromImport("4.", "Đề nghị …", null, true, true, 0, null);
        item.edit("Sở Tài chính bố trí kinh phí (đã sửa)", null);
        item.readFromImport("4.", "Sở Tài chính …", null, false, false, 0, null);
        assertThat(item.requested())
                .as("kept with the text the secretariat kept")
                .isTrue();
        assertThat(item.noLeadNamed()).isTrue();
    }

    @Test
    void assigningMakesAnAssignmentByHandAndMarksTheItemEdited() {
        Assignment made = item.assign(finance, COORDINATOR, List.of(new Assignment(item, justice, LEAD, null, null)));

        assertThat(made.agency()).isSameAs(finance);
        assertThat(made.role()).isEqualTo(COORDINATOR);
        assertThat(made.viaGroup()).isNull();
        assertThat(made.responsibility()).isNull();
        assertThat(item.edited()).isTrue();
    }

    @Test
    void assigningAnAgencyAlreadyAssignedIsAConflictWhateverTheRoleAndLeavesTheItemUnedited() {
        List<Assignment> current = List.of(new Assignment(item, tamDao, COORDINATOR, districts, null));

        assertThatThrownBy(() -> item.assign(tamDao, LEAD, current))
                .isInstanceOf(Conflict.class)
                .hasMessageContaining("ubnd-huyen-tam-dao");
        assertThat(item.edited()).isFalse();
    }

    @Test
    void editingOnlyTheTextKeepsTheScheduleAndMarksTheItemEdited() {
        Schedule printed = new Schedule(Schedule.Kind.RECURRING, null, "Thường xuyên hàng năm");
        item.readFromImport("1.", "Văn bản in", printed, false, false, 0, null);

        item.edit("Văn bản đã sửa", null);

        assertThat(item.text()).isEqualTo("Văn bản đã sửa");
        assertThat(item.schedule()).isEqualTo(printed);
        assertThat(item.edited()).isTrue();
    }

    @Test
    void editingOnlyTheScheduleKeepsTheText() {
        item.readFromImport("1.", "Văn bản in", Schedule.unparsed("Sớm"), false, false, 0, null);
        Schedule set = new Schedule(Schedule.Kind.DEADLINE, LocalDate.of(2026, 12, 31), "Năm 2026");

        item.edit(null, set);

        assertThat(item.text()).isEqualTo("Văn bản in");
        assertThat(item.schedule()).isEqualTo(set);
        assertThat(item.edited()).isTrue();
    }

    @Test
    void anEditWithNothingInItKeepsBothPartsAndStillMarksTheItemEdited() {
        item.readFromImport("1.", "Văn bản in", Schedule.unparsed("Sớm"), false, false, 0, null);

        item.edit(null, null);

        assertThat(item.text()).isEqualTo("Văn bản in");
        assertThat(item.schedule()).isEqualTo(Schedule.unparsed("Sớm"));
        assertThat(item.edited()).isTrue();
    }

    @Test
    void anEditedItemKeepsItsEditsWhenImportedAgainButMovesWithTheText() {
        Item parent = new Item(1L, null, "II", "II.", 0);
        item.readFromImport("1.", "Văn bản in", Schedule.unparsed("Sớm"), false, false, 1, parent);
        item.edit("Văn bản đã sửa", null);

        item.readFromImport("2.", "Văn bản in lại", Schedule.unparsed("Muộn"), false, false, 7, parent);

        assertThat(item.text()).isEqualTo("Văn bản đã sửa");
        assertThat(item.label()).isEqualTo("1.");
        assertThat(item.schedule()).isEqualTo(Schedule.unparsed("Sớm"));
        assertThat(item.position()).isEqualTo(7);
        assertThat(item.parent()).isSameAs(parent);
    }

    private List<Responsibility> responsibilities(Named... named) {
        List<Responsibility> all = new ArrayList<>();
        for (Named n : named) {
            all.add(new Responsibility(
                    item,
                    all.size(),
                    n.role(),
                    n.body() == null ? "Ban Chỉ đạo 35" : n.text(),
                    null,
                    n.body() == null ? AgencyOrGroup.NONE : n.body()));
        }
        return all;
    }

    private static Named named(ResponsibilityRole role, Object body) {
        if (body instanceof Agency a) {
            return new Named(role, a.name(), AgencyOrGroup.of(a, null));
        }
        if (body instanceof AgencyGroup g) {
            return new Named(role, g.name(), AgencyOrGroup.of(null, g));
        }
        return new Named(role, null, null);
    }

    private record Named(ResponsibilityRole role, String text, AgencyOrGroup body) {}

    private static Agency agency(String name) {
        return new Agency(name, null, AgencyKind.DEPARTMENT, List.of());
    }

    private static String code(AgencyGroup group) {
        return group == null ? null : group.code();
    }
}
