package vn.dondoc.tenancy.entity;

import jakarta.persistence.Cacheable;
import jakarta.persistence.MappedSuperclass;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;
import org.eclipse.persistence.config.PersistenceUnitProperties;

/**
 * Everything that belongs to one tenant extends this. EclipseLink adds {@code tenant_id = ?} to
 * every read and writes the tenant on every insert, taking the tenant from the entity manager's
 * {@value PersistenceUnitProperties#MULTITENANT_PROPERTY_DEFAULT} property, which only {@link
 * vn.dondoc.tenancy.boundary.TenantInterceptor} sets. Tenant entities never enter the shared
 * cache: one tenant's cached row must never answer another tenant's read.
 */
@MappedSuperclass
@Cacheable(false)
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(
        name = "tenant_id",
        contextProperty = PersistenceUnitProperties.MULTITENANT_PROPERTY_DEFAULT,
        length = 64)
public abstract class TenantOwned {}
