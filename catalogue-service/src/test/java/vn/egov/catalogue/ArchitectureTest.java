package vn.egov.catalogue;

import static com.tngtech.archunit.base.DescribedPredicate.describe;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.egov.catalogue.procedure.CatalogueChanged;
import vn.egov.catalogue.procedure.ProcedureChange;
import vn.egov.catalogue.procedure.ProcedurePublications;
import vn.egov.catalogue.procedure.ProcedureStore;
import vn.egov.catalogue.procedure.Procedures;
import vn.egov.testsupport.architecture.EgovArchitectureRules;

class ArchitectureTest {

    /** The writes of {@link Procedures} that a change of the catalogue is made of. */
    private static final Set<String> CHANGES = Set.of("create", "addVersion", "retire", "audit");

    @Test
    void followsThePlatformArchitectureRules() {
        EgovArchitectureRules.forService("vn.egov.catalogue")
                // The search engine is kept free of Spring and the database in a package of its own, so that the
                // benchmarks load the very same engine without the service (ADR 3).
                .allowingSubPackages(
                        "Spring-free search engine shared with the benchmarks (ADR 3)",
                        "vn.egov.catalogue.search.index")
                .publishingOnlyThrough(ProcedureStore.class, ProcedurePublications.class, ProcedureChange.class)
                .and(
                        noClasses()
                                .that()
                                .doNotHaveFullyQualifiedName(ProcedureStore.class.getName())
                                .should()
                                .callMethodWhere(describe(
                                        "a write of Procedures other than the demo seeding's create",
                                        call -> call.getTargetOwner().isEquivalentTo(Procedures.class)
                                                && CHANGES.contains(call.getName())
                                                && !(call.getName().equals("create")
                                                        && call.getOriginOwner()
                                                                .getPackageName()
                                                                .equals("vn.egov.catalogue.seeding"))))
                                .because("a procedure changes through ProcedureStore, which writes the audit entry,"
                                        + " the outbox event and refreshes the search index with it"),
                        noClasses()
                                .that()
                                .doNotHaveFullyQualifiedName(ProcedureStore.class.getName())
                                .should()
                                .callConstructorWhere(describe("a CatalogueChanged", call -> call.getTargetOwner()
                                        .isEquivalentTo(CatalogueChanged.class)))
                                .because("ProcedureStore announces every stored change to the search index"))
                .check();
    }
}
