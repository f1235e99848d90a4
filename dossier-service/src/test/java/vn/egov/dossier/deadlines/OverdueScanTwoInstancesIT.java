package vn.egov.dossier.deadlines;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.egov.dossier.Submissions.aSubmission;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.UUID;
import java.util.function.Predicate;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.test.context.TestPropertySource;
import vn.egov.contracts.Topics;
import vn.egov.contracts.dossier.DossierEvents;
import vn.egov.dossier.CatalogueStub;
import vn.egov.dossier.DossierServiceApplication;
import vn.egov.dossier.IntegrationTestBase;
import vn.egov.testsupport.EgovInfrastructureInitializer;
import vn.egov.testsupport.KafkaTestConsumer;
import vn.egov.testsupport.TestIdentity;

/**
 * Two instances of dossier-service on one database, each running the overdue scan every half second: a dossier past
 * its due date is flagged once, with one history entry and one {@code vn.egov.dossier.overdue} event, whichever
 * instance's scan gets to it.
 */
@TestPropertySource(properties = OverdueScanTwoInstancesIT.SCAN_OFTEN)
class OverdueScanTwoInstancesIT extends IntegrationTestBase {

    static final String SCAN_OFTEN = "egov.deadlines.overdue-scan-interval=PT0.5S";

    static final TestIdentity IDENTITY = TestIdentity.shared();
    static final String OWNER = IDENTITY.citizen("citizen-two-instances");
    static final String OFFICER = IDENTITY.officer("officer", CatalogueStub.AGENCY);

    private static ConfigurableApplicationContext secondInstance;

    @Autowired
    Clock clock;

    @AfterAll
    static void stopSecondInstance() {
        if (secondInstance != null) {
            secondInstance.close();
        }
    }

    @Test
    void anOverdueDossierIsFlaggedOnceWithTwoInstancesScanning() {
        secondInstance = new SpringApplicationBuilder(DossierServiceApplication.class)
                .initializers(new EgovInfrastructureInitializer())
                // As command-line arguments, which win over application.yml, as the first instance's test properties.
                .run(
                        "--server.port=0",
                        "--" + SCAN_OFTEN,
                        "--egov.outbox.poll-interval=200ms",
                        "--egov.catalogue.url=" + CatalogueStub.shared().url());
        String code = api.submit(
                        OWNER, UUID.randomUUID().toString(), aSubmission().json())
                .json()
                .get("code")
                .asString();
        assertThat(api.post("/api/dossiers/" + code + "/actions/accept", OFFICER, "")
                        .status())
                .isEqualTo(200);
        assertThat(api.post("/api/dossiers/" + code + "/actions/start-processing", OFFICER, "")
                        .status())
                .isEqualTo(200);

        try (KafkaTestConsumer events = new KafkaTestConsumer(Topics.DOSSIER_EVENTS)) {
            jdbc.update(
                    "update dossier set due_date = ? where code = ?",
                    java.sql.Date.valueOf(LocalDate.now(clock).minusDays(3)),
                    code);

            events.await(overdue(code), Duration.ofSeconds(30));
            // Both instances keep scanning meanwhile, several times each.
            assertThat(events.all(overdue(code), Duration.ofSeconds(3))).hasSize(1);
        }
        assertThat(jdbc.queryForObject(
                        """
                        select count(*) from dossier_history h join dossier d on d.id = h.dossier_id
                        where d.code = ? and h.kind = 'OVERDUE'
                        """,
                        Integer.class,
                        code))
                .isEqualTo(1);
        assertThat(api.get("/api/dossiers/" + code, OFFICER)
                        .json()
                        .get("overdue")
                        .asBoolean())
                .isTrue();
    }

    private static Predicate<ConsumerRecord<String, byte[]>> overdue(String code) {
        return record -> code.equals(KafkaTestConsumer.header(record, "ce_subject"))
                && DossierEvents.OVERDUE.type().equals(KafkaTestConsumer.header(record, "ce_type"));
    }
}
