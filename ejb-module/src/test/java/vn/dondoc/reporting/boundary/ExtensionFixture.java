package vn.dondoc.reporting.boundary;

import jakarta.persistence.EntityManager;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.Set;
import vn.dondoc.platform.security.CallerIdentity;
import vn.dondoc.platform.security.DondocPrincipal;

/** What the extension boundary's tests share: the bodies, the boundary wired for one caller, the plan. */
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
        Extensions extensions = new Extensions();
        extensions.em = em;
        extensions.clock = Clock.fixed(now, ZoneOffset.UTC);
        extensions.caller = new CallerIdentity() {
            @Override
            public Optional<DondocPrincipal> principal() {
                return Optional.of(new DondocPrincipal(user, tenant, agency, Set.of(role)));
            }
        };
        return extensions;
    }

    /** Kế hoạch 204 of Vĩnh Phúc, as printed. */
    static String keHoach204() {
        try (InputStream in = ExtensionFixture.class.getResourceAsStream("/plans/kh-204-vinh-phuc.txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
