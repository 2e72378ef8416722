package vn.dondoc.consolidation.boundary;

import jakarta.persistence.EntityManager;
import vn.dondoc.platform.security.CallerIdentity;

/** The consolidation boundary as the container would give it, for tests that build it by hand. */
public final class ConsolidationByHand {

    private ConsolidationByHand() {}

    /** @param em bound to the tenant, in the caller's transaction */
    public static Consolidation as(EntityManager em, CallerIdentity caller) {
        Consolidation consolidation = new Consolidation();
        consolidation.em = em;
        consolidation.caller = caller;
        return consolidation;
    }
}
