package vn.dondoc.targets.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import vn.dondoc.agencies.control.Directory;
import vn.dondoc.agencies.entity.Agency;
import vn.dondoc.agencies.entity.AgencyGroup;
import vn.dondoc.audit.boundary.AuditTarget;
import vn.dondoc.audit.boundary.Audited;
import vn.dondoc.audit.boundary.ReadOnly;
import vn.dondoc.documents.entity.Document;
import vn.dondoc.items.entity.Item;
import vn.dondoc.platform.boundary.Filtered;
import vn.dondoc.platform.boundary.InvalidInput;
import vn.dondoc.platform.boundary.NotFound;
import vn.dondoc.platform.boundary.Page;
import vn.dondoc.platform.security.CallerIdentity;
import vn.dondoc.platform.security.DondocPrincipal;
import vn.dondoc.platform.security.Role;
import vn.dondoc.targets.control.PlanTargets;
import vn.dondoc.targets.control.Standings;
import vn.dondoc.targets.entity.Basis;
import vn.dondoc.targets.entity.Direction;
import vn.dondoc.targets.entity.Target;
import vn.dondoc.targets.entity.TargetSource;
import vn.dondoc.targets.entity.TargetTerms;
import vn.dondoc.tenancy.boundary.BoundTenant;
import vn.dondoc.tenancy.boundary.TenantBound;

/**
 * Targets (chỉ tiêu) and where they stand today. Anyone signed in reads them, an agency's officer or
 * head its own agency's only; the secretariat adds and corrects them. Another tenant's document or
 * target is not found (D-047).
 */
@Stateless
@TenantBound
@RolesAllowed({
    Role.Names.ADMIN,
    Role.Names.SECRETARIAT,
    Role.Names.LEADER,
    Role.Names.AGENCY_OFFICER,
    Role.Names.AGENCY_HEAD
})
public class Targets {

    @PersistenceContext
    EntityManager em;

    @Inject
    CallerIdentity caller;

    @Inject
    Clock clock;

    /**
     * A page of targets, filtered by document, agency and year (each optional), in document, agency,
     * year and name order, each judged as of today.
     */
    @ReadOnly
    public Page<TargetView> list(Long documentId, String agencyCode, Integer year, int page, int size) {
        Optional<DondocPrincipal.AgencyFilter> visible = principal().agencyFilter(blankToNull(agencyCode));
        if (visible.isEmpty()) {
            return new Page<>(List.of(), page, size, 0);
        }
        Filtered filters = new Filtered()
                .and("t.documentId = :document", "document", documentId)
                .and("t.agency.code = :agency", "agency", visible.get().code())
                .and("t.year = :year", "year", year);
        Page<Target> found = filters.page(
                em.createQuery(
                        "SELECT t FROM Target t JOIN FETCH t.agency a" + filters.where()
                                + " ORDER BY t.documentId, a.code, t.year, t.periodLabel, t.itemId, t.sourcePlace, t.id",
                        Target.class),
                em.createQuery("SELECT COUNT(t) FROM Target t" + filters.where(), Long.class),
                page,
                size);
        return new Page<>(views(found.items()), page, size, found.total());
    }

    /** One target, judged as of today; an agency user sees its own agency's only. */
    @ReadOnly
    public TargetView one(long id) {
        Target t = target(id);
        return views(List.of(t)).get(0);
    }

    /**
     * New targets for a document or one of its items: one for the agency named, or one for each
     * member of the group named.
     *
     * @throws NotFound for a document, item, agency or group the tenant does not have
     * @throws InvalidInput naming the field that is wrong
     */
    @Audited("target.create")
    @RolesAllowed(Role.Names.SECRETARIAT)
    public List<TargetView> create(@AuditTarget long documentId, TargetInput input) {
        Document document = em.find(Document.class, documentId);
        if (document == null) {
            throw new NotFound("Không có văn bản " + documentId + " / No document " + documentId);
        }
        TargetInput in = input == null ? new TargetInput() : input;
        if (in.itemId != null) {
            Item item = em.find(Item.class, in.itemId);
            if (item == null || item.documentId() != documentId) {
                throw new NotFound("Không có nội dung " + in.itemId + " trong văn bản " + documentId + " / No item "
                        + in.itemId + " in document " + documentId);
            }
        }
        List<Agency> agencies = agenciesOf(in);
        TargetTerms terms = termsOf(
                        in,
                        new TargetTerms(
                                in.year == null ? PlanTargets.yearOf(document, now()) : in.year,
                                null,
                                null,
                                null,
                                Direction.AT_LEAST,
                                false,
                                null,
                                Basis.LEVEL,
                                null,
                                null,
                                null))
                .checked();
        List<Target> made = new ArrayList<>();
        for (Agency agency : agencies) {
            Target t = new Target(documentId, in.itemId, agency, TargetSource.MANUAL, null, null, terms, by(), now());
            em.persist(t);
            made.add(t);
        }
        em.flush();
        return views(made);
    }

