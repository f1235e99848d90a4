package vn.egov.dossier.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.egov.dossier.Submissions.aSubmission;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;
import vn.egov.dossier.CatalogueStub;
import vn.egov.dossier.DossierApi;
import vn.egov.dossier.IntegrationTestBase;
import vn.egov.testsupport.TestIdentity;

/**
 * Online submissions while catalogue-service is down, after the fresh cache entry expired (a time-to-live of a
 * millisecond here): a procedure submitted before is still accepted from its last known copy, one never seen still
 * gets the 503 ({@code SubmitDossierIT.CatalogueOutage} covers that answer in detail).
 */
@TestPropertySource(properties = "egov.catalogue.cache-ttl=1ms")
class SubmitWhileTheCatalogueIsDownIT extends IntegrationTestBase {

    static final String CITIZEN = TestIdentity.shared().citizen("citizen-catalogue-down");

    /**
     * Procedures no test publishes catalogue events about: this context's listener reads the topic from its start and
     * would rightly evict a procedure another test announced as changed, last known copy included.
     */
    static final String SEEN = CatalogueStub.FREE_OF_CHARGE;

    static final String NEVER_SEEN = CatalogueStub.DISTRICT_PROCEDURE;

    DossierApi.Response submit(String procedure) {
        return api.submit(
                CITIZEN,
                UUID.randomUUID().toString(),
                aSubmission().forProcedure(procedure).json());
    }

    @Test
    void acceptsAProcedureSubmittedBeforeWhileTheCatalogueIsStopped() throws Exception {
        assertThat(submit(SEEN).status()).isEqualTo(201);
        CatalogueStub.shared().stop();
        Thread.sleep(20);
        int count = dossierCount();

        DossierApi.Response response = submit(SEEN);

        assertThat(response.status()).as(response.body()).isEqualTo(201);
        assertThat(dossierCount()).isEqualTo(count + 1);
    }

    @Test
    void acceptsAProcedureSubmittedBeforeAtOnceWhileTheCircuitIsOpen() {
        assertThat(submit(SEEN).status()).isEqualTo(201);
        CatalogueStub.shared().failingWith(503);
        while (catalogue.circuitBreaker().getState() != CircuitBreaker.State.OPEN) {
            assertThat(submit(SEEN).status()).isEqualTo(201);
        }
        int whenOpened = CatalogueStub.shared().requests();

        Instant start = Instant.now();
        DossierApi.Response whileOpen = submit(SEEN);

        assertThat(Duration.between(start, Instant.now())).isLessThan(Duration.ofSeconds(1));
        assertThat(whileOpen.status()).as(whileOpen.body()).isEqualTo(201);
        assertThat(CatalogueStub.shared().requests()).isEqualTo(whenOpened);
    }

    @Test
    void answers503ForAProcedureNeverSubmittedWhileTheCatalogueIsStopped() {
        assertThat(submit(SEEN).status()).isEqualTo(201);
        CatalogueStub.shared().stop();
        int count = dossierCount();

        DossierApi.Response response = submit(NEVER_SEEN);

        assertThat(response.status()).isEqualTo(503);
        assertThat(response.json().get("type").asString()).isEqualTo("https://egov.vn/problems/catalogue-unavailable");
        assertThat(dossierCount()).isEqualTo(count);
    }
}
