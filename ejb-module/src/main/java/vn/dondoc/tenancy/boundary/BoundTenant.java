package vn.dondoc.tenancy.boundary;

import jakarta.persistence.EntityManager;
import java.time.ZoneId;
import java.util.Optional;
import vn.dondoc.tenancy.entity.Tenant;

/**
 * The tenant an entity manager is bound to (by {@link TenantInterceptor}, or by a job that names
 * it), for code that runs inside a tenant's transaction without a caller to ask: an observer, a
 * timer's work.
 */
public final class BoundTenant {

    /** Where a tenant's day begins when it names no zone of its own. */
    public static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    private BoundTenant() {}

    /** The bound tenant, or empty when the entity manager is bound to none. */
    public static Optional<Tenant> of(EntityManager em) {
        Object id = em.getProperties().get(TenantInterceptor.TENANT_PROPERTY);
        return id == null ? Optional.empty() : Optional.ofNullable(em.find(Tenant.class, id));
    }

    /** The bound tenant's time zone: where its days begin and end. */
    public static ZoneId zoneOf(EntityManager em) {
        return of(em).map(Tenant::timeZone).orElse(VIETNAM);
    }
}
