package vn.dondoc.identity.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import vn.dondoc.agencies.entity.Agency;
import vn.dondoc.platform.security.Role;
import vn.dondoc.tenancy.entity.TenantOwned;

/** A person who signs in: one tenant, at most one agency, one or more roles. */
@Entity
@Table(name = "user_account")
@NamedQuery(name = UserAccount.BY_USERNAME, query = "SELECT u FROM UserAccount u WHERE u.username = :username")
@NamedQuery(name = UserAccount.USERNAMES, query = "SELECT u.username FROM UserAccount u")
@NamedQuery(name = UserAccount.ALL, query = "SELECT u FROM UserAccount u LEFT JOIN FETCH u.agency ORDER BY u.username")
public class UserAccount extends TenantOwned {

    public static final String BY_USERNAME = "UserAccount.byUsername";
    public static final String USERNAMES = "UserAccount.usernames";
    public static final String ALL = "UserAccount.all";

    /** The roles whose work is an agency's: a user with one of them belongs to an agency. */
    public static final Set<Role> AGENCY_ROLES = EnumSet.of(Role.AGENCY_OFFICER, Role.AGENCY_HEAD);

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, updatable = false)
    private String username;

    @Column(name = "display_name", nullable = false)
    private String displayName;

    /** PBKDF2 hash in the Jakarta Security {@code Pbkdf2PasswordHash} format. */
    @Column(name = "password_hash", nullable = false)
    private String passwordHash;

    @Convert(converter = RolesConverter.class)
    @Column(nullable = false)
    private Set<Role> roles = EnumSet.noneOf(Role.class);

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "agency_id")
    private Agency agency;

    /** Demo users come from a tenant bundle and may sign in only while demo mode is on. */
    @Column(nullable = false)
    private boolean demo;

    @Column(nullable = false)
    private boolean active = true;

    /** Where reminders are mailed; {@code null}: the inbox and the webhook only. */
    @Column
    private String email;

    /**
     * Which tokens of this user are still good: every token carries the number it was issued
     * with, and one that carries an older number is refused (D-038).
     */
    @Column(name = "token_version", nullable = false)
    private long tokenVersion;

    /**
     * The password was made by somebody else (a new user, a reset, a tenant's first administrator):
     * no token until the user has chosen their own (D-046).
     */
    @Column(name = "must_change_password", nullable = false)
    private boolean mustChangePassword;

    @Version
    private long version;

    protected UserAccount() {}

    public UserAccount(
            String username, String displayName, String passwordHash, Set<Role> roles, Agency agency, boolean demo) {
        this.username = Objects.requireNonNull(username, "A user needs a username.");
        this.displayName = Objects.requireNonNull(displayName, "A user needs a display name.");
        this.passwordHash = Objects.requireNonNull(passwordHash, "A user needs a password hash.");
        if (roles == null || roles.isEmpty()) {
            throw new IllegalArgumentException("A user needs at least one role.");
        }
        this.roles = EnumSet.copyOf(roles);
        this.agency = agency;
        this.demo = demo;
    }

    /** Whether this user may sign in now, given whether demo mode is on. */
    public boolean maySignIn(boolean demoMode) {
        return active && (!demo || demoMode);
    }

    public String username() {
        return username;
    }

    public String displayName() {
        return displayName;
    }

    public String passwordHash() {
        return passwordHash;
    }

    public Set<Role> roles() {
        return EnumSet.copyOf(roles);
    }

    public Agency agency() {
        return agency;
    }

    /** The address reminders are mailed to, if the user has one. */
    public Optional<String> email() {
        return Optional.ofNullable(email);
    }

    /** Reminders go to this address from now on ({@code null}: no more e-mail). */
    public void mailTo(String address) {
        if (address != null && !address.matches("[^@\\s]+@[^@\\s]+")) {
            throw new IllegalArgumentException("Not an e-mail address: " + address);
        }
        this.email = address;
    }

    public boolean active() {
        return active;
    }

    /** The number this user's tokens carry now. */
    public long tokenVersion() {
        return tokenVersion;
    }

    /** Signs this user out everywhere: every token issued so far stops being accepted. */
    public void endTokens() {
        tokenVersion++;
    }

    /** The user may no longer sign in, and every token issued so far stops being accepted. */
    public void disable() {
        active = false;
        endTokens();
    }

    /** Mở khóa: the user may sign in again (with the password they had; their old tokens stay ended). */
    public void enable() {
        active = true;
    }

    /** Whether this user comes from a tenant bundle's demo users (published password, demo mode only). */
    public boolean demo() {
        return demo;
    }

    /**
     * The user must choose a password of their own before they get a token: for a password somebody
     * else made (the operator's first administrator of a new tenant, D-046). Sign-in answers 403
     * {@code password-change-required} until {@link #choosePassword} is called.
     */
    public void requirePasswordChange() {
        mustChangePassword = true;
    }

    /** Whether sign-in must refuse a token until the user has chosen their own password. */
    public boolean mustChangePassword() {
        return mustChangePassword;
    }

    /**
     * Đặt lại mật khẩu: an administrator gives the user a one-time password ({@code hash}); the user
     * must change it at the next sign-in, and every token issued so far ends.
     */
    public void resetPassword(String hash) {
        this.passwordHash = Objects.requireNonNull(hash, "A password hash is required.");
        requirePasswordChange();
        endTokens();
    }

    /**
     * Đổi mật khẩu: the user's own new password; the one-time password, if any, is done with, and every
     * token issued with the old password ends (on every device).
     */
    public void choosePassword(String hash) {
        this.passwordHash = Objects.requireNonNull(hash, "A password hash is required.");
        mustChangePassword = false;
        endTokens();
    }

    /** The name shown for the user. */
    public void rename(String displayName) {
        this.displayName = Objects.requireNonNull(displayName, "A user needs a display name.");
    }

    /**
     * Gives the user these roles and this agency (none: {@code null}). An agency's officer or head
     * belongs to an agency; the others may (the secretariat is often an agency's). Tokens issued so
     * far end: they carry the old roles, and a role taken away must not outlive the change.
     *
     * @throws IllegalArgumentException no role, or an agency role without an agency
     */
    public void assign(Set<Role> roles, Agency agency) {
        if (roles == null || roles.isEmpty()) {
            throw new IllegalArgumentException("A user needs at least one role.");
        }
        requireAgencyForAgencyRoles(roles, agency);
        boolean changed = !this.roles.equals(roles) || !Objects.equals(code(this.agency), code(agency));
        this.roles = EnumSet.copyOf(roles);
        this.agency = agency;
        if (changed) {
            endTokens();
        }
    }

    /** Whether this user is an administrator who may sign in now. */
    public boolean isActiveAdmin(boolean demoMode) {
        return roles.contains(Role.ADMIN) && maySignIn(demoMode);
    }

    private static String code(Agency agency) {
        return agency == null ? null : agency.code();
    }

    /** Whether these roles may go without an agency: not an agency's officer's or head's. */
    public static boolean needsAgency(Set<Role> roles) {
        return roles.stream().anyMatch(AGENCY_ROLES::contains);
    }

    private static void requireAgencyForAgencyRoles(Set<Role> roles, Agency agency) {
        if (agency == null && needsAgency(roles)) {
            throw new IllegalArgumentException("An agency's officer or head needs an agency.");
        }
    }
}
