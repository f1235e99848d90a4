package vn.egov.identity;

import org.junit.jupiter.api.Test;
import vn.egov.testsupport.architecture.EgovArchitectureRules;

class ArchitectureTest {

    @Test
    void followsThePlatformArchitectureRules() {
        EgovArchitectureRules.forService("vn.egov.identity")
                .allowingHttpIn(
                        "the authorization server's filter chains are the HTTP edge: they answer 401 and 403 as"
                                + " problem+json before any controller runs",
                        "vn.egov.identity.server")
                .check();
    }
}
