package vn.dondoc.tenancy.boundary;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a boundary method that the platform's OPERATOR (a caller of the reserved tenant {@code
 * platform}) may call on the tenant it names by its {@link TenantId} argument: creating a tenant,
 * suspending and resuming it (D-045). Anywhere else a caller can act only inside its own tenant.
 * Calls the method makes in the same transaction that name the same tenant are allowed too; a
 * call that names none (and so would act in the operator's own tenant) is refused, as any switch
 * of tenant inside one transaction is.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface OperatorAction {}
