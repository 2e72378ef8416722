package vn.dondoc.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaAccess;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.ws.rs.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.dondoc.tenancy.boundary.TenantId;

/**
 * The calls that name their tenant themselves ({@link TenantId}) instead of taking the signed-in
 * caller's: start-up loading, timers, the audit written apart, sign-in and the checks made while a
 * request is authenticated. Without a caller, {@code TenantInterceptor} binds whatever tenant the
 * argument names, so each such method may be called only from the one place that needs it, and no
 * REST resource or page reaches one except sign-in (D-038, docs/reliability/tokens.md) and the platform
 * operator's suspend and resume, which only an OPERATOR of the platform tenant passes (D-045). A new such
 * method fails {@link #everyMethodThatNamesItsTenantIsListedHereWithTheClassesAllowedToCallIt}
 * until its callers are decided here.
 */
class CallsWithoutACallerTest {

    /** Method ({@code Class.method}) → the only classes that may call it (nested classes count as their outer class). */
    private static final Map<String, Set<String>> ALLOWED = Map.ofEntries(
            Map.entry(
                    "identity.boundary.SignIn.issueToken",
                    Set.of("web.identity.TokensResource", "web.identity.SignInView")),
            Map.entry("identity.boundary.SignIn.renew", Set.of("web.identity.BearerTokenMechanism")),
            // proves the caller by the current password, as signing in does (D-046)
            Map.entry(
                    "identity.boundary.SignIn.changePassword",
                    Set.of("web.identity.PasswordsResource", "web.identity.PasswordChangeView")),
            Map.entry("identity.boundary.Sessions.currentVersion", Set.of("identity.boundary.TokenVersions")),
            Map.entry("identity.boundary.SignInAttempts.waitFor", Set.of("identity.boundary.SignIn")),
            Map.entry("identity.boundary.SignInAttempts.failed", Set.of("identity.boundary.SignIn")),
            Map.entry("identity.boundary.SignInAttempts.succeeded", Set.of("identity.boundary.SignIn")),
            Map.entry("audit.boundary.AuditLog.recordApart", Set.of("audit.boundary.AuditInterceptor")),
            Map.entry("onboarding.boundary.BundleInstaller.isInstalled", Set.of("onboarding.boundary.TenantBundles")),
            Map.entry("onboarding.boundary.BundleInstaller.install", Set.of("onboarding.boundary.TenantBundles")),
            Map.entry("reporting.boundary.Settings.installReporting", Set.of("onboarding.boundary.BundleInstaller")),
            Map.entry("reporting.boundary.Obligations.regenerate", Set.of("reporting.boundary.ObligationsDaily")),
            Map.entry("notifications.boundary.Reminders.remind", Set.of("notifications.boundary.NotificationsDaily")),
            Map.entry("notifications.boundary.Outbox.claim", Set.of("notifications.boundary.NotificationsDaily")),
            Map.entry("notifications.boundary.Outbox.settle", Set.of("notifications.boundary.NotificationsDaily")),
            // The platform's operator on a tenant it names (D-045): @OperatorAction and the OPERATOR role
            // hold the door; anyone else with a caller stays in its own tenant.
            Map.entry("onboarding.boundary.BundleInstaller.createTenant", Set.of("onboarding.boundary.Onboarding")),
            Map.entry("onboarding.boundary.Onboarding.suspend", Set.of("web.onboarding.TenantsResource")),
            Map.entry("onboarding.boundary.Onboarding.resume", Set.of("web.onboarding.TenantsResource")),
            Map.entry("identity.boundary.Sessions.endEveryToken", Set.of("onboarding.boundary.Onboarding")),
            // The platform tenant and its first operator, at start-up
            Map.entry("onboarding.boundary.Operators.ensure", Set.of("onboarding.boundary.PlatformOperators")),
            Map.entry("onboarding.boundary.Operators.has", Set.of("onboarding.boundary.PlatformOperators")),
            // for the reminders of issue 9's explanations; nothing calls it yet
            Map.entry("explanations.boundary.ExplanationRequests.unansweredDueBy", Set.of()));

