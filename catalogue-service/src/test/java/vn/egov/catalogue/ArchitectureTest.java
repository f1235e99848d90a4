package vn.egov.catalogue;

import org.junit.jupiter.api.Test;
import vn.egov.testsupport.architecture.EgovArchitectureRules;

class ArchitectureTest {

    @Test
    void followsThePlatformArchitectureRules() {
        EgovArchitectureRules.forService("vn.egov.catalogue")
                // The search engine is kept free of Spring and the database in a package of its own, so that the
                // benchmarks load the very same engine without the service (ADR 3).
                .allowingSubPackages(
                        "Spring-free search engine shared with the benchmarks (ADR 3)",
                        "vn.egov.catalogue.search.index")
                .check();
    }
}
