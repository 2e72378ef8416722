package vn.dondoc.documents.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import vn.dondoc.agencies.control.DirectoryEntry;
import vn.dondoc.agencies.control.NameMatcher;
import vn.dondoc.agencies.control.NamedBody;
import vn.dondoc.agencies.entity.Agency;
import vn.dondoc.agencies.entity.AgencyGroup;
import vn.dondoc.agencies.entity.GroupMembership;
import vn.dondoc.agencies.entity.NameMapping;
import vn.dondoc.documents.boundary.PlanSource;
import vn.dondoc.documents.boundary.Views.AssignmentView;
import vn.dondoc.documents.boundary.Views.DocumentSummary;
import vn.dondoc.documents.boundary.Views.DocumentView;
import vn.dondoc.documents.boundary.Views.ImplementationView;
import vn.dondoc.documents.boundary.Views.ImportOutcome;
import vn.dondoc.documents.boundary.Views.ItemView;
import vn.dondoc.documents.boundary.Views.ReferenceView;
import vn.dondoc.documents.boundary.Views.ResponsibilityView;
import vn.dondoc.documents.boundary.Views.ScheduleView;
import vn.dondoc.documents.entity.Document;
import vn.dondoc.documents.entity.DocumentReference;
import vn.dondoc.items.control.ParsedItem;
import vn.dondoc.items.entity.ResponsibilityRole;
import vn.dondoc.items.entity.Schedule;
import vn.dondoc.items.entity.Assignment;
import vn.dondoc.items.entity.Item;
import vn.dondoc.items.entity.Responsibility;
import vn.dondoc.platform.boundary.Conflict;
import vn.dondoc.platform.boundary.InvalidInput;
import vn.dondoc.platform.boundary.NotFound;
import vn.dondoc.platform.boundary.Unprocessable;

/**
 * Stores parsed plans and reads documents back as views. Runs inside the calling boundary's
 * transaction, whose entity manager the tenant interceptor has already bound to the tenant.
 */
@Dependent
public class DocumentRecords {

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    /** The tenant's directory as the importer matches names against it, learned mappings included. */
    public NameMatcher nameMatcher() {
        Map<Long, List<String>> learnedForAgency = new HashMap<>();
        Map<Long, List<String>> learnedForGroup = new HashMap<>();
        for (NameMapping m :
                em.createNamedQuery(NameMapping.ALL, NameMapping.class).getResultList()) {
            if (m.agency() != null) {
                learnedForAgency
                        .computeIfAbsent(m.agency().id(), k -> new ArrayList<>())
                        .add(m.text());
            } else {
                learnedForGroup
                        .computeIfAbsent(m.group().id(), k -> new ArrayList<>())
                        .add(m.text());
            }
        }
        List<DirectoryEntry> entries = new ArrayList<>();
        for (Agency a : em.createNamedQuery(Agency.ALL, Agency.class).getResultList()) {
            entries.add(new DirectoryEntry(
                    DirectoryEntry.Kind.AGENCY, a.code(), a.name(), concat(a.aliases(), learnedForAgency.get(a.id()))));
        }
        for (AgencyGroup g :
                em.createNamedQuery(AgencyGroup.ALL, AgencyGroup.class).getResultList()) {
            entries.add(new DirectoryEntry(
                    DirectoryEntry.Kind.GROUP, g.code(), g.name(), concat(g.aliases(), learnedForGroup.get(g.id()))));
        }
        return new NameMatcher(entries);
    }

    public ImportOutcome record(ParsedPlan plan, PlanSource source, String by) {
        if (plan.number() == null) {
            throw new Unprocessable("Không tìm thấy số, ký hiệu của văn bản (dòng \"Số: …\") / The document's number "
                    + "and symbol (the \"Số: …\" line) were not found");
        }
        String number = plan.number().toString();
        Optional<Document> registered = byNumber(number);
        Document document = registered.orElseGet(() -> new Document(number));
        Agency focal = agency(plan.implementation().focalAgencyCode()).orElse(null);
        document.describe(plan, focal, source.format().name(), sha256(source.content()), clock.instant(), by);
        if (registered.isEmpty()) {
            em.persist(document);
        }
        recordReferences(document, plan);
        List<String> preserved = recordItems(document, plan, registered.isPresent());
        em.flush();
        return new ImportOutcome(view(document), registered.isEmpty(), preserved);
    }