    private static JavaClasses product;

    @BeforeAll
    static void importTheProduct() {
        product = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                // Built from the top, the EJB module's test classes come as its test-jar, not as a
                // test-classes folder: they are no product code either.
                .withImportOption(location -> !location.contains("-tests.jar"))
                .importPackages("vn.dondoc");
    }

    @Test
    void everyMethodThatNamesItsTenantIsListedHereWithTheClassesAllowedToCallIt() {
        assertThat(tenantNamingMethods().keySet()).isEqualTo(new TreeSet<>(ALLOWED.keySet()));
    }

    @Test
    void aMethodThatNamesItsTenantIsCalledOnlyFromWhereItIsNeeded() {
        Map<String, Set<String>> unexpected = new TreeMap<>();
        tenantNamingMethods().forEach((name, method) -> {
            Set<String> allowed = ALLOWED.getOrDefault(name, Set.of());
            callers(method)
                    .filter(caller -> !allowed.contains(caller))
                    .forEach(caller -> unexpected
                            .computeIfAbsent(name, n -> new TreeSet<>())
                            .add(caller));
        });
        assertThat(unexpected)
                .as("calls of @TenantId methods from classes not allowed to make them")
                .isEmpty();
    }

    @Test
    void noRestResourceNorPageCallsOneExceptToSignIn() {
        Set<String> fromTheWeb = new TreeSet<>();
        tenantNamingMethods()
                .forEach((name, method) -> callers(method)
                        .filter(caller -> caller.startsWith("web."))
                        .forEach(caller -> fromTheWeb.add(caller + " → " + name)));
        assertThat(fromTheWeb)
                .containsExactlyInAnyOrder(
                        "web.identity.TokensResource → identity.boundary.SignIn.issueToken",
                        "web.identity.SignInView → identity.boundary.SignIn.issueToken",
                        "web.identity.BearerTokenMechanism → identity.boundary.SignIn.renew",
                        "web.identity.PasswordsResource → identity.boundary.SignIn.changePassword",
                        "web.identity.PasswordChangeView → identity.boundary.SignIn.changePassword",
                        // OPERATOR only, and bound by @OperatorAction (D-045)
                        "web.onboarding.TenantsResource → onboarding.boundary.Onboarding.suspend",
                        "web.onboarding.TenantsResource → onboarding.boundary.Onboarding.resume");
        List<String> resources = product.stream()
                .filter(c -> c.isAnnotatedWith(Path.class))
                .map(CallsWithoutACallerTest::shortName)
                .toList();
        assertThat(resources).contains("web.identity.TokensResource").hasSizeGreaterThan(10);
    }

    /** Every method of ours with a {@link TenantId} parameter, by short name. */
    private static Map<String, JavaMethod> tenantNamingMethods() {
        Map<String, JavaMethod> methods = new TreeMap<>();
        for (JavaClass c : product) {
            for (JavaMethod m : c.getMethods()) {
                if (m.getParameters().stream().anyMatch(p -> p.isAnnotatedWith(TenantId.class))) {
                    methods.put(shortName(c) + "." + m.getName(), m);
                }
            }
        }
        assertThat(methods).as("methods with a @TenantId parameter").isNotEmpty();
        return methods;
    }

    /** The classes that call or refer to {@code method}, nested and anonymous classes as their outer class. */
    private static Stream<String> callers(JavaMethod method) {
        // calls and method references alike
        return method.getAccessesToSelf().stream()
                .map(JavaAccess::getOriginOwner)
                .map(CallsWithoutACallerTest::outermost)
                .map(CallsWithoutACallerTest::shortName)
                .distinct();
    }

    private static JavaClass outermost(JavaClass c) {
        JavaClass outer = c;
        while (outer.getEnclosingClass().isPresent()) {
            outer = outer.getEnclosingClass().get();
        }
        return outer;
    }

    private static String shortName(JavaClass c) {
        return c.getName().substring("vn.dondoc.".length());
    }
}
