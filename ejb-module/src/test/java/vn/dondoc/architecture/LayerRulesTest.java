package vn.dondoc.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

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

    private static final String[] COMPONENT_CONTROLS_AND_BOUNDARIES = {
        "vn.dondoc.tenancy.control..", "vn.dondoc.tenancy.boundary..",
        "vn.dondoc.audit.control..", "vn.dondoc.audit.boundary..",
        "vn.dondoc.agencies.control..", "vn.dondoc.agencies.boundary..",
        "vn.dondoc.identity.control..", "vn.dondoc.identity.boundary..",
        "vn.dondoc.items.control..", "vn.dondoc.items.boundary..",
        "vn.dondoc.documents.control..", "vn.dondoc.documents.boundary..",
        "vn.dondoc.onboarding.control..", "vn.dondoc.onboarding.boundary.."
    };

    @ArchTest
    static final ArchRule entitiesKnowNoControlOrBoundary = noClasses()
            .that()
            .resideInAPackage("vn.dondoc.*.entity..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(COMPONENT_CONTROLS_AND_BOUNDARIES)
            .because("entities carry the rules and are used by controls and boundaries, never the other way");

    @ArchTest
    static final ArchRule controlsKnowNoBoundary = noClasses()
            .that()
            .resideInAPackage("vn.dondoc.*.control..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(
                    "vn.dondoc.tenancy.boundary..",
                    "vn.dondoc.audit.boundary..",
                    "vn.dondoc.agencies.boundary..",
                    "vn.dondoc.identity.boundary..",
                    "vn.dondoc.items.boundary..",
                    "vn.dondoc.documents.boundary..",
                    "vn.dondoc.onboarding.boundary..")
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
            .dependOnClassesThat()
            .resideInAnyPackage(
                    "vn.dondoc.tenancy..",
                    "vn.dondoc.audit..",
                    "vn.dondoc.agencies..",
                    "vn.dondoc.identity..",
                    "vn.dondoc.items..",
                    "vn.dondoc.documents..",
                    "vn.dondoc.onboarding..")
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
