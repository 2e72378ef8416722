package vn.dondoc.onboarding.control;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import vn.dondoc.agencies.entity.AgencyKind;
import vn.dondoc.platform.security.Role;

/**
 * A tenant's bundle as read from {@code tenants/<id>/}: its description, agency directory,
 * groups and demo users. {@code hash} fingerprints the files, so an unchanged bundle is not
 * loaded twice.
 */
public record TenantBundle(
        TenantSpec tenant, List<AgencySpec> agencies, List<GroupSpec> groups, DemoUsers demoUsers, String hash) {

    /**
     * @param sendingWorkingDays the tenant's default sending deadline (working days after a period's
     *     cut-off); empty when the bundle does not set it
     */
    public record TenantSpec(
            String id,
            String name,
            String nameEn,
            String issuingBody,
            String timeZone,
            String secretariatAgency,
            OptionalInt sendingWorkingDays) {}

    public record AgencySpec(String name, String nameEn, AgencyKind kind, List<String> aliases) {}

    /** {@code members} is empty when the directory does not know them. */
    public record GroupSpec(String name, String nameEn, List<String> aliases, Optional<List<String>> members) {}

    /**
     * {@code emailDomain}: when present, a demo user without an {@code email} of its own gets
     * {@code <username>@<emailDomain>} (a reserved domain such as {@code vinh-phuc.dondoc.example}).
     */
    public record DemoUsers(String password, boolean perAgency, List<UserSpec> users, Optional<String> emailDomain) {
        public DemoUsers(String password, boolean perAgency, List<UserSpec> users) {
            this(password, perAgency, users, Optional.empty());
        }

        public static DemoUsers none() {
            return new DemoUsers("", false, List.of());
        }

        /** The user's own address, else one at the bundle's e-mail domain, else none. */
        public Optional<String> emailOf(UserSpec user) {
            return user.email().or(() -> emailDomain.map(domain -> user.username() + "@" + domain));
        }
    }

    /** {@code email}: where the user's reminders are mailed, when the bundle gives one. */
    public record UserSpec(
            String username, String displayName, Set<Role> roles, Optional<String> agency, Optional<String> email) {
        public UserSpec(String username, String displayName, Set<Role> roles, Optional<String> agency) {
            this(username, displayName, roles, agency, Optional.empty());
        }
    }
}