    public DocumentView preview(ParsedPlan plan) {
        List<ReferenceView> references = plan.references().stream()
                .map(r -> new ReferenceView(
                        r.relation().name(),
                        r.number().toString(),
                        byNumber(r.number().toString()).map(Document::id).orElse(null)))
                .toList();
        Implementation i = plan.implementation();
        return new DocumentView(
                null,
                plan.type(),
                plan.number() == null ? null : plan.number().toString(),
                plan.issuer(),
                plan.place(),
                plan.issuedOn(),
                plan.title(),
                plan.signer(),
                references,
                List.of(),
                new ImplementationView(
                        i.agencyPlanDueOn(),
                        i.agencyPlanText(),
                        i.reportingFrequencies().stream()
                                .sorted()
                                .map(Enum::name)
                                .toList(),
                        i.reportingText(),
                        i.focalAgencyCode(),
                        i.focalAgencyText()),
                plan.items().stream().map(DocumentRecords::previewOf).toList(),
                plan.unresolved(),
                null,
                null);
    }

    public DocumentView view(Document document) {
        List<Item> items = em.createNamedQuery(Item.OF_DOCUMENT, Item.class)
                .setParameter("document", document)
                .getResultList();
        Map<Long, List<ResponsibilityView>> responsibilities = new HashMap<>();
        Set<String> unresolved = new LinkedHashSet<>();
        for (Responsibility r : em.createNamedQuery(Responsibility.OF_DOCUMENT, Responsibility.class)
                .setParameter("document", document)
                .getResultList()) {
            responsibilities
                    .computeIfAbsent(r.item().id(), k -> new ArrayList<>())
                    .add(new ResponsibilityView(
                            r.role().name(),
                            r.text(),
                            r.agency() == null ? null : r.agency().code(),
                            r.group() == null ? null : r.group().code(),
                            r.unit()));
            if (!r.resolved()) {
                unresolved.add(r.text());
            }
        }
        if (document.focalAgency() == null && document.focalAgencyText() != null) {
            unresolved.add(document.focalAgencyText());
        }
        Map<Long, List<AssignmentView>> assignments = new HashMap<>();
        for (Assignment a : em.createNamedQuery(Assignment.OF_DOCUMENT, Assignment.class)
                .setParameter("document", document)
                .getResultList()) {
            assignments
                    .computeIfAbsent(a.item().id(), k -> new ArrayList<>())
                    .add(new AssignmentView(
                            a.id(),
                            a.agency().code(),
                            a.role().name(),
                            a.viaGroup() == null ? null : a.viaGroup().code()));
        }
        Map<Long, List<Item>> childrenOf = new LinkedHashMap<>();
        List<Item> roots = new ArrayList<>();
        for (Item item : items) {
            if (item.parent() == null) {
                roots.add(item);
            } else {
                childrenOf
                        .computeIfAbsent(item.parent().id(), k -> new ArrayList<>())
                        .add(item);
            }
        }
        List<ReferenceView> references = em.createNamedQuery(DocumentReference.OF_DOCUMENT, DocumentReference.class)
                .setParameter("document", document)
                .getResultStream()
                .map(r -> new ReferenceView(
                        r.relation().name(),
                        r.number(),
                        r.target() == null ? null : r.target().id()))
                .toList();
        List<ReferenceView> referencedBy = em.createNamedQuery(DocumentReference.TO_DOCUMENT, DocumentReference.class)
                .setParameter("document", document)
                .getResultStream()
                .map(r -> new ReferenceView(
                        r.relation().name(), r.document().number(), r.document().id()))
                .toList();
        return new DocumentView(
                document.id(),
                document.type(),
                document.number(),
                document.issuer(),
                document.place(),
                document.issuedOn(),
                document.title(),
                document.signer(),
                references,
                referencedBy,
                new ImplementationView(
                        document.agencyPlanDueOn(),
                        document.agencyPlanText(),
                        document.reportingFrequencies().stream()
                                .sorted()
                                .map(Enum::name)
                                .toList(),
                        document.reportingText(),
                        document.focalAgency() == null
                                ? null
                                : document.focalAgency().code(),
                        document.focalAgencyText()),
                roots.stream()
                        .map(i -> viewOf(i, childrenOf, responsibilities, assignments))
                        .toList(),
                List.copyOf(unresolved),
                document.importedBy(),
                document.importedAt());
    }

