package vn.egov.dossier;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

@AnalyzeClasses(packages = "vn.egov.dossier", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule domainDoesNotUseWebOrMessaging = noClasses()
            .that()
            .resideInAPackage("vn.egov.dossier..")
            .and()
            .resideOutsideOfPackages("..web..", "..messaging..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("vn.egov.dossier..web..", "vn.egov.dossier..messaging..");

    @ArchTest
    static final ArchRule domainDoesNotTalkToKafka = noClasses()
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
                    "vn.egov.catalogue..", "vn.egov.payment..", "vn.egov.notification..", "vn.egov.gateway..");
}
