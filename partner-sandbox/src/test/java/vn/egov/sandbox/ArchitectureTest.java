package vn.egov.sandbox;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import org.junit.jupiter.api.Test;
import vn.egov.testsupport.architecture.EgovArchitectureRules;

class ArchitectureTest {

    private static final String[] PARTNERS = {
        "vn.egov.sandbox.sms..",
        "vn.egov.sandbox.zalo..",
        "vn.egov.sandbox.mail..",
        "vn.egov.sandbox.momo..",
        "vn.egov.sandbox.napas..",
        "vn.egov.sandbox.vietinbank..",
        "vn.egov.sandbox.nationalportal.."
    };

    @Test
    void followsThePlatformArchitectureRules() {
        EgovArchitectureRules.forService("vn.egov.sandbox")
                // The simulators play the partners' HTTP protocols, where a status is part of the answer: a refused
                // request (SandboxRequestException) carries its status, SandboxProblems answers it for every
                // simulator, and fault injection works on the raw servlet request and response.
                .allowingHttpIn(
                        "simulators of the partners' HTTP protocols; faults injected at the servlet",
                        "vn.egov.sandbox",
                        "vn.egov.sandbox.fault")
                .and(
                        slices().matching("vn.egov.sandbox.(sms|zalo|mail|momo|napas|vietinbank|nationalportal)..")
                                .should()
                                .notDependOnEachOther()
                                .because("each simulator stands alone, as its partner does"),
                        noClasses()
                                .that()
                                .resideInAnyPackage(
                                        "vn.egov.sandbox.inbox..",
                                        "vn.egov.sandbox.payment..",
                                        "vn.egov.sandbox.fault..")
                                .should()
                                .dependOnClassesThat()
                                .resideInAnyPackage(PARTNERS)
                                .because("the inbox, the payment pages and fault injection serve every partner alike"))
                .check();
    }
}
