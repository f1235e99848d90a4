package vn.egov.payment;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import org.junit.jupiter.api.Test;
import vn.egov.testsupport.architecture.EgovArchitectureRules;

class ArchitectureTest {

    @Test
    void followsThePlatformArchitectureRules() {
        EgovArchitectureRules.forService("vn.egov.payment")
                .and(noClasses()
                        .that()
                        .resideInAPackage("vn.egov.payment.receipt..")
                        .should()
                        .dependOnClassesThat()
                        .resideInAnyPackage(
                                "vn.egov.payment.momo..", "vn.egov.payment.napas..", "vn.egov.payment.vietinbank..")
                        .because("a receipt is the same whichever partner took the payment"))
                .check();
    }
}
