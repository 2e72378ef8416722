package vn.dondoc.web;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.inject.Named;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The web UI's view beans hold no business logic (D-035): they call boundaries, as the REST
 * resources do, and never reach entities, the persistence API or a component's controls. The only
 * controls they may name are the ones a boundary hands out ({@code IssuedToken}) and the shared
 * Vietnamese formats.
 */
class ViewBeansTest {

    private static JavaClasses web;

    @BeforeAll
    static void importWebClasses() {
        web = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("vn.dondoc.web");
    }

    @Test
    void thereAreViewBeans() {
        classes()
                .that()
                .areAnnotatedWith(Named.class)
                .should()
                .resideInAPackage("vn.dondoc.web..")
                .allowEmptyShould(false)
                .check(web);
    }

    @Test
    void viewBeansReachNoEntityNorPersistenceNorControl() {
        noClasses()
                .that(DescribedPredicate.describe(
                        "are view beans or nested in one (the lazy data model)",
                        c -> c.isAnnotatedWith(Named.class)
                                || c.getEnclosingClass()
                                        .map(e -> e.isAnnotatedWith(Named.class))
                                        .orElse(false)))
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("..entity..", "jakarta.persistence..")
                .orShould()
                .dependOnClassesThat(DescribedPredicate.<JavaClass>describe(
                        "a control other than IssuedToken, VietnameseFormat or RulesInForce (what"
                                + " Scorecards.rules() returns: a record of values, no rule)",
                        c -> c.getPackageName().endsWith(".control")
                                && !c.getName().equals("vn.dondoc.identity.control.IssuedToken")
                                && !c.getName().equals("vn.dondoc.platform.control.VietnameseFormat")
                                && !c.getName().equals("vn.dondoc.scorecards.control.RulesInForce")))
                .check(web);
    }
}
