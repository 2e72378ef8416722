package vn.dondoc.items.control;

import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import vn.dondoc.agencies.control.Directory;
import vn.dondoc.items.entity.Item;
import vn.dondoc.items.entity.Responsibility;

/**
 * Makes the assignments of items the secretariat has not edited again from their responsibilities,
 * as an import would make them now: after a printed name is mapped, or a group's members change.
 * An edited item keeps what the secretariat gave it; an item with sub-items owes nothing itself.
 * A fixed number of queries, however many items.
 */
public final class Reassignment {

    private final EntityManager em;
    private final Directory directory;

    public Reassignment(EntityManager em, Directory directory) {
        this.em = Objects.requireNonNull(em, "em");
        this.directory = Objects.requireNonNull(directory, "directory");
    }

    /** Remakes the assignments of those of {@code items} that are unedited leaves; the documents it touched. */
    public Set<Long> remake(List<Item> items) {
        if (items.isEmpty()) {
            return Set.of();
        }
        Set<Long> parents = new HashSet<>(
                em.createQuery("SELECT DISTINCT i.parent.id FROM Item i WHERE i.parent IN :items", Long.class)
                        .setParameter("items", items)
                        .getResultList());
        List<Item> leaves = items.stream()
                .filter(i -> !i.edited() && !parents.contains(i.id()))
                .toList();
        if (leaves.isEmpty()) {
            return Set.of();
        }
        em.createQuery("DELETE FROM Assignment a WHERE a.item IN :items")
                .setParameter("items", leaves)
                .executeUpdate();
        Map<Long, List<Responsibility>> named = new HashMap<>();
        em.createQuery(
                        "SELECT r FROM Responsibility r JOIN FETCH r.item LEFT JOIN FETCH r.body.agency "
                                + "LEFT JOIN FETCH r.body.group WHERE r.item IN :items ORDER BY r.position",
                        Responsibility.class)
                .setParameter("items", leaves)
                .getResultStream()
                .forEach(r -> named.computeIfAbsent(r.item().id(), k -> new ArrayList<>())
                        .add(r));
        Directory.Snapshot names = directory.snapshot();
        Set<Long> documents = new HashSet<>();
        for (Item item : leaves) {
            item.assignmentsFor(named.getOrDefault(item.id(), List.of()), names::membersOf)
                    .forEach(em::persist);
            documents.add(item.documentId());
        }
        em.flush();
        return documents;
    }
}
