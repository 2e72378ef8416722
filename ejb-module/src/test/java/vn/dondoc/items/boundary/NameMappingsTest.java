package vn.dondoc.items.boundary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.dondoc.items.boundary.ItemViews.AssignmentView;
import vn.dondoc.items.boundary.ItemViews.ItemView;
import vn.dondoc.items.boundary.ItemViews.ResponsibilityView;
import vn.dondoc.platform.boundary.InvalidInput;

/**
 * The secretariat says which agency or group a name that matched nothing stands for: every
 * responsibility with it is resolved and assigned, and later imports match it.
 */
class NameMappingsTest extends ItemsOnTheDatabase {
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
}
