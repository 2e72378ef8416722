package vn.dondoc.tenancy.boundary;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.lang.annotation.Annotation;
import java.util.Optional;
import org.eclipse.persistence.config.PersistenceUnitProperties;
import vn.dondoc.platform.boundary.Forbidden;
import vn.dondoc.platform.security.CallerIdentity;
import vn.dondoc.platform.security.DondocPrincipal;
import vn.dondoc.platform.security.Role;
import vn.dondoc.tenancy.entity.Tenant;

/**
 * The one place the tenant is set. It runs inside the boundary's transaction, before the
 * business method, and binds the transaction's entity manager to the signed-in caller's tenant
 * (or, for calls without a caller, to the {@link TenantId} argument). Setting it after the
 * transaction began and refusing a second, different tenant in the same transaction avoid the
 * EclipseLink traps 4 and 5 of docs/platform.md. Every refusal is a {@link Forbidden}: a 403 to the
 * client, never a 500. The one exception to "a caller acts in its own tenant" is the platform's
 * OPERATOR on an {@link OperatorAction} (D-045).
 */
@TenantBound
@Interceptor
@Priority(Interceptor.Priority.APPLICATION)
public class TenantInterceptor {

    static final String TENANT_PROPERTY = PersistenceUnitProperties.MULTITENANT_PROPERTY_DEFAULT;

    @PersistenceContext
    EntityManager em;

    @Inject
    CallerIdentity caller;

    @AroundInvoke
    public Object bindTenant(InvocationContext invocation) throws Exception {
        Object bound = em.getProperties().get(TENANT_PROPERTY);
        String tenant = tenantOf(invocation, bound);
        if (bound == null) {
            em.setProperty(TENANT_PROPERTY, tenant);
        } else if (!bound.equals(tenant)) {
            throw new Forbidden("Một giao dịch không thể chuyển sang đơn vị khác / A transaction bound to one tenant "
                    + "cannot switch to another");
        }
        return invocation.proceed();
    }

    private String tenantOf(InvocationContext invocation, Object bound) {
        Optional<String> named = tenantArgument(invocation);
        Optional<DondocPrincipal> principal = caller.principal();
        if (principal.isPresent()) {
            String own = principal.get().tenant();
            if (named.isPresent() && !named.get().equals(own)) {
                if (operatorActsOn(invocation, principal.get(), named.get(), bound)) {
                    return named.get();
                }
                throw new Forbidden(
                        "Chỉ được làm việc trong đơn vị của mình / A caller can only act inside its own tenant");
            }
            return own;
        }
        return named.orElseThrow(() -> new Forbidden("Không xác định được đơn vị / No tenant: the call has neither a "
                + "signed-in caller nor a @TenantId argument"));
    }

    /**
     * Whether the platform's operator may act on the named tenant here: on a method marked {@link
     * OperatorAction}, or further inside a transaction such a method already bound to that tenant.
     */
    private static boolean operatorActsOn(
            InvocationContext invocation, DondocPrincipal principal, String named, Object bound) {
        if (!Tenant.PLATFORM.equals(principal.tenant()) || !principal.roles().contains(Role.Names.OPERATOR)) {
            return false;
        }
        return invocation.getMethod().isAnnotationPresent(OperatorAction.class) || named.equals(bound);
    }

    private static Optional<String> tenantArgument(InvocationContext invocation) {
        Annotation[][] annotations = invocation.getMethod().getParameterAnnotations();
        for (int i = 0; i < annotations.length; i++) {
            for (Annotation annotation : annotations[i]) {
                if (annotation instanceof TenantId) {
                    Object value = invocation.getParameters()[i];
                    if (!(value instanceof String id) || id.isBlank()) {
                        throw new Forbidden("Không xác định được đơn vị / The @TenantId argument is empty");
                    }
                    return Optional.of(id);
                }
            }
        }
        return Optional.empty();
    }
}
