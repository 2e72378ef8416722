package vn.dondoc.testing;

import jakarta.persistence.EntityManager;
import java.util.EnumSet;
import vn.dondoc.agencies.entity.Agency;
import vn.dondoc.identity.entity.UserAccount;
import vn.dondoc.platform.security.Role;

/** User accounts for a test tenant, each with an e-mail address, so that notices find somebody to go to. */
public final class Users {

    private Users() {}

    /**
     * Stores an active user named {@code username} with one role, of the agency with that code
     * (none: null), writing to {@code username@<tenant>.dondoc.example}.
     */
    public static UserAccount add(EntityManager em, String tenant, String username, Role role, String agencyCode) {
        Agency agency = agencyCode == null
                ? null
                : em.createNamedQuery(Agency.BY_CODE, Agency.class)
                        .setParameter("code", agencyCode)
                        .getSingleResult();
        UserAccount user = new UserAccount(username, "Người dùng " + username, "x", EnumSet.of(role), agency, false);
        user.mailTo(username + "@" + tenant + ".dondoc.example");
        em.persist(user);
        return user;
    }
}
