package vn.dondoc.onboarding.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import vn.dondoc.audit.boundary.AuditTarget;
import vn.dondoc.audit.boundary.Audited;
import vn.dondoc.identity.boundary.Sessions;
import vn.dondoc.onboarding.control.BundleUpload;
import vn.dondoc.onboarding.control.FirstAdmin;
import vn.dondoc.onboarding.control.MalformedBundle;
import vn.dondoc.onboarding.control.TenantBundle;
import vn.dondoc.platform.boundary.Conflict;
import vn.dondoc.platform.boundary.InvalidInput;
import vn.dondoc.platform.boundary.NotFound;
import vn.dondoc.platform.boundary.TooLarge;
import vn.dondoc.platform.security.Role;
import vn.dondoc.tenancy.boundary.OperatorAction;
import vn.dondoc.tenancy.boundary.TenantBound;
import vn.dondoc.tenancy.boundary.TenantId;
import vn.dondoc.tenancy.entity.Tenant;

/**
 * Vận hành nền tảng: what the platform's OPERATOR does to tenants while the server runs (D-045):
 * creates one from a bundle sent as JSON or a zip, suspends and resumes one. Nothing here reads a
 * tenant's documents, reports or scores. The operator's own calls are bound to the platform tenant
 * and audited in its trail; the changes to a tenant are made by {@link OperatorAction}s bound to
 * that tenant and audited in its own trail, so its administrators see who did what to it.
 */
@Stateless
@TenantBound
@RolesAllowed(Role.Names.OPERATOR)
public class Onboarding {

    @PersistenceContext
    EntityManager em;

    @Inject
    BundleInstaller installer;

    @Inject
    Sessions sessions;

    @Inject
    Clock clock;

    /**
     * Creates a tenant from an uploaded bundle, checked exactly as at start-up; all or nothing.
     *
     * @param zip whether the body is a zip of the files, else one JSON object holding them
     * @throws InvalidInput naming the file (or JSON pointer) and line of the first problem
     * @throws Conflict if the tenant exists
     */
    @Audited("tenant.onboard")
    public TenantCreated create(byte[] body, boolean zip) {
        if (body == null || body.length == 0) {
            throw new InvalidInput("Thiếu gói dữ liệu của đơn vị / The tenant's bundle is missing");
        }
        if (body.length > BundleUpload.MAX_BYTES) {
            throw new TooLarge("Gói dữ liệu lớn hơn %d byte / The bundle is larger than %d bytes"
                    .formatted(BundleUpload.MAX_BYTES, BundleUpload.MAX_BYTES));
        }
        TenantBundle bundle;
        FirstAdmin admin;
        try {
            BundleUpload upload = zip ? BundleUpload.ofZip(body) : BundleUpload.ofJson(body);
            bundle = upload.bundle();
            admin = upload.admin();
        } catch (MalformedBundle e) {
            throw new InvalidInput("Gói dữ liệu của đơn vị có lỗi, không có gì được ghi: " + e.getMessage()
                    + " / The tenant's bundle is malformed, nothing was written: " + e.getMessage());
        }
        return installer.createTenant(bundle.tenant().id(), bundle, admin);
    }

    /**
     * Tạm ngừng: the tenant's users can no longer sign in and every token of theirs ends now;
     * nothing of its data is deleted. Suspending a suspended tenant changes nothing.
     */
    @OperatorAction
    @Audited("tenant.suspend")
    public TenantView suspend(@TenantId @AuditTarget String tenantId) {
        Tenant tenant = tenant(tenantId);
        if (tenant.suspend(clock.instant())) {
            sessions.endEveryToken(tenantId);
        }
        return TenantView.of(tenant, null, null);
    }

    /** Cho hoạt động lại: the users sign in again, to their data as it was. */
    @OperatorAction
    @Audited("tenant.resume")
    public TenantView resume(@TenantId @AuditTarget String tenantId) {
        Tenant tenant = tenant(tenantId);
        tenant.resume(clock.instant());
        return TenantView.of(tenant, null, null);
    }

    private Tenant tenant(String id) {
        Tenant tenant = em.find(Tenant.class, id);
        if (tenant == null || tenant.isPlatform()) {
            throw new NotFound("Không có đơn vị " + id + " / No tenant " + id);
        }
        return tenant;
    }
}