    public List<DocumentSummary> summaries(List<Document> documents) {
        if (documents.isEmpty()) {
            return List.of();
        }
        Map<Long, Set<String>> unresolved = new HashMap<>();
        em.createQuery(
                        "SELECT i.document.id, r.text FROM Responsibility r JOIN r.item i "
                                + "WHERE i.document IN :documents AND r.agency IS NULL AND r.group IS NULL "
                                + "ORDER BY i.position, r.position",
                        Object[].class)
                .setParameter("documents", documents)
                .getResultList()
                .forEach(row -> unresolved
                        .computeIfAbsent((Long) row[0], k -> new LinkedHashSet<>())
                        .add((String) row[1]));
        Map<Long, List<ReferenceView>> references = new HashMap<>();
        em.createQuery(
                        "SELECT r FROM DocumentReference r LEFT JOIN FETCH r.target WHERE r.document IN :documents "
                                + "ORDER BY r.id",
                        DocumentReference.class)
                .setParameter("documents", documents)
                .getResultList()
                .forEach(r -> references
                        .computeIfAbsent(r.document().id(), k -> new ArrayList<>())
                        .add(new ReferenceView(
                                r.relation().name(),
                                r.number(),
                                r.target() == null ? null : r.target().id())));
        return documents.stream()
                .map(d -> new DocumentSummary(
                        d.id(),
                        d.type(),
                        d.number(),
                        d.issuer(),
                        d.place(),
                        d.issuedOn(),
                        d.title(),
                        d.signer(),
                        references.getOrDefault(d.id(), List.of()),
                        List.copyOf(unresolved.getOrDefault(d.id(), Set.of()))))
                .toList();
    }

    public ItemView editItem(Document document, long itemId, String text, Schedule schedule) {
        Item item = em.createNamedQuery(Item.OF_DOCUMENT, Item.class)
                .setParameter("document", document)
                .getResultStream()
                .filter(i -> i.id() == itemId)
                .findFirst()
                .orElseThrow(() -> new NotFound("Không có nội dung " + itemId + " trong văn bản này / No item " + itemId
                        + " in this document"));
        item.edit(text, schedule);
        em.flush();
        return findItem(view(document).items(), itemId).orElseThrow();
    }

    /** The secretariat gives an item to one more agency; the item then counts as edited. */
    public ItemView addAssignment(Document document, long itemId, String agencyCode, ResponsibilityRole role) {
        Item item = item(document, itemId);
        Agency agency = agency(agencyCode)
                .orElseThrow(() ->
                        new InvalidInput("Không có cơ quan mã '" + agencyCode + "' / No agency '" + agencyCode + "'"));
        boolean assigned = !em.createQuery(
                        "SELECT a FROM Assignment a WHERE a.item = :item AND a.agency = :agency", Assignment.class)
                .setParameter("item", item)
                .setParameter("agency", agency)
                .getResultList()
                .isEmpty();
        if (assigned) {
            throw new Conflict("Cơ quan '" + agencyCode + "' đã được giao nội dung này / '" + agencyCode
                    + "' is already assigned to this item");
        }
        em.persist(new Assignment(item, agency, role, null, null));
        item.edit(null, null);
        em.flush();
        return findItem(view(document).items(), itemId).orElseThrow();
    }

