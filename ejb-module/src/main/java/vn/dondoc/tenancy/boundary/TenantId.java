package vn.dondoc.tenancy.boundary;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Names the tenant of a call that has no signed-in caller: sign-in, start-up loading and
 * background work, which iterate tenants explicitly. With a signed-in caller the parameter must
 * name the caller's own tenant.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.PARAMETER)
public @interface TenantId {}
