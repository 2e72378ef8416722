package vn.dondoc.agencies.boundary;

import jakarta.persistence.EntityManager;
import vn.dondoc.testing.RecordedEvents;

/** The agencies boundary as the container would give it, its events recorded, for tests of other packages. */
public final class AgenciesByHand {

    private AgenciesByHand() {}

    /** @param em bound to the tenant, in the caller's transaction */
    public static Agencies as(EntityManager em) {
        Agencies agencies = new Agencies();
        agencies.em = em;
        agencies.membersChanged = new RecordedEvents<>();
        return agencies;
    }
}
