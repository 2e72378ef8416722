package vn.dondoc.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.ejb.Singleton;
import jakarta.ejb.Stateless;
import jakarta.persistence.Entity;
import java.io.IOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.dondoc.audit.boundary.AuditExempt;
import vn.dondoc.audit.boundary.Audited;
import vn.dondoc.audit.boundary.ReadOnly;
import vn.dondoc.identity.entity.SignInThrottle;
import vn.dondoc.tenancy.boundary.TenantBound;
import vn.dondoc.tenancy.entity.Tenant;
import vn.dondoc.tenancy.entity.TenantOwned;

/**
 * The conventions the tenant wall and the audit trail rest on, checked on the compiled classes
 * in {@code target/classes}: every stateless boundary binds the tenant, every public boundary
 * method says whether it is audited, and every entity but the tenant registry belongs to a tenant.
 */
class BoundaryConventionsTest {

    private static final Path COMPILED = Path.of("target", "classes");
    private static final List<Class<?>> CLASSES = new ArrayList<>();

    @BeforeAll
    static void loadCompiledClasses() throws IOException, ClassNotFoundException {
        Path root = COMPILED.resolve("vn").resolve("dondoc");
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                String name = COMPILED.relativize(file)
                        .toString()
                        .replace(file.getFileSystem().getSeparator(), ".")
                        .replaceAll("\\.class$", "");
                CLASSES.add(Class.forName(name, false, BoundaryConventionsTest.class.getClassLoader()));
            }
        }
    }

    @Test
    void theCompiledClassesAreFound() {
        assertThat(CLASSES.stream().map(Class::getName))
                .contains(
                        "vn.dondoc.agencies.boundary.Agencies",
                        "vn.dondoc.identity.boundary.SignIn",
                        "vn.dondoc.onboarding.boundary.TenantBundles",
                        "vn.dondoc.agencies.entity.Agency");
        assertThat(boundaries()).hasSizeGreaterThanOrEqualTo(5);
    }

    @Test
    void everyStatelessBoundaryIsTenantBound() {
        List<Class<?>> stateless = boundaries().stream()
                .filter(c -> c.isAnnotationPresent(Stateless.class))
                .toList();
        assertThat(stateless).isNotEmpty();
        List<String> unbound = stateless.stream()
                .filter(c -> !c.isAnnotationPresent(TenantBound.class))
                .map(Class::getName)
                .toList();
        assertThat(unbound).as("@Stateless boundaries without @TenantBound").isEmpty();
    }

    @Test
    void everyPublicBoundaryMethodIsExactlyOneOfAuditedReadOnlyOrAuditExempt() {
        List<String> undecided = new ArrayList<>();
        int checked = 0;
        for (Class<?> boundary : boundaries()) {
            for (Method method : boundary.getDeclaredMethods()) {
                if (!Modifier.isPublic(method.getModifiers())
                        || method.isSynthetic()
                        || method.isBridge()
                        || isLifecycle(method)) {
                    continue;
                }
                checked++;
                int marks = (method.isAnnotationPresent(Audited.class) ? 1 : 0)
                        + (method.isAnnotationPresent(ReadOnly.class) ? 1 : 0)
                        + (method.isAnnotationPresent(AuditExempt.class) ? 1 : 0);
                if (marks != 1) {
                    undecided.add(boundary.getName() + "." + method.getName() + " has " + marks);
                }
            }
        }
        assertThat(checked).as("public boundary methods checked").isGreaterThan(5);
        assertThat(undecided)
                .as("public boundary methods that are not exactly one of @Audited, @ReadOnly, @AuditExempt")
                .isEmpty();
    }

    @Test
    void everyTenantOwnedClassIsAnEntity() {
        List<Class<?>> owned = CLASSES.stream()
                .filter(c -> c != TenantOwned.class && TenantOwned.class.isAssignableFrom(c))
                .toList();
        assertThat(owned).isNotEmpty();
        List<String> notEntities = owned.stream()
                .filter(c -> !c.isAnnotationPresent(Entity.class))
                .map(Class::getName)
                .toList();
        assertThat(notEntities).as("TenantOwned subclasses without @Entity").isEmpty();
    }

    @Test
    void theTenantRegistryAndTheSignInThrottleAreTheOnlyEntitiesThatBelongToNoTenant() {
        List<Class<?>> entities = CLASSES.stream()
                .filter(c -> c.isAnnotationPresent(Entity.class))
                .toList();
        assertThat(entities).contains(Tenant.class);
        List<String> shared = entities.stream()
                // the sign-in throttle counts failures per client address across tenants, and for
                // tenants that do not exist (D-038); it holds no tenant's data that anyone reads back
                .filter(c -> c != Tenant.class && c != SignInThrottle.class && !TenantOwned.class.isAssignableFrom(c))
                .map(Class::getName)
                .toList();
        assertThat(shared)
                .as("entities outside TenantOwned other than Tenant and SignInThrottle")
                .isEmpty();
        assertThat(TenantOwned.class.isAssignableFrom(Tenant.class)).isFalse();
    }

    /** EJBs of the boundary packages: the facades whose calls are transactions. */
    private static List<Class<?>> boundaries() {
        return CLASSES.stream()
                .filter(c -> c.getPackageName().endsWith(".boundary"))
                .filter(c -> c.isAnnotationPresent(Stateless.class) || c.isAnnotationPresent(Singleton.class))
                .toList();
    }

    private static boolean isLifecycle(Method method) {
        return method.isAnnotationPresent(PostConstruct.class) || method.isAnnotationPresent(PreDestroy.class);
    }
}
