package vn.dondoc.onboarding.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.dondoc.tenancy.entity.Tenant;

/**
 * Makes the platform's operator accounts at start-up (D-045): {@code dondoc.operator.username}
 * (default {@code operator}) with {@code dondoc.operator.password} when that is set (an environment
 * variable {@code DONDOC_OPERATOR_PASSWORD} in production), and in demo mode, when no password is
 * set, the demo operator with the password {@code demo}, which signs in in demo mode only.
 */
@Startup
@Singleton
@DependsOn("SchemaMigration")
public class PlatformOperators {

    private static final Logger LOG = Logger.getLogger(PlatformOperators.class.getName());

    /** The demo operator's password, as the demo bundles' users have theirs. */
    static final String DEMO_PASSWORD = "demo";

    @Inject
    @ConfigProperty(name = "dondoc.operator.username", defaultValue = "operator")
    String username;

    @Inject
    @ConfigProperty(name = "dondoc.operator.password")
    Optional<String> password;

    @Inject
    @ConfigProperty(name = "dondoc.demo", defaultValue = "false")
    boolean demoMode;

    @Inject
    Operators operators;

    @PostConstruct
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void makeOperators() {
        Optional<String> given = password.filter(p -> !p.isBlank());
        if (given.isEmpty() && !demoMode) {
            LOG.info("dondoc.operator.password is not set: no operator account is made.");
            return;
        }
        if (operators.has(Tenant.PLATFORM, username)) {
            return;
        }
        operators.ensure(Tenant.PLATFORM, username, given.orElse(DEMO_PASSWORD), given.isEmpty());
        LOG.info(() -> "Operator account " + Tenant.PLATFORM + "/" + username + " made"
                + (given.isEmpty() ? " (demo mode, password " + DEMO_PASSWORD + ")" : ""));
    }
}