    /** The secretariat takes an item away from an agency; the item then counts as edited. */
    public ItemView removeAssignment(Document document, long itemId, long assignmentId) {
        Item item = item(document, itemId);
        Assignment assignment = em.createQuery(
                        "SELECT a FROM Assignment a WHERE a.item = :item AND a.id = :id", Assignment.class)
                .setParameter("item", item)
                .setParameter("id", assignmentId)
                .getResultStream()
                .findFirst()
                .orElseThrow(
                        () -> new NotFound("Không có phân công " + assignmentId + " / No assignment " + assignmentId));
        em.remove(assignment);
        item.edit(null, null);
        em.flush();
        return findItem(view(document).items(), itemId).orElseThrow();
    }

    public int mapName(String text, String agencyCode, String groupCode) {
        Agency agency = agencyCode == null
                ? null
                : agency(agencyCode)
                        .orElseThrow(() -> new InvalidInput(
                                "Không có cơ quan mã '" + agencyCode + "' / No agency '" + agencyCode + "'"));
        AgencyGroup group = groupCode == null
                ? null
                : group(groupCode)
                        .orElseThrow(() -> new InvalidInput(
                                "Không có nhóm mã '" + groupCode + "' / No group '" + groupCode + "'"));
        Optional<NameMapping> existing = em.createNamedQuery(NameMapping.BY_TEXT, NameMapping.class)
                .setParameter("text", text)
                .getResultStream()
                .findFirst();
        if (existing.isPresent()) {
            existing.get().pointTo(agency, group);
        } else {
            em.persist(new NameMapping(text, agency, group));
        }
        List<Responsibility> open = em.createNamedQuery(Responsibility.UNRESOLVED_TEXT, Responsibility.class)
                .setParameter("text", text)
                .getResultList();
        Map<Long, List<Agency>> members = members();
        for (Responsibility r : open) {
            r.resolveTo(agency, group);
            if (!r.item().edited() && isLeaf(r.item())) {
                assign(r.item(), List.of(r), members, assignedAgencies(r.item()));
            }
        }
        em.flush();
        return open.size();
    }

    private Item item(Document document, long itemId) {
        return em.createQuery("SELECT i FROM Item i WHERE i.document = :document AND i.id = :id", Item.class)
                .setParameter("document", document)
                .setParameter("id", itemId)
                .getResultStream()
                .findFirst()
                .orElseThrow(() -> new NotFound("Không có nội dung " + itemId + " trong văn bản này / No item " + itemId
                        + " in this document"));
    }

    private void recordReferences(Document document, ParsedPlan plan) {
        if (document.id() != null) {
            em.createQuery("DELETE FROM DocumentReference r WHERE r.document = :document")
                    .setParameter("document", document)
                    .executeUpdate();
        }
        for (FoundReference found : plan.references()) {
            String number = found.number().toString();
            em.persist(new DocumentReference(
                    document, found.relation(), number, byNumber(number).orElse(null)));
        }
        em.createNamedQuery(DocumentReference.TO_NUMBER, DocumentReference.class)
                .setParameter("number", document.number())
                .getResultList()
                .forEach(r -> r.linkTo(document));
    }

