package vn.dondoc.items.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.dondoc.agencies.boundary.GroupMembersChanged;
import vn.dondoc.agencies.entity.Agency;
import vn.dondoc.agencies.entity.AgencyGroup;
import vn.dondoc.agencies.entity.GroupMembership;
import vn.dondoc.items.boundary.ItemViews.ItemView;
import vn.dondoc.items.entity.ResponsibilityRole;
import vn.dondoc.testing.RecordedEvents;

/** An item owed through a group follows the group's members; one the secretariat edited keeps its own. */
class GroupAssignmentsTest extends ItemsOnTheDatabase {

    private static final String DEPARTMENTS = "cac-so-ban-nganh";

    @Test
    void aNewMemberOfAGroupAnItemNamesIsAssignedItAndTheDocumentIsAnnounced() {
        long document = importPlan(PLAN);
        assertThat(agencies(tree(document).get("I.2"))).doesNotContain("ubnd-huyen-tam-dao");

        RecordedEvents<ItemsChanged> events = join("ubnd-huyen-tam-dao", DEPARTMENTS);

        ItemView two = tree(document).get("I.2");
        assertThat(two.assignments())
                .filteredOn(a -> a.agencyCode().equals("ubnd-huyen-tam-dao"))
                .singleElement()
                .satisfies(a -> {
                    assertThat(a.role()).isEqualTo(ResponsibilityRole.COORDINATOR.name());
                    assertThat(a.viaGroupCode()).isEqualTo(DEPARTMENTS);
                });
        assertThat(events.fired()).containsExactly(new ItemsChanged(document));
    }

    @Test
    void anItemTheSecretariatEditedKeepsItsAssignmentsAndAnItemNotNamingTheGroupIsLeftAlone() {
        long document = importPlan(PLAN);
        long two = tree(document).get("I.2").id();
        in(items -> items.edit(document, two, edit("Tuyên truyền pháp luật về phòng, chống tham nhũng.", null)));
        List<String> before = agencies(tree(document).get("I.2"));
        List<String> four = agencies(tree(document).get("I.4"));

        RecordedEvents<ItemsChanged> events = join("ubnd-huyen-tam-dao", DEPARTMENTS);

        assertThat(agencies(tree(document).get("I.2"))).isEqualTo(before);
        assertThat(agencies(tree(document).get("I.4"))).isEqualTo(four);
        assertThat(events.fired()).isEmpty();
    }

    /** Adds the agency to the group, then tells the observer so, in one transaction, as Agencies does. */
    private RecordedEvents<ItemsChanged> join(String agencyCode, String groupCode) {
        RecordedEvents<ItemsChanged> events = new RecordedEvents<>();
        jpa.inTenant(tenant, em -> {
            Agency agency = em.createQuery("SELECT a FROM Agency a WHERE a.code = :c", Agency.class)
                    .setParameter("c", agencyCode)
                    .getSingleResult();
            AgencyGroup group = em.createQuery("SELECT g FROM AgencyGroup g WHERE g.code = :c", AgencyGroup.class)
                    .setParameter("c", groupCode)
                    .getSingleResult();
            em.persist(new GroupMembership(group, agency));
            em.flush();
            GroupAssignments observer = new GroupAssignments();
            observer.em = em;
            observer.itemsChanged = events;
            observer.onMembers(new GroupMembersChanged(List.of(groupCode)));
        });
        return events;
    }

    private static List<String> agencies(ItemView item) {
        return item.assignments().stream().map(a -> a.agencyCode()).sorted().toList();
    }
}
