package vn.dondoc.audit.boundary;

import jakarta.enterprise.util.Nonbinding;
import jakarta.interceptor.InterceptorBinding;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** Marks a state-changing boundary method; {@link AuditInterceptor} records every call of it. */
@InterceptorBinding
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface Audited {

    /** The action's stable name, e.g. {@code agency.create}. */
    @Nonbinding
    String value() default "";

    /** Who the record names when no one is signed in: start-up work names "system". */
    @Nonbinding
    String anonymousActor() default "anonymous";
}
