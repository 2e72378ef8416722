package vn.dondoc.tenancy.boundary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.interceptor.InvocationContext;
import jakarta.persistence.EntityManager;
import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.dondoc.platform.boundary.Forbidden;
import vn.dondoc.platform.security.CallerIdentity;
import vn.dondoc.platform.security.DondocPrincipal;

/**
 * The one place the tenant is set: from the signed-in caller, else from a {@code @TenantId}
 * argument, never two tenants in one transaction (docs/platform.md, trap 5), never a caller acting in
 * another tenant, never no tenant at all.
 */
class TenantInterceptorTest {

    /** Stands for a boundary: one call with a caller, one naming its tenant. */
    static class Boundary {
        public String list() {
            return "listed";
        }

        public String signIn(@TenantId String tenant, String username) {
            return "signed in";
        }

        @OperatorAction
        public String suspend(@TenantId String tenant) {
            return "suspended";
        }
    }

    private final Map<String, Object> emProperties = new HashMap<>();
    private TenantInterceptor interceptor;
    private DondocPrincipal caller;

    @BeforeEach
    void wire() {
        interceptor = new TenantInterceptor();
        interceptor.em = (EntityManager) Proxy.newProxyInstance(
                getClass().getClassLoader(),
                new Class<?>[] {EntityManager.class},
                (proxy, method, args) -> switch (method.getName()) {
                    case "getProperties" -> emProperties;
                    case "setProperty" -> emProperties.put((String) args[0], args[1]);
                    default -> throw new UnsupportedOperationException(method.getName());
                });
        interceptor.caller = new CallerIdentity() {
            @Override
            public Optional<DondocPrincipal> principal() {
                return Optional.ofNullable(caller);
            }
        };
    }

    @Test
    void theSignedInCallersTenantIsBound() throws Exception {
        caller = principal("vinh-phuc");
        assertThat(interceptor.bindTenant(call("list"))).isEqualTo("listed");
        assertThat(emProperties).containsEntry(TenantInterceptor.TENANT_PROPERTY, "vinh-phuc");
    }

    @Test
    void aCallWithoutCallerUsesItsTenantIdArgument() throws Exception {
        interceptor.bindTenant(call("signIn", "dong-thap", "admin"));
        assertThat(emProperties).containsEntry(TenantInterceptor.TENANT_PROPERTY, "dong-thap");
    }

    @Test
    void aTransactionBoundToOneTenantRefusesAnother() throws Exception {
        interceptor.bindTenant(call("signIn", "dong-thap", "admin"));
        assertThat(interceptor.bindTenant(call("signIn", "dong-thap", "x")))
                .as("same tenant again is fine")
                .isEqualTo("signed in");
        assertThatThrownBy(() -> interceptor.bindTenant(call("signIn", "vinh-phuc", "admin")))
                .isInstanceOf(Forbidden.class);
        assertThat(emProperties).containsEntry(TenantInterceptor.TENANT_PROPERTY, "dong-thap");
    }

    @Test
    void aCallerCannotNameAnotherTenant() {
        caller = principal("dong-thap");
        assertThatThrownBy(() -> interceptor.bindTenant(call("signIn", "vinh-phuc", "admin")))
                .isInstanceOf(Forbidden.class);
        assertThat(emProperties).doesNotContainKey(TenantInterceptor.TENANT_PROPERTY);
    }

    @Test
    void aCallWithNeitherCallerNorTenantIdIsRefused() {
        assertThatThrownBy(() -> interceptor.bindTenant(call("list"))).isInstanceOf(Forbidden.class);
        assertThatThrownBy(() -> interceptor.bindTenant(call("signIn", " ", "admin")))
                .isInstanceOf(Forbidden.class);
        assertThat(emProperties).isEmpty();
    }

    @Test
    void thePlatformsOperatorActsOnTheTenantAnOperatorActionNamesAndOnlyThere() throws Exception {
        caller = new DondocPrincipal("operator", "platform", null, Set.of("OPERATOR"));
        assertThatThrownBy(() -> interceptor.bindTenant(call("signIn", "vinh-phuc", "admin")))
                .as("a method that is no operator action")
                .isInstanceOf(Forbidden.class);
        assertThat(emProperties).isEmpty();

        assertThat(interceptor.bindTenant(call("suspend", "vinh-phuc"))).isEqualTo("suspended");
        assertThat(emProperties).containsEntry(TenantInterceptor.TENANT_PROPERTY, "vinh-phuc");
        assertThat(interceptor.bindTenant(call("signIn", "vinh-phuc", "admin")))
                .as("further in the transaction the action bound to that tenant")
                .isEqualTo("signed in");
        assertThatThrownBy(() -> interceptor.bindTenant(call("list")))
                .as("a call in the operator's own tenant, inside the other's transaction")
                .isInstanceOf(Forbidden.class);
    }

    @Test
    void anOperatorActionIsNoWayOutOfItsTenantForAnyoneElse() {
        caller = new DondocPrincipal("admin", "dong-thap", null, Set.of("ADMIN", "OPERATOR"));
        assertThatThrownBy(() -> interceptor.bindTenant(call("suspend", "vinh-phuc")))
                .as("an OPERATOR role outside the platform tenant")
                .isInstanceOf(Forbidden.class);
        caller = new DondocPrincipal("admin", "platform", null, Set.of("ADMIN"));
        assertThatThrownBy(() -> interceptor.bindTenant(call("suspend", "vinh-phuc")))
                .as("the platform tenant's user without the OPERATOR role")
                .isInstanceOf(Forbidden.class);
        assertThat(emProperties).isEmpty();
    }

    private static DondocPrincipal principal(String tenant) {
        return new DondocPrincipal("admin", tenant, null, Set.of("ADMIN"));
    }

    private static InvocationContext call(String name, Object... arguments) throws NoSuchMethodException {
        Method method = switch (name) {
            case "list" -> Boundary.class.getMethod("list");
            case "suspend" -> Boundary.class.getMethod("suspend", String.class);
            default -> Boundary.class.getMethod("signIn", String.class, String.class);
        };
        Boundary target = new Boundary();
        return new InvocationContext() {
            @Override
            public Object getTarget() {
                return target;
            }

            @Override
            public Object getTimer() {
                return null;
            }

            @Override
            public Method getMethod() {
                return method;
            }

            @Override
            public Constructor<?> getConstructor() {
                return null;
            }

            @Override
            public Object[] getParameters() {
                return arguments;
            }

            @Override
            public void setParameters(Object[] params) {
                throw new UnsupportedOperationException();
            }

            @Override
            public Map<String, Object> getContextData() {
                return Map.of();
            }

            @Override
            public Object proceed() throws Exception {
                return method.invoke(target, arguments);
            }
        };
    }
}
