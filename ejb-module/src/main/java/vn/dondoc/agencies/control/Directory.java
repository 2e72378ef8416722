package vn.dondoc.agencies.control;

import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.dondoc.agencies.entity.Agency;
import vn.dondoc.agencies.entity.AgencyGroup;
import vn.dondoc.agencies.entity.GroupMembership;
import vn.dondoc.agencies.entity.NameMapping;

/**
 * The tenant's agency directory as the importer and the item use cases read it: lookups by code,
 * the whole directory at once, and the name matcher with the mappings the secretariat taught it.
 * Works in the caller's transaction, whose entity manager is already bound to the tenant.
 */
public final class Directory {

    private final EntityManager em;
    private Snapshot snapshot;

    public Directory(EntityManager em) {
        this.em = em;
    }

    public Optional<Agency> agency(String code) {
        return em.createNamedQuery(Agency.BY_CODE, Agency.class)
                .setParameter("code", code)
                .getResultStream()
                .findFirst();
    }

    public Optional<AgencyGroup> group(String code) {
        return em.createNamedQuery(AgencyGroup.BY_CODE, AgencyGroup.class)
                .setParameter("code", code)
                .getResultStream()
                .findFirst();
    }

    /**
     * The whole directory, read once per instance in three queries: for work that touches many
     * agencies (an import matches names, then assigns).
     */
    public Snapshot snapshot() {
        if (snapshot == null) {
            snapshot = read();
        }
        return snapshot;
    }

    private Snapshot read() {
        // In directory order (by id), as the matcher breaks ties by it.
        Map<String, Agency> agencies = new LinkedHashMap<>();
        em.createNamedQuery(Agency.ALL, Agency.class).getResultList().forEach(a -> agencies.put(a.code(), a));
        Map<String, AgencyGroup> groups = new LinkedHashMap<>();
        em.createNamedQuery(AgencyGroup.ALL, AgencyGroup.class).getResultList().forEach(g -> groups.put(g.code(), g));
        return new Snapshot(agencies, groups, members());
    }

    private Map<String, List<Agency>> members() {
        Map<String, List<Agency>> members = new HashMap<>();
        for (GroupMembership m :
                em.createNamedQuery(GroupMembership.ALL, GroupMembership.class).getResultList()) {
            members.computeIfAbsent(m.group().code(), k -> new ArrayList<>()).add(m.agency());
        }
        return members;
    }

    /** The directory as the importer matches printed names against it, learned mappings included. */
    public NameMatcher nameMatcher() {
        Map<String, List<String>> learned = new HashMap<>();
        for (NameMapping m :
                em.createNamedQuery(NameMapping.ALL, NameMapping.class).getResultList()) {
            String key = m.body().agency() != null
                    ? "agency:" + m.body().agency().code()
                    : "group:" + m.body().group().code();
            learned.computeIfAbsent(key, k -> new ArrayList<>()).add(m.text());
        }
        List<DirectoryEntry> entries = new ArrayList<>();
        for (Agency a : snapshot().agencies().values()) {
            entries.add(new DirectoryEntry(
                    DirectoryEntry.Kind.AGENCY,
                    a.code(),
                    a.name(),
                    withLearned(a.aliases(), learned.get("agency:" + a.code()))));
        }
        for (AgencyGroup g : snapshot().groups().values()) {
            entries.add(new DirectoryEntry(
                    DirectoryEntry.Kind.GROUP,
                    g.code(),
                    g.name(),
                    withLearned(g.aliases(), learned.get("group:" + g.code()))));
        }
        return new NameMatcher(entries);
    }

    private static List<String> withLearned(List<String> aliases, List<String> learned) {
        List<String> all = new ArrayList<>(aliases);
        if (learned != null) {
            all.addAll(learned);
        }
        return all;
    }

    /** The agencies and groups by code, and each group's members by group code. */
    public record Snapshot(
            Map<String, Agency> agencies, Map<String, AgencyGroup> groups, Map<String, List<Agency>> members) {

        public List<Agency> membersOf(AgencyGroup group) {
            return members.getOrDefault(group.code(), List.of());
        }
    }
}
