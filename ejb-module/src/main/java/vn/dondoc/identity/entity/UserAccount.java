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
public class UserAccount extends TenantOwned {

    public static final String BY_USERNAME = "UserAccount.byUsername";
    public static final String USERNAMES = "UserAccount.usernames";

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
}
