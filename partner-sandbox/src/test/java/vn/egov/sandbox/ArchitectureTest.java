package vn.egov.sandbox;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

class ArchitectureTest {

    private static final JavaClasses SANDBOX = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("vn.egov.sandbox");

    @Test
    void partnerSimulatorsDoNotKnowEachOther() {
        slices().matching("vn.egov.sandbox.(sms|zalo|mail|momo|napas|vietinbank)..")
                .should()
                .notDependOnEachOther()
                .check(SANDBOX);
    }

    @Test
    void inboxPaymentsAndFaultInjectionKnowNoPartner() {
        noClasses()
                .that()
                .resideInAnyPackage("vn.egov.sandbox.inbox..", "vn.egov.sandbox.payment..", "vn.egov.sandbox.fault..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "vn.egov.sandbox.sms..",
                        "vn.egov.sandbox.zalo..",
                        "vn.egov.sandbox.mail..",
                        "vn.egov.sandbox.momo..",
                        "vn.egov.sandbox.napas..",
                        "vn.egov.sandbox.vietinbank..")
                .check(SANDBOX);
    }

    @Test
    void onlyWebPackagesKnowWebPackages() {
        noClasses()
                .that()
                .resideOutsideOfPackage("..web..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("vn.egov.sandbox..web..")
                .check(SANDBOX);
    }
}
