package cn.taxprocurement.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.persistence.Entity;
import org.junit.jupiter.api.Test;

/** The module boundaries of DESIGN.md, checked rather than hoped for. */
class ModuleBoundariesTest {
    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("cn.taxprocurement");

    @Test
    void theExcelLibrariesUseOnlyJavaAndPoiNeverQuarkusJpaHttpOrTheService() {
        classes()
                .that()
                .resideInAPackage("cn.taxprocurement.lib..")
                .should()
                .onlyDependOnClassesThat()
                .resideInAnyPackage(
                        "cn.taxprocurement.lib..",
                        "java..",
                        "javax.xml..",
                        "org.xml..",
                        "org.w3c..",
                        "org.apache.poi..",
                        "org.apache.xmlbeans..",
                        "org.openxmlformats..",
                        "org.apache.commons..")
                .check(CLASSES);
    }

    @Test
    void theServicesDomainNeverTouchesPoi() {
        noClasses()
                .that()
                .resideInAnyPackage(
                        "cn.taxprocurement.project..",
                        "cn.taxprocurement.vendor..",
                        "cn.taxprocurement.catalog..",
                        "cn.taxprocurement.category..",
                        "cn.taxprocurement.audit..",
                        "cn.taxprocurement.common..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("org.apache.poi..")
                .check(CLASSES);
    }

    @Test
    void pagesAreAdaptersOverServicesAndNeverCallTheApisResources() {
        noClasses()
                .that()
                .resideInAPackage("cn.taxprocurement.web..")
                .should()
                .dependOnClassesThat()
                .haveSimpleNameEndingWith("Resource")
                .check(CLASSES);
    }

    @Test
    void pagesShowViewsAndNeverHoldAnEntityOutsideItsServicesTransaction() {
        noClasses()
                .that()
                .resideInAPackage("cn.taxprocurement.web..")
                .should()
                .dependOnClassesThat()
                .areAnnotatedWith(Entity.class)
                .check(CLASSES);
    }
}