    /**
     * Corrects a target's terms; a field left out keeps its value. A target read from the plan and
     * corrected keeps its correction through later imports.
     *
     * @throws NotFound for a target the tenant does not have
     * @throws InvalidInput naming the field that is wrong
     */
    @Audited("target.edit")
    @RolesAllowed(Role.Names.SECRETARIAT)
    public TargetView edit(@AuditTarget long id, TargetInput input) {
        Target t = target(id);
        TargetInput in = input == null ? new TargetInput() : input;
        if (in.agencyCode != null || in.groupCode != null || in.itemId != null) {
            throw new InvalidInput("agencyCode, groupCode, itemId: không sửa được, hãy tạo chỉ tiêu mới / cannot be"
                    + " changed; create a new target instead");
        }
        Instant at = now();
        if (!at.isAfter(t.createdAt())) {
            at = t.createdAt().plusNanos(1000);
        }
        t.write(termsOf(in, t.terms()).checked(), by(), at);
        em.flush();
        return views(List.of(t)).get(0);
    }

    private List<TargetView> views(List<Target> targets) {
        LocalDate today = LocalDate.now(clock.withZone(zone()));
        // As the scorecard reads a day: what was accepted by the day's end (today: so far).
        Instant endOfToday = today.plusDays(1).atStartOfDay(zone()).toInstant();
        Standings standings = Standings.of(em, targets, today, endOfToday);
        return targets.stream()
                .map(t -> TargetView.of(t, standings.judge(t), today))
                .toList();
    }

    private Target target(long id) {
        Target t = em.find(Target.class, id);
        NotFound none = new NotFound("Không có chỉ tiêu " + id + " / No target " + id);
        if (t == null) {
            throw none;
        }
        DondocPrincipal p = principal();
        if (!p.seesEveryAgency() && !t.agency().code().equals(p.agencyCode())) {
            throw none;
        }
        return t;
    }

    private List<Agency> agenciesOf(TargetInput in) {
        Directory directory = new Directory(em);
        if ((in.agencyCode == null) == (in.groupCode == null)) {
            throw new InvalidInput(
                    "agencyCode, groupCode: cần đúng một trong hai / exactly one of the two is required");
        }
        if (in.agencyCode != null) {
            return List.of(directory
                    .agency(in.agencyCode)
                    .orElseThrow(() -> new NotFound(
                            "Không có cơ quan '" + in.agencyCode + "' / No agency '" + in.agencyCode + "'")));
        }
        AgencyGroup group = directory
                .group(in.groupCode)
                .orElseThrow(() -> new NotFound(
                        "Không có nhóm cơ quan '" + in.groupCode + "' / No agency group '" + in.groupCode + "'"));
        List<Agency> members = directory.snapshot().membersOf(group);
        if (members.isEmpty()) {
            throw new InvalidInput("groupCode: nhóm '" + in.groupCode + "' chưa có thành viên / the group '"
                    + in.groupCode + "' has no members");
        }
        return members;
    }

    private static TargetTerms termsOf(TargetInput in, TargetTerms now) {
        return new TargetTerms(
                in.year == null ? now.year() : in.year,
                in.periodLabel == null ? now.periodLabel() : in.periodLabel,
                in.name == null ? now.name() : in.name,
                in.unit == null ? now.unit() : in.unit,
                in.direction == null ? now.direction() : enumOf(Direction.class, "direction", in.direction),
                in.strict == null ? now.strict() : in.strict,
                in.value == null ? now.value() : in.value,
                in.basis == null ? now.basis() : enumOf(Basis.class, "basis", in.basis),
                in.baseYear == null ? now.baseYear() : in.baseYear,
                in.basePeriod == null ? now.basePeriod() : in.basePeriod,
                in.baseValue == null ? now.baseValue() : in.baseValue);
    }

    private static <E extends Enum<E>> E enumOf(Class<E> type, String field, String name) {
        try {
            return Enum.valueOf(type, name.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidInput(field + ": không hợp lệ, dùng / not valid, use "
                    + java.util.Arrays.toString(type.getEnumConstants()) + " (" + name + ")");
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private Instant now() {
        return clock.instant();
    }

    private String by() {
        return principal().getName();
    }

    private ZoneId zone() {
        return BoundTenant.zoneOf(em);
    }

    private DondocPrincipal principal() {
        return caller.principal().orElseThrow();
    }
}
