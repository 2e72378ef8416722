package vn.dondoc.reporting.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import vn.dondoc.audit.boundary.AuditTarget;
import vn.dondoc.audit.boundary.Audited;
import vn.dondoc.audit.boundary.ReadOnly;
import vn.dondoc.platform.boundary.InvalidInput;
import vn.dondoc.platform.security.Role;
import vn.dondoc.reporting.control.SendingDeadline;
import vn.dondoc.reporting.control.TenantDeadline;
import vn.dondoc.reporting.entity.ReportingSettings;
import vn.dondoc.tenancy.boundary.TenantBound;
import vn.dondoc.tenancy.boundary.TenantId;

/**
 * The tenant's reporting settings (cài đặt báo cáo): its default sending deadline, read by everyone
 * signed in, set by its administrator or its bundle. A change moves, in the same transaction, the
 * due dates of every document that follows the default ({@link SendingDefaultChanged}).
 */
@Stateless
@TenantBound
@RolesAllowed({
    Role.Names.ADMIN,
    Role.Names.SECRETARIAT,
    Role.Names.AGENCY_OFFICER,
    Role.Names.AGENCY_HEAD,
    Role.Names.LEADER
})
public class Settings {

    @PersistenceContext
    EntityManager em;

    @Inject
    Event<SendingDefaultChanged> changed;

    /** The settings in force: the tenant's own, or the product's default where it set none. */
    @ReadOnly
    public ReportingSettingsView reporting() {
        return new ReportingSettingsView(TenantDeadline.of(em).workingDaysAfterCutOff());
    }

    /**
     * The administrator sets the tenant's default sending deadline. The number is checked here, not
     * by Bean Validation on the parameter: Hibernate Validator's method interceptor has a later
     * priority (PLATFORM_AFTER + 800) than ours, so it would run inside the audit interceptor, which
     * records a wrong number as FAILED with an exception's name; a business refusal is recorded as
     * REFUSED with its reason.
     */
    @Audited("settings.reporting")
    @RolesAllowed(Role.Names.ADMIN)
    public ReportingSettingsView changeReporting(@AuditTarget ReportingSettingsEdit edit) {
        return sendWithin(wholeDays(edit == null ? null : edit.sendingWorkingDays));
    }

    /**
     * A tenant bundle sets the tenant's default sending deadline at start-up, when it is installed.
     * The reader checked the number, naming its file and line.
     */
    @Audited(value = "settings.reporting", anonymousActor = "system")
    @PermitAll // start-up has no caller; the tenant is named, and a caller may name only its own
    public ReportingSettingsView installReporting(@TenantId @AuditTarget String tenant, int sendingWorkingDays) {
        return sendWithin(sendingWorkingDays);
    }

    private ReportingSettingsView sendWithin(int workingDays) {
        ReportingSettings settings = em.createNamedQuery(ReportingSettings.OF_TENANT, ReportingSettings.class)
                .getResultStream()
                .findFirst()
                .orElse(null);
        boolean moved;
        try {
            if (settings == null) {
                em.persist(new ReportingSettings(workingDays));
                moved = workingDays != SendingDeadline.DEFAULT_WORKING_DAYS;
            } else {
                moved = settings.sendWithin(workingDays);
            }
        } catch (IllegalArgumentException e) {
            throw new InvalidInput("sendingWorkingDays: " + ReportingSettingsEdit.WHOLE_DAYS);
        }
        em.flush();
        if (moved) {
            changed.fire(new SendingDefaultChanged(workingDays));
        }
        return new ReportingSettingsView(workingDays);
    }

    /** A whole number, or a refusal naming the field; the range is the entity's to check. */
    private static int wholeDays(BigDecimal workingDays) {
        try {
            if (workingDays != null) {
                return workingDays.stripTrailingZeros().intValueExact();
            }
        } catch (ArithmeticException e) {
            // a fraction, or more than an int holds: refused below
        }
        throw new InvalidInput("sendingWorkingDays: " + ReportingSettingsEdit.WHOLE_DAYS);
    }
}
