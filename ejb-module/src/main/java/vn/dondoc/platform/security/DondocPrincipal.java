package vn.dondoc.platform.security;

import jakarta.security.enterprise.CallerPrincipal;
import java.util.Optional;
import java.util.Set;

/** The signed-in caller as a verified token describes it. */
public class DondocPrincipal extends CallerPrincipal {

    private static final long serialVersionUID = 1L;

    private final String tenant;
    private final String agencyCode;
    private final Set<String> roles;

    public DondocPrincipal(String username, String tenant, String agencyCode, Set<String> roles) {
        super(username);
        this.tenant = tenant;
        this.agencyCode = agencyCode;
        this.roles = Set.copyOf(roles);
    }

    public String tenant() {
        return tenant;
    }

    /** The caller's agency code, or {@code null} for users who belong to no agency. */
    public String agencyCode() {
        return agencyCode;
    }

    public Set<String> roles() {
        return roles;
    }

    /**
     * Which agency a list the caller asked for, filtered by {@code asked} (an agency code, or {@code
     * null} for all), may show: {@code asked} itself for a caller who sees every agency; otherwise
     * the caller's own agency, and nothing at all when it names another or belongs to none.
     */
    public Optional<AgencyFilter> agencyFilter(String asked) {
        if (seesEveryAgency()) {
            return Optional.of(new AgencyFilter(asked));
        }
        if (agencyCode == null || (asked != null && !asked.equals(agencyCode))) {
            return Optional.empty();
        }
        return Optional.of(new AgencyFilter(agencyCode));
    }

    /** The agency a list is limited to: {@code code} {@code null} for every agency. */
    public record AgencyFilter(String code) {}

    /**
     * Whether the caller reads every agency's work in the tenant (ADMIN, SECRETARIAT, LEADER); the
     * others read their own agency's only.
     */
    public boolean seesEveryAgency() {
        return roles.contains(Role.Names.ADMIN)
                || roles.contains(Role.Names.SECRETARIAT)
                || roles.contains(Role.Names.LEADER);
    }
}
