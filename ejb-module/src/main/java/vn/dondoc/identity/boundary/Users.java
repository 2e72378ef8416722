package vn.dondoc.identity.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.dondoc.agencies.entity.Agency;
import vn.dondoc.audit.boundary.AuditTarget;
import vn.dondoc.audit.boundary.Audited;
import vn.dondoc.audit.boundary.ReadOnly;
import vn.dondoc.identity.control.OneTimePasswords;
import vn.dondoc.identity.control.PasswordRule;
import vn.dondoc.identity.entity.UserAccount;
import vn.dondoc.platform.boundary.Conflict;
import vn.dondoc.platform.boundary.InvalidInput;
import vn.dondoc.platform.boundary.NotFound;
import vn.dondoc.platform.boundary.Page;
import vn.dondoc.platform.boundary.Unprocessable;
import vn.dondoc.platform.security.CallerIdentity;
import vn.dondoc.platform.security.Role;
import vn.dondoc.tenancy.boundary.TenantBound;

/**
 * Quản lý người dùng: the tenant's administrator lists, adds and changes the tenant's users (roles,
 * agency, name, address), disables and enables them and resets their passwords. A new or reset
 * password is a one-time password the user must replace at the first sign-in (D-046). The tenant
 * always keeps an administrator who may sign in: nobody disables themself or takes their own ADMIN
 * role away.
 */
@Stateless
@TenantBound
@RolesAllowed(Role.Names.ADMIN)
public class Users {

    /** The roles a tenant's user may have: the platform's operator is nobody's colleague. */
    public static final Set<Role> TENANT_ROLES =
            EnumSet.of(Role.ADMIN, Role.SECRETARIAT, Role.AGENCY_OFFICER, Role.AGENCY_HEAD, Role.LEADER);

    @PersistenceContext
    EntityManager em;

    @Inject
    CallerIdentity caller;

    @Inject
    Passwords passwords;

    @Inject
    Sessions sessions;

    @Inject
    TokenVersions versions;

    @Inject
    @ConfigProperty(name = "dondoc.demo", defaultValue = "false")
    boolean demoMode;

    /**
     * A page of the tenant's users in username order, filtered by agency code, role and whether they
     * are active (each optional). A tenant has hundreds of users, not millions: they are read whole
     * and cut here.
     *
     * @throws InvalidInput a role that is none of the tenant's roles, a page or size out of range
     */
    @ReadOnly
    public Page<UserEntry> list(String agency, String role, Boolean active, int page, int size) {
        if (page < 0 || size < 1 || size > Page.MAX_SIZE) {
            throw new InvalidInput("page ≥ 0 và 1 ≤ size ≤ " + Page.MAX_SIZE + " / page must be ≥ 0 and size within 1…"
                    + Page.MAX_SIZE);
        }
        Role wanted = role == null || role.isBlank() ? null : tenantRole(role);
        List<UserEntry> all = em.createNamedQuery(UserAccount.ALL, UserAccount.class)
                .getResultStream()
                .filter(u -> agency == null
                        || agency.isBlank()
                        || (u.agency() != null && u.agency().code().equals(agency)))
                .filter(u -> wanted == null || u.roles().contains(wanted))
                .filter(u -> active == null || u.active() == active)
                .map(Users::entryOf)
                .toList();
        int from = (int) Math.min((long) page * size, all.size());
        int to = (int) Math.min((long) from + size, all.size());
        return new Page<>(all.subList(from, to), page, size, all.size());
    }

    /** One user of the tenant. */
    @ReadOnly
    public UserEntry byUsername(String username) {
        return entryOf(account(username));
    }

    /**
     * Thêm người dùng. The password is the administrator's ({@link PasswordRule}) or a one-time
     * password the server makes and answers this once; either way the user must replace it at the
     * first sign-in.
     *
     * @throws Conflict the username is taken in this tenant
     * @throws Unprocessable a role that is not a tenant's, an agency role without an agency, an
     *     agency the tenant does not have, a password too weak
     */
    @Audited("user.create")
    public UserAccess create(@AuditTarget @NotNull @Valid NewUser request) {
        String username = request.username.strip().toLowerCase(Locale.ROOT);
        if (find(username).isPresent()) {
            throw new Conflict(
                    "username: đã có người dùng '" + username + "' / the username '" + username + "' is taken");
        }
        Set<Role> roles = tenantRoles(request.roles);
        Agency agency = agencyFor(roles, request.agency);
        String oneTime = request.password == null ? OneTimePasswords.generate() : null;
        String password = oneTime != null ? oneTime : checked("password", username, request.password);
        UserAccount user =
                new UserAccount(username, request.displayName.strip(), passwords.hash(password), roles, agency, false);
        mail(user, request.email);
        user.requirePasswordChange();
        em.persist(user);
        return new UserAccess(entryOf(user), oneTime);
    }

