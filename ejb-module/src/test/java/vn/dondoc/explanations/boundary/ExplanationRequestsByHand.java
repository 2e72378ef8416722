package vn.dondoc.explanations.boundary;

import jakarta.persistence.EntityManager;
import java.time.Clock;
import vn.dondoc.platform.security.CallerIdentity;
import vn.dondoc.testing.RecordedEvents;

/**
 * The requests-for-explanation boundary as the container would give it, its events recorded and
 * delivered to nobody (no component observes them yet), for tests that build it by hand.
 */
public final class ExplanationRequestsByHand {

    private ExplanationRequestsByHand() {}

    /** @param em bound to the tenant, in the caller's transaction */
    public static ExplanationRequests as(EntityManager em, Clock clock, CallerIdentity caller) {
        ExplanationRequests requests = new ExplanationRequests();
        requests.em = em;
        requests.clock = clock;
        requests.caller = caller;
        requests.asked = new RecordedEvents<>();
        requests.answered = new RecordedEvents<>();
        requests.maxAttachmentBytes = 10 * 1024 * 1024;
        return requests;
    }
}