    /** Returns the codes of items kept as the secretariat edited them. */
    private List<String> recordItems(Document document, ParsedPlan plan, boolean reimport) {
        Map<String, Item> existing = new HashMap<>();
        if (reimport) {
            em.createNamedQuery(Item.OF_DOCUMENT, Item.class)
                    .setParameter("document", document)
                    .getResultList()
                    .forEach(i -> existing.put(i.code(), i));
            // Every item the secretariat did not edit is read again from the new text: drop what
            // the last import made for them in two statements rather than two per item.
            em.createQuery("DELETE FROM Assignment a WHERE a.item IN "
                            + "(SELECT i FROM Item i WHERE i.document = :document AND i.edited = FALSE)")
                    .setParameter("document", document)
                    .executeUpdate();
            em.createQuery("DELETE FROM Responsibility r WHERE r.item IN "
                            + "(SELECT i FROM Item i WHERE i.document = :document AND i.edited = FALSE)")
                    .setParameter("document", document)
                    .executeUpdate();
        }
        List<String> preserved = new ArrayList<>();
        Directory directory = directory();
        int[] position = {0};
        for (ParsedItem parsed : plan.items()) {
            record(document, null, parsed, existing, preserved, directory, position);
        }
        List<Item> gone = new ArrayList<>(existing.values());
        gone.sort(Comparator.comparing((Item i) -> i.code().length()).reversed());
        Set<Item> holdingEdits = new HashSet<>();
        for (Item item : gone) {
            for (Item up = item; up != null && item.edited(); up = up.parent()) {
                holdingEdits.add(up);
            }
        }
        for (Item item : gone) {
            if (item.edited()) {
                preserved.add(item.code());
            } else if (!holdingEdits.contains(item)) {
                em.remove(item);
            }
        }
        return preserved;
    }

    private void record(
            Document document,
            Item parent,
            ParsedItem parsed,
            Map<String, Item> existing,
            List<String> preserved,
            Directory directory,
            int[] position) {
        Item item = existing.remove(parsed.code());
        if (item == null) {
            item = new Item(document, parent, parsed.code(), parsed.label(), position[0]);
            em.persist(item);
        }
        item.readFromImport(parsed.label(), parsed.text(), parsed.schedule(), position[0]++, parent);
        if (item.edited()) {
            preserved.add(item.code());
        } else {
            List<Responsibility> made = new ArrayList<>();
            for (ParsedItem.Responsibility r : parsed.responsibilities()) {
                NamedBody body = r.body();
                Responsibility responsibility = new Responsibility(
                        item,
                        made.size(),
                        r.role(),
                        body.text(),
                        body.unit(),
                        body.agencyCode() == null ? null : directory.agencies().get(body.agencyCode()),
                        body.groupCode() == null ? null : directory.groups().get(body.groupCode()));
                em.persist(responsibility);
                made.add(responsibility);
            }
            if (parsed.children().isEmpty()) {
                // Its earlier assignments were cleared with it: nothing to check against.
                assign(item, made, directory.members(), Set.of());
            }
        }
        for (ParsedItem child : parsed.children()) {
            record(document, item, child, existing, preserved, directory, position);
        }
    }

    /**
     * Makes the assignments of a leaf item's responsibilities: the agency itself, or every current
     * member of a group (remembering the group). An agency assigned twice keeps one assignment,
     * and leading wins over coordinating. Agencies already assigned to the item are left as they are.
     */
    private void assign(
            Item item, List<Responsibility> responsibilities, Map<Long, List<Agency>> members, Set<Long> already) {
        Map<Long, Responsibility> chosen = new LinkedHashMap<>();
        Map<Long, Agency> agencyById = new HashMap<>();
        for (Responsibility r : responsibilities) {
            List<Agency> agencies = r.agency() != null
                    ? List.of(r.agency())
                    : r.group() != null ? members.getOrDefault(r.group().id(), List.of()) : List.of();
            for (Agency agency : agencies) {
                Responsibility previous = chosen.get(agency.id());
                if (previous == null
                        || (previous.role() == ResponsibilityRole.COORDINATOR && r.role() == ResponsibilityRole.LEAD)) {
                    chosen.put(agency.id(), r);
                    agencyById.put(agency.id(), agency);
                }
            }
        }
        chosen.forEach((agencyId, r) -> {
            if (!already.contains(agencyId)) {
                em.persist(new Assignment(item, agencyById.get(agencyId), r.role(), r.group(), r));
            }
        });
    }

    private Set<Long> assignedAgencies(Item item) {
        return new HashSet<>(em.createQuery("SELECT a.agency.id FROM Assignment a WHERE a.item = :item", Long.class)
                .setParameter("item", item)
                .getResultList());
    }

