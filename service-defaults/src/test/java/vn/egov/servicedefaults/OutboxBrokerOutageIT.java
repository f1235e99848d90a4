package vn.egov.servicedefaults;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Files;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import vn.egov.contracts.Topics;
import vn.egov.embedded.KafkaBroker;
import vn.egov.testservice.TestService;
import vn.egov.testsupport.EgovIntegrationTest;
import vn.egov.testsupport.KafkaTestConsumer;

/** The outbox keeps events while the broker is down and delivers them, once, when it is back. */
@EgovIntegrationTest
class OutboxBrokerOutageIT {

    private static final KafkaBroker BROKER;

    static {
        try {
            BROKER = KafkaBroker.create(Files.createTempDirectory("outage-broker"), 0)
                    .start();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @DynamicPropertySource
    static void privateBroker(DynamicPropertyRegistry registry) {
        registry.add("spring.kafka.bootstrap-servers", BROKER::bootstrapServers);
        // The test service connects as the super user (application.yml), whose password is this broker's own.
        registry.add("egov.kafka.password", () -> BROKER.superUser().password());
        registry.add("egov.test.database", () -> "outbox_outage");
    }

    @AfterAll
    static void stopBroker() {
        BROKER.close();
    }

    @Autowired
    TestService.GreetingUseCase greetings;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void anEventWrittenWhileTheBrokerIsDownArrivesOnceItIsBack() {
        BROKER.stop();
        greetings.greet("while-kafka-is-down");
        await().during(Duration.ofSeconds(2))
                .atMost(Duration.ofSeconds(5))
                .untilAsserted(() -> assertThat(pending("while-kafka-is-down")).isEqualTo(1));

        BROKER.start();

        try (KafkaTestConsumer events = new KafkaTestConsumer(BROKER.superUserProperties(), Topics.DOSSIER_EVENTS)) {
            events.await(KafkaTestConsumer.subject("while-kafka-is-down"), Duration.ofSeconds(90));
            assertThat(events.all(KafkaTestConsumer.subject("while-kafka-is-down"), Duration.ofSeconds(2)))
                    .hasSize(1);
        }
        await().atMost(Duration.ofSeconds(10))
                .untilAsserted(() -> assertThat(pending("while-kafka-is-down")).isZero());
    }

    private int pending(String subject) {
        return jdbc.queryForObject(
                "select count(*) from outbox_event where subject = ? and published_at is null", Integer.class, subject);
    }
}
