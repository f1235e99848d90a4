package vn.egov.gateway;

import org.junit.jupiter.api.Test;
import vn.egov.testsupport.architecture.EgovArchitectureRules;

class ArchitectureTest {

    @Test
    void followsThePlatformArchitectureRules() {
        EgovArchitectureRules.forService("vn.egov.gateway")
                // The gateway is the reactive HTTP edge and has no domain: its filters, its error handler and its
                // security chain answer requests with statuses themselves, outside any web package.
                .allowingHttpIn(
                        "reactive HTTP edge without a domain",
                        "vn.egov.gateway.limits..",
                        "vn.egov.gateway.problem..",
                        "vn.egov.gateway.ratelimit..",
                        "vn.egov.gateway.security..")
                .check();
    }
}
