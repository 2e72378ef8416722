package vn.dondoc.onboarding.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.security.SecureRandom;
import java.sql.SQLIntegrityConstraintViolationException;
import java.time.Clock;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import vn.dondoc.agencies.boundary.GroupMembersChanged;
import vn.dondoc.agencies.entity.Agency;
import vn.dondoc.agencies.entity.AgencyGroup;
import vn.dondoc.agencies.entity.GroupMembership;
import vn.dondoc.agencies.entity.Slug;
import vn.dondoc.audit.boundary.AuditTarget;
import vn.dondoc.audit.boundary.Audited;
import vn.dondoc.audit.boundary.ReadOnly;
import vn.dondoc.identity.boundary.Passwords;
import vn.dondoc.identity.entity.UserAccount;
import vn.dondoc.onboarding.control.FirstAdmin;
import vn.dondoc.onboarding.control.TenantBundle;
import vn.dondoc.onboarding.control.TenantBundle.AgencySpec;
import vn.dondoc.onboarding.control.TenantBundle.GroupSpec;
import vn.dondoc.onboarding.control.TenantBundle.UserSpec;
import vn.dondoc.platform.boundary.Conflict;
import vn.dondoc.platform.security.Role;
import vn.dondoc.reporting.boundary.Settings;
import vn.dondoc.tenancy.boundary.OperatorAction;
import vn.dondoc.tenancy.boundary.TenantBound;
import vn.dondoc.tenancy.boundary.TenantId;
import vn.dondoc.tenancy.entity.Tenant;

/**
 * Puts one tenant bundle into the database, in one transaction, idempotently: agencies and
 * groups are matched by code and updated in place, nothing is added twice, and agencies the
 * administrators added by hand are left alone. Demo users are created only in demo mode and
 * only when missing (their passwords are never reset). A bundle that sets the tenant's default
 * sending deadline sets it each time the bundle is installed (new or changed); one that does not
 * leaves the tenant's setting as it is. Groups whose members changed are announced ({@link
 * GroupMembersChanged}), so that the obligations follow in the same transaction. A tenant made
 * through the API ({@link #createTenant}) is installed by the same code, with its first ADMIN.
 */
@Stateless
@TenantBound
public class BundleInstaller {

    @PersistenceContext
    EntityManager em;

    @Inject
    Passwords passwords;

    @Inject
    Clock clock;

    @Inject
    Settings settings;

    @Inject
    Event<GroupMembersChanged> membersChanged;

    /** Whether the database already holds this bundle (and, in demo mode, all its demo users). */
    @ReadOnly
    public boolean isInstalled(@TenantId String tenantId, TenantBundle bundle, boolean demoMode) {
        Tenant tenant = em.find(Tenant.class, tenantId);
        if (tenant == null || !tenant.isLoadedFrom(bundle.hash())) {
            return false;
        }
        return !demoMode || missingDemoUsers(bundle).isEmpty();
    }

    @Audited(value = "tenant.bundle.install", anonymousActor = "system")
    public void install(@TenantId @AuditTarget String tenantId, TenantBundle bundle, boolean demoMode) {
        installBundle(tenantId, bundle, demoMode);
    }

    /**
     * Makes a new tenant from a checked bundle, while the server runs (D-045): its directory as
     * {@link #install} writes it, and its first ADMIN. In a transaction of its own, bound to the new
     * tenant (the operator's own call is bound to the platform tenant), all or nothing.
     *
     * @throws Conflict if a tenant with that id exists
     */
    @RolesAllowed(Role.Names.OPERATOR)
    @OperatorAction
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    @Audited("tenant.create")
    public TenantCreated createTenant(@TenantId @AuditTarget String tenantId, TenantBundle bundle, FirstAdmin admin) {
        if (em.find(Tenant.class, tenantId) != null) {
            throw exists(tenantId);
        }
        try {
            installBundle(tenantId, bundle, false);
        } catch (PersistenceException e) {
            // The same id sent twice at once: both saw no tenant, the second's insert waited on the
            // first's row and found it when that committed.
            if (isDuplicateKey(e)) {
                throw exists(tenantId);
            }
            throw e;
        }
        Optional<String> generated = admin.password().isPresent() ? Optional.empty() : Optional.of(newPassword());
        UserAccount user =
                firstAdmin(admin, generated.orElseGet(() -> admin.password().orElseThrow()));
        Tenant tenant = em.find(Tenant.class, tenantId);
        return new TenantCreated(
                TenantView.of(tenant, bundle.agencies().size(), bundle.groups().size()),
                new TenantCreated.Admin(user.username(), user.displayName(), generated.orElse(null)));
    }

