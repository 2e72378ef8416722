package vn.dondoc.platform.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The one clock of the application. {@code DONDOC_CLOCK} (an ISO instant) fixes it, for demos
 * and tests; otherwise it is the system clock in UTC.
 */
@ApplicationScoped
public class ClockProducer {

    private static final Logger LOG = Logger.getLogger(ClockProducer.class.getName());

    @Inject
    @ConfigProperty(name = "dondoc.clock")
    Optional<String> fixedInstant;

    private Clock clock;

    @Produces
    public Clock clock() {
        if (clock == null) {
            clock = fixedInstant
                    .filter(s -> !s.isBlank())
                    .map(ClockProducer::fixed)
                    .orElse(Clock.systemUTC());
        }
        return clock;
    }

    static Clock fixed(String instant) {
        try {
            Instant at = Instant.parse(instant.trim());
            LOG.warning(() -> "DONDOC_CLOCK is set: the clock is fixed at " + at);
            return Clock.fixed(at, ZoneOffset.UTC);
        } catch (DateTimeParseException e) {
            throw new IllegalStateException(
                    "DONDOC_CLOCK must be an ISO-8601 instant such as 2024-07-01T08:00:00Z, not '" + instant + "'", e);
        }
    }
}
