package vn.dondoc.reporting.boundary;

import jakarta.persistence.EntityManager;
import java.time.Clock;
import vn.dondoc.platform.security.CallerIdentity;
import vn.dondoc.testing.Ledgers;

/** The extensions boundary as the container would give it, for tests of the components above reporting. */
public final class ExtensionsByHand {

    private ExtensionsByHand() {}

    /** @param em bound to the tenant, in the caller's transaction */
    public static Extensions as(EntityManager em, Clock clock, CallerIdentity caller) {
        Extensions extensions = new Extensions();
        extensions.em = em;
        extensions.clock = clock;
        extensions.tasksChanged = Ledgers.recordingOn(em, clock);
        extensions.caller = caller;
        return extensions;
    }
}
