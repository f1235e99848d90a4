package vn.egov.dossier.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static vn.egov.dossier.Submissions.aSubmission;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import vn.egov.contracts.Topics;
import vn.egov.dossier.IntegrationTestBase;
import vn.egov.embedded.KafkaBroker;
import vn.egov.testsupport.KafkaTestConsumer;
import vn.egov.testsupport.TestIdentity;

/** A citizen can submit while Kafka is down; the event reaches Kafka once it is back. */
class SubmitWhileKafkaIsDownIT extends IntegrationTestBase {

    private static final KafkaBroker BROKER;

    static {
        try {
            BROKER = KafkaBroker.create(Files.createTempDirectory("dossier-outage-broker"), 0)
                    .start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @DynamicPropertySource
    static void privateBroker(DynamicPropertyRegistry registry) {
        registry.add("spring.kafka.bootstrap-servers", BROKER::bootstrapServers);
    }

    @AfterAll
    static void stopBroker() {
        BROKER.close();
    }

    @Test
    void aDossierSubmittedWhileKafkaIsDownIsPublishedWhenItIsBack() {
        BROKER.stop();

        var response = api.submit(
                TestIdentity.shared().citizen("citizen"),
                UUID.randomUUID().toString(),
                aSubmission().json());

        assertThat(response.status()).as(response.body()).isEqualTo(201);
        String code = response.json().get("code").asString();
        assertThat(pending(code)).isEqualTo(1);

        BROKER.start();

        try (KafkaTestConsumer events = new KafkaTestConsumer(BROKER.superUserProperties(), Topics.DOSSIER_EVENTS)) {
            await().atMost(Duration.ofSeconds(90)).untilAsserted(() -> assertThat(
                            events.all(KafkaTestConsumer.subject(code), Duration.ofMillis(500)))
                    .singleElement()
                    .satisfies(record -> {
                        assertThat(KafkaTestConsumer.header(record, "ce_type")).isEqualTo("vn.egov.dossier.submitted");
                        assertThat(record.key()).isEqualTo(code);
                    }));
        }
        await().atMost(Duration.ofSeconds(15))
                .untilAsserted(() -> assertThat(pending(code)).isZero());
    }

    private int pending(String code) {
        return jdbc.queryForObject(
                "select count(*) from outbox_event where subject = ? and published_at is null", Integer.class, code);
    }
}
