package vn.egov.dossier;

import static com.tngtech.archunit.base.DescribedPredicate.describe;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import vn.egov.dossier.dossier.DossierEvent;
import vn.egov.dossier.dossier.DossierPublications;
import vn.egov.dossier.dossier.DossierStore;
import vn.egov.dossier.dossier.Dossiers;
import vn.egov.servicedefaults.outbox.Outbox;
import vn.egov.testsupport.architecture.EgovArchitectureRules;

class ArchitectureTest {

    @Test
    void followsThePlatformArchitectureRules() {
        EgovArchitectureRules.forService("vn.egov.dossier")
                .and(
                        noClasses()
                                .that()
                                .doNotHaveFullyQualifiedName(DossierStore.class.getName())
                                .should()
                                .callMethodWhere(describe(
                                        "a save method of Dossiers",
                                        call -> call.getTargetOwner().isAssignableTo(Dossiers.class)
                                                && call.getName().startsWith("save")))
                                .because("a dossier is stored with its events by DossierStore, so that no use case"
                                        + " changes a dossier and forgets to tell the platform"),
                        noClasses()
                                .that()
                                .resideOutsideOfPackage("..messaging..")
                                .and()
                                .haveNameNotMatching(Pattern.quote(DossierStore.class.getName()) + "|"
                                        + Pattern.quote(DossierPublications.class.getName()) + "|"
                                        + Pattern.quote(DossierEvent.class.getName()) + "(\\$.*)?")
                                .should()
                                .dependOnClassesThat()
                                .areAssignableTo(DossierPublications.class)
                                .because("use cases record events on the dossier and DossierStore publishes them"),
                        noClasses()
                                .that()
                                .resideOutsideOfPackage("..messaging..")
                                .should()
                                .dependOnClassesThat()
                                .areAssignableTo(Outbox.class)
                                .because("only messaging maps the domain to contract events in the outbox"),
                        slices().matching("vn.egov.dossier.(*)")
                                .should()
                                .beFreeOfCycles()
                                .because("the sub-features (intake, workflow, deadlines, codes, inbox, payment, ...)"
                                        + " build on the dossier aggregate, which knows none of them"))
                .check();
    }
}
