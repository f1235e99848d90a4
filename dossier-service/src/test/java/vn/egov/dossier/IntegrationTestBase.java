package vn.egov.dossier;

import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;
import vn.egov.dossier.catalogue.Catalogue;
import vn.egov.testsupport.EgovIntegrationTest;

/**
 * The whole service on a random port against real PostgreSQL and Kafka, with catalogue-service played by
 * {@link CatalogueStub}. Subclasses share one Spring context.
 */
@EgovIntegrationTest
@TestPropertySource(properties = {"egov.outbox.poll-interval=200ms", "egov.outbox.max-backoff=1s"})
public abstract class IntegrationTestBase {

    @LocalServerPort
    protected int port;

    @Autowired
    protected JdbcTemplate jdbc;

    @Autowired
    protected Catalogue catalogue;

    protected DossierApi api;

    @DynamicPropertySource
    static void catalogueStub(DynamicPropertyRegistry registry) {
        registry.add("egov.catalogue.url", () -> CatalogueStub.shared().url());
    }

    @BeforeEach
    void freshCatalogue() {
        api = new DossierApi(port);
        CatalogueStub.shared().start();
        CatalogueStub.shared().failing(false);
        CatalogueStub.shared().hanging(false);
        catalogue.circuitBreaker().reset();
        catalogue.forgetAll();
    }

    protected int dossierCount() {
        return jdbc.queryForObject("select count(*) from dossier", Integer.class);
    }
}
