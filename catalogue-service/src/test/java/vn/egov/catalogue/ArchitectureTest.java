package vn.egov.catalogue;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

@AnalyzeClasses(packages = "vn.egov.catalogue", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule domainDoesNotUseWebOrMessaging = noClasses()
            .that()
            .resideInAPackage("vn.egov.catalogue..")
            .and()
            .resideOutsideOfPackages("..web..", "..messaging..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("vn.egov.catalogue..web..", "vn.egov.catalogue..messaging..");

    @ArchTest
    static final ArchRule onlyMessagingTalksToKafka = noClasses()
            .that()
            .resideOutsideOfPackages("..messaging..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("org.apache.kafka..", "org.springframework.kafka..");

    @ArchTest
    static final ArchRule noOtherServiceIsImported = noClasses()
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(
                    "vn.egov.dossier..", "vn.egov.payment..", "vn.egov.notification..", "vn.egov.gateway..");

    @ArchTest
    static final ArchRule controllersStayInWeb = classes()
            .that()
            .areAnnotatedWith(org.springframework.web.bind.annotation.RestController.class)
            .should()
            .resideInAPackage("..web..");
}