    private static Conflict exists(String tenantId) {
        return new Conflict("Đã có đơn vị " + tenantId + " / The tenant " + tenantId + " exists");
    }

    private static boolean isDuplicateKey(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLIntegrityConstraintViolationException) {
                return true;
            }
        }
        return false;
    }

    /**
     * The tenant's first ADMIN, with the password given or made by the server, to be changed at the
     * first sign-in (D-046): somebody else chose it. The one place a tenant's first account is made.
     */
    private UserAccount firstAdmin(FirstAdmin admin, String password) {
        UserAccount user = new UserAccount(
                admin.username(), admin.displayName(), passwords.hash(password), EnumSet.of(Role.ADMIN), null, false);
        admin.email().ifPresent(user::mailTo);
        user.requirePasswordChange();
        em.persist(user);
        return user;
    }

    private static final String PASSWORD_LETTERS = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    /** 20 letters and digits from 56 that cannot be misread: about 116 bits. */
    static String newPassword() {
        StringBuilder password = new StringBuilder();
        for (int i = 0; i < 20; i++) {
            password.append(PASSWORD_LETTERS.charAt(RANDOM.nextInt(PASSWORD_LETTERS.length())));
        }
        return password.toString();
    }

    private void installBundle(String tenantId, TenantBundle bundle, boolean demoMode) {
        Tenant tenant = em.find(Tenant.class, tenantId);
        if (tenant == null || !tenant.isLoadedFrom(bundle.hash())) {
            tenant = describeTenant(tenant, bundle.tenant());
            Map<String, Agency> agencies = installAgencies(bundle.agencies());
            List<String> changedGroups = installGroups(bundle.groups(), agencies);
            tenant.markLoaded(bundle.hash(), clock.instant());
            em.flush(); // the tenant's row first: the settings and any obligations point at it
            if (!changedGroups.isEmpty()) {
                membersChanged.fire(new GroupMembersChanged(changedGroups));
            }
            bundle.tenant().sendingWorkingDays().ifPresent(days -> settings.installReporting(tenantId, days));
        }
        if (demoMode) {
            installDemoUsers(bundle);
        }
    }

    private Tenant describeTenant(Tenant tenant, TenantBundle.TenantSpec spec) {
        ZoneId zone = ZoneId.of(spec.timeZone());
        if (tenant == null) {
            tenant = new Tenant(spec.id(), spec.name(), spec.nameEn(), spec.issuingBody(), zone);
            em.persist(tenant);
        } else {
            tenant.describe(spec.name(), spec.nameEn(), spec.issuingBody(), zone);
        }
        return tenant;
    }

    private Map<String, Agency> installAgencies(List<AgencySpec> specs) {
        Map<String, Agency> byCode =
                byCode(em.createNamedQuery(Agency.ALL, Agency.class).getResultList(), Agency::code);
        for (AgencySpec spec : specs) {
            Agency agency = byCode.get(Slug.of(spec.name()));
            if (agency == null) {
                agency = new Agency(spec.name(), spec.nameEn(), spec.kind(), spec.aliases());
                em.persist(agency);
                byCode.put(agency.code(), agency);
            } else {
                agency.describe(spec.name(), spec.nameEn(), spec.kind(), spec.aliases());
            }
        }
        return byCode;
    }

    /** Installs the groups; answers the codes of those whose members changed. */
    private List<String> installGroups(List<GroupSpec> specs, Map<String, Agency> agencies) {
        Map<String, AgencyGroup> groups =
                byCode(em.createNamedQuery(AgencyGroup.ALL, AgencyGroup.class).getResultList(), AgencyGroup::code);
        List<GroupMembership> memberships =
                em.createNamedQuery(GroupMembership.ALL, GroupMembership.class).getResultList();
        List<String> changed = new ArrayList<>();
        for (GroupSpec spec : specs) {
            AgencyGroup group = groups.get(Slug.of(spec.name()));
            if (group == null) {
                group = new AgencyGroup(
                        spec.name(),
                        spec.nameEn(),
                        spec.aliases(),
                        spec.members().isPresent());
                em.persist(group);
            } else {
                group.describe(
                        spec.name(),
                        spec.nameEn(),
                        spec.aliases(),
                        spec.members().isPresent());
            }
            if (syncMembers(group, spec.members().orElse(List.of()), agencies, memberships)) {
                changed.add(group.code());
            }
        }
        return changed;
    }

    /** Makes the group's members exactly the bundle's list; answers whether they changed. */
    private boolean syncMembers(
            AgencyGroup group,
            List<String> memberNames,
            Map<String, Agency> agencies,
            List<GroupMembership> memberships) {
        Set<String> wanted = memberNames.stream().map(Slug::of).collect(Collectors.toSet());
        Set<String> present = new HashSet<>();
        boolean changed = false;
        for (GroupMembership membership : memberships) {
            if (membership.group().code().equals(group.code())) {
                if (wanted.contains(membership.agency().code())) {
                    present.add(membership.agency().code());
                } else {
                    em.remove(membership);
                    changed = true;
                }
            }
        }
        for (String code : wanted) {
            if (!present.contains(code)) {
                em.persist(new GroupMembership(group, agencies.get(code)));
                changed = true;
            }
        }
        return changed;
    }

    private void installDemoUsers(TenantBundle bundle) {
        addressDemoUsers(bundle);
        List<UserSpec> missing = missingDemoUsers(bundle);
        if (missing.isEmpty()) {
            return;
        }
        Map<String, Agency> agencies =
                byCode(em.createNamedQuery(Agency.ALL, Agency.class).getResultList(), Agency::code);
        // Every demo user has the published demo password: one salted hash serves them all and
        // keeps start-up from spending a PBKDF2 run on each of a hundred-odd users.
        String hash = passwords.hash(bundle.demoUsers().password());
        for (UserSpec spec : missing) {
            Agency agency =
                    spec.agency().map(name -> agencies.get(Slug.of(name))).orElse(null);
            UserAccount user = new UserAccount(spec.username(), spec.displayName(), hash, spec.roles(), agency, true);
            bundle.demoUsers().emailOf(spec).ifPresent(user::mailTo);
            em.persist(user);
        }
    }

    /** Demo users made before their bundle gave addresses get theirs; an address already set stays. */
    private void addressDemoUsers(TenantBundle bundle) {
        Map<String, UserSpec> specs = byCode(demoUserSpecs(bundle), UserSpec::username);
        for (UserAccount user : em.createQuery("SELECT u FROM UserAccount u WHERE u.demo = TRUE", UserAccount.class)
                .getResultList()) {
            UserSpec spec = specs.get(user.username());
            if (spec != null && user.email().isEmpty()) {
                bundle.demoUsers().emailOf(spec).ifPresent(user::mailTo);
            }
        }
    }

    private List<UserSpec> missingDemoUsers(TenantBundle bundle) {
        Set<String> existing = new HashSet<>(
                em.createNamedQuery(UserAccount.USERNAMES, String.class).getResultList());
        return demoUserSpecs(bundle).stream()
                .filter(spec -> !existing.contains(spec.username()))
                .toList();
    }

    private static List<UserSpec> demoUserSpecs(TenantBundle bundle) {
        List<UserSpec> specs = new ArrayList<>(bundle.demoUsers().users());
        if (bundle.demoUsers().perAgency()) {
            for (AgencySpec agency : bundle.agencies()) {
                String code = Slug.of(agency.name());
                specs.add(new UserSpec(
                        code,
                        "Chuyên viên " + agency.name(),
                        EnumSet.of(Role.AGENCY_OFFICER),
                        Optional.of(agency.name())));
                specs.add(new UserSpec(
                        code + ".head",
                        "Thủ trưởng " + agency.name(),
                        EnumSet.of(Role.AGENCY_HEAD),
                        Optional.of(agency.name())));
            }
        }
        return specs;
    }

    private static <T> Map<String, T> byCode(List<T> items, Function<T, String> code) {
        return items.stream().collect(Collectors.toMap(code, Function.identity(), (a, b) -> a, HashMap::new));
    }
}
