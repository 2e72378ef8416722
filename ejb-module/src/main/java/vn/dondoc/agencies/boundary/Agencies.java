package vn.dondoc.agencies.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.dondoc.agencies.entity.Agency;
import vn.dondoc.agencies.entity.AgencyGroup;
import vn.dondoc.agencies.entity.GroupMembership;
import vn.dondoc.agencies.entity.Slug;
import vn.dondoc.audit.boundary.AuditTarget;
import vn.dondoc.audit.boundary.Audited;
import vn.dondoc.audit.boundary.ReadOnly;
import vn.dondoc.platform.boundary.Conflict;
import vn.dondoc.platform.boundary.InvalidInput;
import vn.dondoc.platform.boundary.NotFound;
import vn.dondoc.platform.security.Role;
import vn.dondoc.tenancy.boundary.TenantBound;

/** The tenant's agency directory (danh bạ cơ quan, đơn vị) and its groups. */
@Stateless
@TenantBound
@RolesAllowed({
    Role.Names.ADMIN,
    Role.Names.SECRETARIAT,
    Role.Names.AGENCY_OFFICER,
    Role.Names.AGENCY_HEAD,
    Role.Names.LEADER
})
public class Agencies {

    @PersistenceContext
    EntityManager em;

    @Inject
    Event<GroupMembersChanged> membersChanged;

    @ReadOnly
    public List<AgencyEntry> all() {
        Map<Long, List<String>> groupsOf = new LinkedHashMap<>();
        for (GroupMembership m : memberships()) {
            groupsOf.computeIfAbsent(m.agency().id(), id -> new ArrayList<>())
                    .add(m.group().code());
        }
        return em.createNamedQuery(Agency.ALL, Agency.class)
                .getResultStream()
                .map(a -> entryOf(a, groupsOf.getOrDefault(a.id(), List.of())))
                .toList();
    }

    @ReadOnly
    public AgencyEntry byCode(String code) {
        Agency agency = agency(code);
        return entryOf(
                agency,
                em.createNamedQuery(GroupMembership.GROUP_CODES_OF_AGENCY, String.class)
                        .setParameter("agency", agency)
                        .getResultList());
    }

    @ReadOnly
    public List<GroupEntry> groups() {
        Map<Long, List<String>> membersOf = new LinkedHashMap<>();
        for (GroupMembership m : memberships()) {
            membersOf
                    .computeIfAbsent(m.group().id(), id -> new ArrayList<>())
                    .add(m.agency().code());
        }
        return em.createNamedQuery(AgencyGroup.ALL, AgencyGroup.class)
                .getResultStream()
                .map(g -> new GroupEntry(
                        g.code(),
                        g.name(),
                        g.nameEn(),
                        g.aliases(),
                        g.membersKnown(),
                        membersOf.getOrDefault(g.id(), List.of())))
                .toList();
    }

    /**
     * Adds an agency to the directory; its code is its name's slug and must be new. Joining groups
     * changes their members: {@link GroupMembersChanged} tells those who count on them.
     */
    @Audited("agency.create")
    @RolesAllowed(Role.Names.ADMIN)
    public AgencyEntry create(@AuditTarget @NotNull @Valid NewAgency request) {
        String name = request.normalisedName();
        String code = Slug.of(name);
        boolean taken = !em.createNamedQuery(Agency.BY_CODE, Agency.class)
                        .setParameter("code", code)
                        .getResultList()
                        .isEmpty()
                || !em.createNamedQuery(AgencyGroup.BY_CODE, AgencyGroup.class)
                        .setParameter("code", code)
                        .getResultList()
                        .isEmpty();
        if (taken) {
            throw new Conflict("Đã có cơ quan hoặc nhóm mã '" + code + "' / The code '" + code + "' is taken");
        }
        Agency agency =
                new Agency(name, request.nameEn, request.kind, request.aliases == null ? List.of() : request.aliases);
        em.persist(agency);
        List<String> groupCodes = request.groups == null ? List.of() : request.groups;
        for (String groupCode : groupCodes) {
            AgencyGroup group = em.createNamedQuery(AgencyGroup.BY_CODE, AgencyGroup.class)
                    .setParameter("code", groupCode)
                    .getResultStream()
                    .findFirst()
                    .orElseThrow(() -> new InvalidInput(
                            "Không có nhóm mã '" + groupCode + "' / No group with code '" + groupCode + "'"));
            em.persist(new GroupMembership(group, agency));
        }
        if (!groupCodes.isEmpty()) {
            em.flush();
            membersChanged.fire(new GroupMembersChanged(groupCodes));
        }
        return entryOf(agency, groupCodes);
    }

