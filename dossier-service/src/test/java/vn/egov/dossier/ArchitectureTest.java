package vn.egov.dossier;

import static com.tngtech.archunit.base.DescribedPredicate.describe;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import org.junit.jupiter.api.Test;
import vn.egov.dossier.dossier.DossierEvent;
import vn.egov.dossier.dossier.DossierPublications;
import vn.egov.dossier.dossier.DossierStore;
import vn.egov.dossier.dossier.Dossiers;
import vn.egov.testsupport.architecture.EgovArchitectureRules;

class ArchitectureTest {

    @Test
    void followsThePlatformArchitectureRules() {
        EgovArchitectureRules.forService("vn.egov.dossier")
                .publishingOnlyThrough(DossierStore.class, DossierPublications.class, DossierEvent.class)
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
                        slices().matching("vn.egov.dossier.(*)")
                                .should()
                                .beFreeOfCycles()
                                .because("the sub-features (intake, workflow, deadlines, codes, inbox, payment, ...)"
                                        + " build on the dossier aggregate, which knows none of them"))
                .check();
    }
}
