package vn.egov.notification;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

@AnalyzeClasses(packages = "vn.egov.notification", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule domainKnowsNothingOfHttpControllersOrKafka = noClasses()
            .that()
            .resideOutsideOfPackages("..web..", "..messaging..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(
                    "vn.egov.notification..web..",
                    "vn.egov.notification..messaging..",
                    "org.apache.kafka..",
                    "org.springframework.kafka..",
                    "jakarta.servlet..",
                    "org.springframework.web.servlet..")
            .because("web and messaging translate to the domain; the domain does not know them");

    @ArchTest
    static final ArchRule webAndMessagingStayApart = noClasses()
            .that()
            .resideInAPackage("..web..")
            .should()
            .dependOnClassesThat()
            .resideInAPackage("..messaging..");

    @ArchTest
    static final ArchRule noOtherServiceIsImported = noClasses()
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(
                    "vn.egov.dossier..",
                    "vn.egov.catalogue..",
                    "vn.egov.payment..",
                    "vn.egov.identity..",
                    "vn.egov.sandbox..")
            .because("services talk over HTTP and Kafka contracts only");
}
