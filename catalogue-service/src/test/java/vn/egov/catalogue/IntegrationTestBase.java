package vn.egov.catalogue;

import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;
import vn.egov.testsupport.EgovIntegrationTest;
import vn.egov.testsupport.TestIdentity;

/**
 * The whole service on a random port against real PostgreSQL and Kafka, with the demo catalogue loaded at start-up.
 * Subclasses share one Spring context. Tests that create procedures use codes {@code 8.xxxxxx}, which neither the
 * demo data nor the synthetic generator uses.
 */
@EgovIntegrationTest
@TestPropertySource(properties = {"egov.outbox.poll-interval=200ms", "egov.outbox.max-backoff=1s"})
public abstract class IntegrationTestBase {

    @LocalServerPort
    protected int port;

    @Autowired
    protected JdbcTemplate jdbc;

    protected CatalogueApi api;

    protected static String admin() {
        return TestIdentity.shared().admin("admin");
    }

    @BeforeEach
    void client() {
        api = new CatalogueApi(port);
    }
}
