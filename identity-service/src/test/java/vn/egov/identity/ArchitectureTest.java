package vn.egov.identity;

import org.junit.jupiter.api.Test;
import vn.egov.testsupport.architecture.EgovArchitectureRules;

class ArchitectureTest {

    @Test
    void followsThePlatformArchitectureRules() {
        EgovArchitectureRules.forService("vn.egov.identity").check();
    }
}
