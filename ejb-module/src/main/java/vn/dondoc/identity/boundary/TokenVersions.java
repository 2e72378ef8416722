package vn.dondoc.identity.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.dondoc.identity.control.TokenService.VerifiedToken;

/**
 * Whether a verified token is still its user's (D-038): its version must be the user's current
 * token version. The current version is read from the database at most once per {@code
 * dondoc.jwt.revocation-check} (5 seconds) per user and server, so a request costs a map lookup
 * and a signed-out token is refused everywhere within those seconds; on the server where the user
 * signed out, at once.
 */
@ApplicationScoped
public class TokenVersions {

    /** Past this many users, entries older than the check interval are dropped. */
    private static final int PRUNE_ABOVE = 10_000;

    private record Seen(Optional<Long> version, Instant readAt) {}

    private final Map<String, Seen> seen = new ConcurrentHashMap<>();

    @Inject
    Sessions sessions;

    /**
     * Real time, not the product's clock: a demo or test server whose clock is fixed must still
     * read a user's version again after the interval.
     */
    Clock clock = Clock.systemUTC();

    @Inject
    @ConfigProperty(name = "dondoc.jwt.revocation-check", defaultValue = "PT5S")
    Duration checkEvery;

    /** Whether the token's version is its user's current one (and the user may still sign in). */
    public boolean isCurrent(VerifiedToken token) {
        String tenant = token.principal().tenant();
        String username = token.principal().getName();
        Instant now = clock.instant();
        String key = key(tenant, username);
        Seen last = seen.get(key);
        if (last == null || !now.isBefore(last.readAt().plus(checkEvery))) {
            last = new Seen(sessions.currentVersion(tenant, username), now);
            if (seen.size() > PRUNE_ABOVE) {
                seen.values().removeIf(s -> !now.isBefore(s.readAt().plus(checkEvery)));
            }
            seen.put(key, last);
        }
        return last.version().filter(v -> v == token.version()).isPresent();
    }

    /**
     * What a user's version is now that it changed on this server (empty: the user may no longer
     * sign in). Kept rather than forgotten: a request between the change and its commit would
     * otherwise read and keep the old version for another interval.
     */
    void changed(String tenant, String username, Optional<Long> version) {
        seen.put(key(tenant, username), new Seen(version, clock.instant()));
    }

    private static String key(String tenant, String username) {
        return tenant + "\u0000" + username;
    }
}
