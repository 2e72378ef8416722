package vn.dondoc.identity.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.dondoc.identity.control.KeyRing;
import vn.dondoc.identity.control.TokenService;

/**
 * Builds the {@link TokenService} from configuration. The keys come from {@code
 * dondoc.jwt.keys-dir}; in demo mode a key pair is made there when none exists, anywhere else a
 * missing key stops start-up.
 */
@ApplicationScoped
public class TokenConfiguration {

    private static final Logger LOG = Logger.getLogger(TokenConfiguration.class.getName());

    @Inject
    @ConfigProperty(name = "dondoc.jwt.keys-dir", defaultValue = "var/keys")
    String keysDir;

    @Inject
    @ConfigProperty(name = "dondoc.jwt.active-kid")
    Optional<String> activeKid;

    @Inject
    @ConfigProperty(name = "dondoc.jwt.issuer", defaultValue = "dondoc")
    String issuer;

    @Inject
    @ConfigProperty(name = "dondoc.jwt.audience", defaultValue = "dondoc-api")
    String audience;

    @Inject
    @ConfigProperty(name = "dondoc.jwt.lifetime", defaultValue = "PT15M")
    Duration lifetime;

    @Inject
    @ConfigProperty(name = "dondoc.demo", defaultValue = "false")
    boolean demo;

    @Inject
    Clock clock;

    @Produces
    @Singleton
    TokenService tokenService() {
        Path dir = Path.of(keysDir).toAbsolutePath();
        if (!KeyRing.hasKeys(dir)) {
            if (!demo) {
                throw new IllegalStateException(
                        "No token signing key in " + dir
                                + ": put <kid>.key.pem and <kid>.pub.pem there (see docs/operations.md) or set dondoc.jwt.keys-dir.");
            }
            String kid = "demo-" + LocalDate.now(clock);
            KeyRing.generate(dir, kid);
            LOG.warning(() -> "Demo mode: made a new token key pair '" + kid + "' in " + dir);
        }
        return new TokenService(KeyRing.read(dir, activeKid), issuer, audience, lifetime, clock);
    }
}
