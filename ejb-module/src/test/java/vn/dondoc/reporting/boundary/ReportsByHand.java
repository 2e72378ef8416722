package vn.dondoc.reporting.boundary;

import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.util.Optional;
import java.util.Set;
import vn.dondoc.platform.security.CallerIdentity;
import vn.dondoc.platform.security.DondocPrincipal;
import vn.dondoc.testing.Ledgers;

/** The reports boundary as the container would give it, for tests of the components above reporting. */
public final class ReportsByHand {

    private ReportsByHand() {}

    /** @param em bound to the tenant, in the caller's transaction; the caller is {@code user} of {@code agency} */
    public static Reports as(EntityManager em, Clock clock, String tenant, String user, String agency, String role) {
        Reports reports = new Reports();
        reports.em = em;
        reports.clock = clock;
        reports.tasksChanged = Ledgers.recordingOn(em, reports.clock);
        reports.maxAttachmentBytes = 10 * 1024 * 1024;
        reports.caller = new CallerIdentity() {
            @Override
            public Optional<DondocPrincipal> principal() {
                return Optional.of(new DondocPrincipal(user, tenant, agency, Set.of(role)));
            }
        };
        return reports;
    }
}
