package vn.egov.dossier.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static vn.egov.dossier.Submissions.aSubmission;

import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import vn.egov.contracts.Topics;
import vn.egov.contracts.catalogue.CatalogueEvents;
import vn.egov.contracts.catalogue.ProcedurePublished;
import vn.egov.dossier.CatalogueStub;
import vn.egov.dossier.DossierServiceApplication;
import vn.egov.dossier.EventPublisher;
import vn.egov.dossier.IntegrationTestBase;
import vn.egov.testsupport.EgovInfrastructureInitializer;
import vn.egov.testsupport.TestIdentity;

class CatalogueCacheIT extends IntegrationTestBase {

    static final String CITIZEN = TestIdentity.shared().citizen("citizen-cache");

    int submit() {
        return api.submit(CITIZEN, UUID.randomUUID().toString(), aSubmission().json())
                .status();
    }

    @Test
    void asksTheCatalogueOnceUntilAProcedureEventEvictsTheCachedVersion() {
        int before = CatalogueStub.shared().requests();
        assertThat(submit()).isEqualTo(201);
        assertThat(submit()).isEqualTo(201);
        assertThat(CatalogueStub.shared().requests() - before).isEqualTo(1);
        assertThat(catalogue.remembers(CatalogueStub.JUDICIAL_RECORD)).isTrue();

        publishNewVersion();
        await().atMost(Duration.ofSeconds(30)).until(() -> !catalogue.remembers(CatalogueStub.JUDICIAL_RECORD));

        assertThat(submit()).isEqualTo(201);
        assertThat(CatalogueStub.shared().requests() - before).isEqualTo(2);
    }

    /**
     * A second instance of the service beside this one, as in a deployment of two: a new version published in the
     * catalogue must reach both caches, not only the instance that happens to consume the event.
     */
    @Test
    void everyInstanceOfTheServiceForgetsAProcedureTheCatalogueChanged() {
        try (ConfigurableApplicationContext secondInstance = new SpringApplicationBuilder(
                        DossierServiceApplication.class)
                .initializers(new EgovInfrastructureInitializer())
                .run(
                        "--server.port=0",
                        "--egov.catalogue.url=" + CatalogueStub.shared().url())) {
            Catalogue other = secondInstance.getBean(Catalogue.class);
            assertThat(catalogue.procedure(CatalogueStub.JUDICIAL_RECORD)).isPresent();
            assertThat(other.procedure(CatalogueStub.JUDICIAL_RECORD)).isPresent();
            assertThat(catalogue.remembers(CatalogueStub.JUDICIAL_RECORD)).isTrue();
            assertThat(other.remembers(CatalogueStub.JUDICIAL_RECORD)).isTrue();

            publishNewVersion();

            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(List.of(
                            catalogue.remembers(CatalogueStub.JUDICIAL_RECORD),
                            other.remembers(CatalogueStub.JUDICIAL_RECORD)))
                    .containsExactly(false, false));
        }
    }

    private static void publishNewVersion() {
        EventPublisher.publish(
                Topics.CATALOGUE_EVENTS,
                EventPublisher.event(
                        UUID.randomUUID().toString(),
                        CatalogueEvents.PROCEDURE_PUBLISHED,
                        CatalogueStub.JUDICIAL_RECORD,
                        new ProcedurePublished(
                                CatalogueStub.JUDICIAL_RECORD,
                                4,
                                LocalDate.of(2026, 12, 1),
                                CatalogueStub.AGENCY,
                                "CITY",
                                4,
                                "FULL",
                                10,
                                5,
                                200000,
                                OffsetDateTime.parse("2026-11-23T09:00:00+07:00"),
                                4)));
    }

    @Test
    void servesACachedProcedureWhileTheCatalogueIsDown() {
        assertThat(submit()).isEqualTo(201);
        CatalogueStub.shared().failing(true);
        assertThat(submit()).isEqualTo(201);
    }

    @Test
    void cachesAVersionUnderItsNumber() {
        Procedure current = catalogue.procedure(CatalogueStub.JUDICIAL_RECORD).orElseThrow();
        int before = CatalogueStub.shared().requests();
        assertThat(catalogue.procedure(CatalogueStub.JUDICIAL_RECORD, current.version()))
                .contains(current);
        assertThat(CatalogueStub.shared().requests()).isEqualTo(before);
    }
}