    /** The tenant's agencies and groups by code, and each group's members: read once per import. */
    private record Directory(
            Map<String, Agency> agencies, Map<String, AgencyGroup> groups, Map<Long, List<Agency>> members) {}

    private Directory directory() {
        Map<String, Agency> agencies = new HashMap<>();
        em.createNamedQuery(Agency.ALL, Agency.class).getResultList().forEach(a -> agencies.put(a.code(), a));
        Map<String, AgencyGroup> groups = new HashMap<>();
        em.createNamedQuery(AgencyGroup.ALL, AgencyGroup.class).getResultList().forEach(g -> groups.put(g.code(), g));
        return new Directory(agencies, groups, members());
    }

    private boolean isLeaf(Item item) {
        return em.createQuery("SELECT COUNT(i) FROM Item i WHERE i.parent = :item", Long.class)
                        .setParameter("item", item)
                        .getSingleResult()
                == 0;
    }

    private Map<Long, List<Agency>> members() {
        Map<Long, List<Agency>> members = new HashMap<>();
        for (GroupMembership m :
                em.createNamedQuery(GroupMembership.ALL, GroupMembership.class).getResultList()) {
            members.computeIfAbsent(m.group().id(), k -> new ArrayList<>()).add(m.agency());
        }
        return members;
    }

    private Optional<Document> byNumber(String number) {
        return em.createNamedQuery(Document.BY_NUMBER, Document.class)
                .setParameter("number", number)
                .getResultStream()
                .findFirst();
    }

    private Optional<Agency> agency(String code) {
        return code == null
                ? Optional.empty()
                : em.createNamedQuery(Agency.BY_CODE, Agency.class)
                        .setParameter("code", code)
                        .getResultStream()
                        .findFirst();
    }

    private Optional<AgencyGroup> group(String code) {
        return code == null
                ? Optional.empty()
                : em.createNamedQuery(AgencyGroup.BY_CODE, AgencyGroup.class)
                        .setParameter("code", code)
                        .getResultStream()
                        .findFirst();
    }

    private static ItemView viewOf(
            Item item,
            Map<Long, List<Item>> childrenOf,
            Map<Long, List<ResponsibilityView>> responsibilities,
            Map<Long, List<AssignmentView>> assignments) {
        return new ItemView(
                item.id(),
                item.code(),
                item.label(),
                item.text(),
                responsibilities.getOrDefault(item.id(), List.of()),
                scheduleOf(item.schedule()),
                assignments.getOrDefault(item.id(), List.of()),
                item.edited(),
                childrenOf.getOrDefault(item.id(), List.of()).stream()
                        .map(c -> viewOf(c, childrenOf, responsibilities, assignments))
                        .toList());
    }

    private static ItemView previewOf(ParsedItem item) {
        return new ItemView(
                null,
                item.code(),
                item.label(),
                item.text(),
                item.responsibilities().stream()
                        .map(r -> new ResponsibilityView(
                                r.role().name(),
                                r.body().text(),
                                r.body().agencyCode(),
                                r.body().groupCode(),
                                r.body().unit()))
                        .toList(),
                scheduleOf(item.schedule()),
                List.of(),
                false,
                item.children().stream().map(DocumentRecords::previewOf).toList());
    }

    private static ScheduleView scheduleOf(Schedule schedule) {
        return schedule == null
                ? null
                : new ScheduleView(
                        schedule.kind().name(),
                        schedule.deadline(),
                        schedule.text(),
                        schedule.kind() == Schedule.Kind.UNPARSED);
    }

    private static Optional<ItemView> findItem(List<ItemView> items, long id) {
        for (ItemView item : items) {
            if (item.id() != null && item.id() == id) {
                return Optional.of(item);
            }
            Optional<ItemView> below = findItem(item.children(), id);
            if (below.isPresent()) {
                return below;
            }
        }
        return Optional.empty();
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> all = new ArrayList<>(a);
        if (b != null) {
            all.addAll(b);
        }
        return all;
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
