package vn.egov.payment.receipt;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

class ReceiptArchitectureTest {

    private static final JavaClasses RECEIPTS = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("vn.egov.payment.receipt");

    @Test
    void receiptsDoNotKnowAboutHttp() {
        noClasses()
                .that()
                .resideInAPackage("vn.egov.payment.receipt")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("vn.egov.payment.receipt.web..")
                .check(RECEIPTS);
    }

    @Test
    void receiptsUseNoOtherServicesCode() {
        noClasses()
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("vn.egov.dossier..", "vn.egov.catalogue..", "vn.egov.identity..")
                .check(RECEIPTS);
    }

    @Test
    void receiptsDoNotReachIntoThePartnerAdapters() {
        noClasses()
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("vn.egov.payment.momo..", "vn.egov.payment.napas..", "vn.egov.payment.vietinbank..")
                .check(RECEIPTS);
    }
}
