package vn.dondoc.architecture;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The arrows of the business components, checked on the compiled classes: inside a component
 * boundary → control → entity and never back; between components, no cycle. {@code platform} is
 * the kernel every component stands on (business exceptions, the caller and roles, clock): any
 * layer may use it, and it uses no component. docs/architecture.md draws the map.
 */
@AnalyzeClasses(packages = "vn.dondoc", importOptions = ImportOption.DoNotIncludeTests.class)
class LayerRulesTest {

    /** Any component's layer, now or later; the platform kernel is not a component. */
    private static DescribedPredicate<JavaClass> componentLayer(String layer) {
        return resideInAPackage("vn.dondoc.*." + layer + "..")
                .and(not(resideInAPackage("vn.dondoc.platform..")))
                .as("a component's " + layer);
    }

    @ArchTest
    static final ArchRule entitiesKnowNoControlOrBoundary = noClasses()
            .that()
            .resideInAPackage("vn.dondoc.*.entity..")
            .should()
            .dependOnClassesThat(componentLayer("control").or(componentLayer("boundary")))
            .because("entities carry the rules and are used by controls and boundaries, never the other way");

    @ArchTest
    static final ArchRule controlsKnowNoBoundary = noClasses()
            .that()
            .resideInAPackage("vn.dondoc.*.control..")
            .should()
            .dependOnClassesThat(componentLayer("boundary"))
            .because("controls are the logic boundaries call: plain classes a unit test can run");

    @ArchTest
    static final ArchRule componentsFormNoCycle = slices().matching("vn.dondoc.(*)..")
            .should()
            .beFreeOfCycles()
            .because("a component is read, tested and changed from the bottom up");

    @ArchTest
    static final ArchRule layersInsideAComponentFormNoCycle =
            slices().matching("vn.dondoc.(*).(*)..").should().beFreeOfCycles();

    @ArchTest
    static final ArchRule platformUsesNoComponent = noClasses()
            .that()
            .resideInAPackage("vn.dondoc.platform..")
            .should()
            .dependOnClassesThat(resideInAPackage("vn.dondoc..").and(not(resideInAPackage("vn.dondoc.platform.."))))
            .because("every component stands on the platform kernel");

    @ArchTest
    static final ArchRule tenancyKnowsNoIdentity = noClasses()
            .that()
            .resideInAPackage("vn.dondoc.tenancy..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("vn.dondoc.identity..", "vn.dondoc.agencies..", "vn.dondoc.onboarding..")
            .because("the tenant wall sits under every component; installing bundles is onboarding's job");
}