    /**
     * The administrator renames an agency or changes its English name or other names; its code,
     * which documents and users refer to, stays. A new name must not be another agency's or group's
     * name (their codes are their names' slugs). Later imports match the names it has now.
     */
    @Audited("agency.edit")
    @RolesAllowed(Role.Names.ADMIN)
    public AgencyEntry describe(@AuditTarget @NotBlank String code, @NotNull @Valid AgencyEdit edit) {
        Agency agency = agency(code);
        String name = edit.normalisedName();
        String slug;
        try {
            slug = Slug.of(name);
        } catch (IllegalArgumentException e) {
            throw new InvalidInput("Tên phải có chữ hoặc số / The name needs a letter or digit");
        }
        boolean another = em.createNamedQuery(Agency.BY_CODE, Agency.class)
                        .setParameter("code", slug)
                        .getResultStream()
                        .anyMatch(a -> !a.code().equals(code))
                || !em.createNamedQuery(AgencyGroup.BY_CODE, AgencyGroup.class)
                        .setParameter("code", slug)
                        .getResultList()
                        .isEmpty();
        if (another) {
            throw new Conflict(
                    "Đã có cơ quan hoặc nhóm tên '" + name + "' / Another agency or group is named '" + name + "'");
        }
        agency.describe(name, edit.nameEn, agency.kind(), edit.aliases);
        em.flush();
        return byCode(code);
    }

    /**
     * The administrator puts an agency into a group. Work assigned to the group becomes the new
     * member's too: {@link GroupMembersChanged} has every item naming the group that the secretariat
     * has not edited assigned again, and its obligations follow, in this transaction. A group whose
     * members the directory does not hold takes none one by one: it would then count as knowing
     * them all.
     */
    @Audited("agency-group.join")
    @RolesAllowed(Role.Names.ADMIN)
    public GroupEntry join(@NotBlank String groupCode, @AuditTarget @NotBlank String agencyCode) {
        AgencyGroup group = group(groupCode);
        if (!group.membersKnown()) {
            throw new InvalidInput("Danh bạ không giữ thành viên của nhóm '" + groupCode
                    + "' / The directory does not hold the members of the group '" + groupCode + "'");
        }
        Agency agency = agency(agencyCode);
        if (membership(group, agency).isPresent()) {
            throw new Conflict("Cơ quan '" + agencyCode + "' đã thuộc nhóm '" + groupCode + "' / '" + agencyCode
                    + "' is already a member of '" + groupCode + "'");
        }
        em.persist(new GroupMembership(group, agency));
        return membersChangedIn(group);
    }

    /**
     * The administrator takes an agency out of a group; as with {@link #join}, the items naming the
     * group that the secretariat has not edited are assigned again, without the agency.
     */
    @Audited("agency-group.leave")
    @RolesAllowed(Role.Names.ADMIN)
    public GroupEntry leave(@NotBlank String groupCode, @AuditTarget @NotBlank String agencyCode) {
        AgencyGroup group = group(groupCode);
        Agency agency = agency(agencyCode);
        GroupMembership membership = membership(group, agency)
                .orElseThrow(() -> new NotFound("Cơ quan '" + agencyCode + "' không thuộc nhóm '" + groupCode + "' / '"
                        + agencyCode + "' is not a member of '" + groupCode + "'"));
        em.remove(membership);
        return membersChangedIn(group);
    }

    private GroupEntry membersChangedIn(AgencyGroup group) {
        em.flush();
        membersChanged.fire(new GroupMembersChanged(List.of(group.code())));
        return groups().stream()
                .filter(g -> g.code().equals(group.code()))
                .findFirst()
                .orElseThrow();
    }

    private AgencyGroup group(String code) {
        return em.createNamedQuery(AgencyGroup.BY_CODE, AgencyGroup.class)
                .setParameter("code", code)
                .getResultStream()
                .findFirst()
                .orElseThrow(() -> new NotFound("Không có nhóm mã '" + code + "' / No group with code '" + code + "'"));
    }

    private Agency agency(String code) {
        return em.createNamedQuery(Agency.BY_CODE, Agency.class)
                .setParameter("code", code)
                .getResultStream()
                .findFirst()
                .orElseThrow(
                        () -> new NotFound("Không có cơ quan mã '" + code + "' / No agency with code '" + code + "'"));
    }

    private Optional<GroupMembership> membership(AgencyGroup group, Agency agency) {
        return em.createNamedQuery(GroupMembership.OF, GroupMembership.class)
                .setParameter("group", group)
                .setParameter("agency", agency)
                .getResultStream()
                .findFirst();
    }

    private List<GroupMembership> memberships() {
        return em.createNamedQuery(GroupMembership.ALL, GroupMembership.class).getResultList();
    }

    private static AgencyEntry entryOf(Agency a, List<String> groups) {
        return new AgencyEntry(a.code(), a.name(), a.nameEn(), a.kind(), a.aliases(), List.copyOf(groups));
    }
}
