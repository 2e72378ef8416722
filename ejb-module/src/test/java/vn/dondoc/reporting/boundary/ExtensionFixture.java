package vn.dondoc.reporting.boundary;

import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import vn.dondoc.testing.Callers;

/** What the extension boundary's tests share: the bodies, the boundary wired for one caller. */
final class ExtensionFixture {

    private ExtensionFixture() {}

    static ExtensionRequest request(LocalDate date, String reason) {
        ExtensionRequest request = new ExtensionRequest();
        request.requestedDueOn = date;
        request.reason = reason;
        return request;
    }

    static ExtensionDecision grant(LocalDate dueOn) {
        ExtensionDecision decision = new ExtensionDecision();
        decision.dueOn = dueOn;
        return decision;
    }

    static ExtensionDecision comment(String text) {
        ExtensionDecision decision = new ExtensionDecision();
        decision.comment = text;
        return decision;
    }

    /** The boundary as the container gives it to {@code user} of {@code agency} in {@code role}, at {@code now}. */
    static Extensions extensions(
            EntityManager em, Instant now, String tenant, String user, String agency, String role) {
        return ExtensionsByHand.as(em, Clock.fixed(now, ZoneOffset.UTC), Callers.as(user, tenant, agency, role));
    }
}
