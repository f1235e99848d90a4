package vn.egov.web;

import org.junit.jupiter.api.Test;
import vn.egov.testsupport.architecture.EgovArchitectureRules;

class ArchitectureTest {

    @Test
    void followsThePlatformArchitectureRules() {
        EgovArchitectureRules.forService("vn.egov.web")
                // The portal has no domain of its own: every feature package is pages (controllers), views and its
                // client of the gateway's public API, so HTTP is its language everywhere. The other rules hold: no
                // drawers, no other deployable's code, no Kafka, no outbox.
                .allowingHttpIn("server-rendered pages over the gateway's API, without a domain", "vn.egov.web..")
                .check();
    }
}
