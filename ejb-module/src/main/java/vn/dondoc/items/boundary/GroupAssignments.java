package vn.dondoc.items.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import vn.dondoc.agencies.boundary.GroupMembersChanged;
import vn.dondoc.agencies.control.Directory;
import vn.dondoc.items.control.Reassignment;
import vn.dondoc.items.entity.Item;

/**
 * Keeps the assignments an item owes through a group in step with the group's members: when a
 * group gains or loses members, every item the secretariat has not edited that names the group is
 * assigned again, as an import would assign it now, and its document announced as changed. Runs
 * inside the transaction that changed the members (D-022), whoever the caller: no role is asked.
 */
@ApplicationScoped
public class GroupAssignments {

    @PersistenceContext
    EntityManager em;

    @Inject
    Event<ItemsChanged> itemsChanged;

    void onMembers(@Observes GroupMembersChanged changed) {
        if (changed.groupCodes().isEmpty()) {
            return;
        }
        List<Item> naming = em.createQuery(
                        "SELECT DISTINCT r.item FROM Responsibility r WHERE r.body.group.code IN :groups", Item.class)
                .setParameter("groups", changed.groupCodes())
                .getResultList();
        new Reassignment(em, new Directory(em))
                .remake(naming)
                .forEach(document -> itemsChanged.fire(new ItemsChanged(document)));
    }
}
