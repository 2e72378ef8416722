package vn.dondoc.targets.boundary;

import jakarta.persistence.EntityManager;
import java.time.Clock;
import vn.dondoc.testing.Callers;

/** The targets boundary as the container would give it, for tests of the components above targets. */
public final class TargetsByHand {

    private TargetsByHand() {}

    /** @param em bound to the tenant, in the caller's transaction; the caller is {@code user} of {@code agency} */
    public static Targets as(EntityManager em, Clock clock, String tenant, String user, String agency, String role) {
        Targets targets = new Targets();
        targets.em = em;
        targets.clock = clock;
        targets.caller = Callers.as(user, tenant, agency, role);
        return targets;
    }
}