    /**
     * Sửa người dùng: what the edit names changes, the rest stays. Disabling ends the user's tokens
     * at once ({@link Sessions#disable}); new roles or a new agency end them too, so that the next
     * token carries the change; a reset gives a one-time password, answered this once.
     *
     * @throws NotFound no such user in this tenant
     * @throws Conflict the administrator would disable themself or take their own ADMIN role away,
     *     or the tenant would be left without an administrator who may sign in
     */
    @Audited("user.edit")
    public UserAccess edit(@AuditTarget @NotBlank String username, @NotNull @Valid UserEdit edit) {
        UserAccount user = account(username);
        boolean self = caller.principal()
                .map(me -> me.getName().equalsIgnoreCase(user.username()))
                .orElse(false);
        Set<Role> roles = edit.roles == null ? user.roles() : tenantRoles(edit.roles);
        boolean disabling = Boolean.TRUE.equals(edit.disabled) && user.active();
        boolean losesAdmin = user.roles().contains(Role.ADMIN) && !roles.contains(Role.ADMIN);
        if (self && disabling) {
            throw new Conflict(
                    "disabled: bạn không thể tự khóa tài khoản của mình / you cannot disable your own" + " account");
        }
        if (self && losesAdmin) {
            throw new Conflict("roles: bạn không thể tự bỏ vai trò quản trị của mình / you cannot take away your own"
                    + " ADMIN role");
        }
        if ((disabling || losesAdmin) && user.isActiveAdmin(demoMode) && otherActiveAdmins(user) == 0) {
            throw new Conflict("roles: đơn vị phải còn ít nhất một quản trị đang hoạt động / the tenant must keep at"
                    + " least one active administrator");
        }
        if (edit.displayName != null) {
            user.rename(edit.displayName.strip());
        }
        if (edit.email != null) {
            mail(user, edit.email.isBlank() ? null : edit.email.strip());
        }
        if (edit.roles != null || edit.agency != null) {
            Agency agency = edit.agency == null ? user.agency() : edit.agency.isBlank() ? null : agency(edit.agency);
            if (agency == null && UserAccount.needsAgency(roles)) {
                throw agencyRequired();
            }
            user.assign(roles, agency);
        }
        String oneTime = null;
        if (edit.resets()) {
            oneTime = edit.password == null ? OneTimePasswords.generate() : null;
            String password = oneTime != null ? oneTime : checked("password", user.username(), edit.password);
            user.resetPassword(passwords.hash(password));
        }
        if (disabling) {
            sessions.disable(user.username());
        } else if (Boolean.FALSE.equals(edit.disabled) && !user.active()) {
            user.enable();
        }
        // This server refuses the user's old tokens at once; the others within their interval (D-038).
        Optional<Long> current = user.maySignIn(demoMode) ? Optional.of(user.tokenVersion()) : Optional.empty();
        caller.principal().ifPresent(me -> versions.changed(me.tenant(), user.username(), current));
        return new UserAccess(entryOf(user), oneTime);
    }

    private long otherActiveAdmins(UserAccount user) {
        return em.createNamedQuery(UserAccount.ALL, UserAccount.class)
                .getResultStream()
                .filter(u -> !u.username().equals(user.username()))
                .filter(u -> u.isActiveAdmin(demoMode))
                .count();
    }

    private static String checked(String field, String username, String password) {
        PasswordRule.problem(username, password).ifPresent(problem -> {
            throw new Unprocessable(field + ": " + problem);
        });
        return password;
    }

    private static void mail(UserAccount user, String address) {
        try {
            user.mailTo(address);
        } catch (IllegalArgumentException e) {
            throw new InvalidInput("email: không phải địa chỉ thư điện tử / not an e-mail address");
        }
    }

    private Agency agencyFor(Set<Role> roles, String code) {
        Agency agency = code == null || code.isBlank() ? null : agency(code);
        if (agency == null && UserAccount.needsAgency(roles)) {
            throw agencyRequired();
        }
        return agency;
    }

    private static Unprocessable agencyRequired() {
        return new Unprocessable("agency: chuyên viên và thủ trưởng phải thuộc một cơ quan / an agency officer or head"
                + " needs an agency");
    }

    private Agency agency(String code) {
        return em.createNamedQuery(Agency.BY_CODE, Agency.class)
                .setParameter("code", code)
                .getResultStream()
                .findFirst()
                .orElseThrow(() -> new Unprocessable(
                        "agency: không có cơ quan mã '" + code + "' / no agency with code '" + code + "'"));
    }

    private static Set<Role> tenantRoles(Set<Role> roles) {
        if (roles.contains(Role.OPERATOR)) {
            throw new Unprocessable("roles: OPERATOR là vai trò của nền tảng, không phải của đơn vị / OPERATOR is the"
                    + " platform's role, not a tenant's");
        }
        return EnumSet.copyOf(roles);
    }

    private static Role tenantRole(String name) {
        try {
            Role role = Role.valueOf(name);
            if (TENANT_ROLES.contains(role)) {
                return role;
            }
        } catch (IllegalArgumentException unknown) {
            // answered below
        }
        throw new InvalidInput("role: một trong / one of " + TENANT_ROLES);
    }

    private UserAccount account(String username) {
        return find(username)
                .orElseThrow(() -> new NotFound("Không có người dùng " + username + " / No user " + username));
    }

    private Optional<UserAccount> find(String username) {
        return em.createNamedQuery(UserAccount.BY_USERNAME, UserAccount.class)
                .setParameter("username", username)
                .getResultStream()
                .findFirst();
    }

    private static UserEntry entryOf(UserAccount user) {
        Agency agency = user.agency();
        return new UserEntry(
                user.username(),
                user.displayName(),
                user.email().orElse(null),
                user.roles().stream().sorted().map(Role::name).toList(),
                agency == null ? null : agency.code(),
                agency == null ? null : agency.name(),
                user.active(),
                user.demo(),
                user.mustChangePassword());
    }
}
