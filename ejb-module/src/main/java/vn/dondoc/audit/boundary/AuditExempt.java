package vn.dondoc.audit.boundary;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** Marks the rare boundary method that writes but must not be audited, with the reason. */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface AuditExempt {

    /** Why this write has no audit record of its own. */
    String value();
}
