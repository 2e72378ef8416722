package vn.dondoc.reporting.control;

import jakarta.persistence.EntityManager;
import vn.dondoc.reporting.entity.ReportingSettings;

/**
 * The tenant's default sending deadline: what its reporting settings say, or {@link
 * SendingDeadline#DEFAULT_WORKING_DAYS} when it never set one. A document's own deadline wins over
 * it.
 */
public final class TenantDeadline {

    private TenantDeadline() {}

    /** @param em bound to the tenant */
    public static SendingDeadline of(EntityManager em) {
        return new SendingDeadline(em.createNamedQuery(ReportingSettings.OF_TENANT, ReportingSettings.class)
                .getResultStream()
                .findFirst()
                .map(ReportingSettings::sendingWorkingDays)
                .orElse(SendingDeadline.DEFAULT_WORKING_DAYS));
    }
}
