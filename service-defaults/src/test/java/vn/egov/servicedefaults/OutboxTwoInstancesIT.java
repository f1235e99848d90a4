package vn.egov.servicedefaults;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import vn.egov.testservice.TestService;
import vn.egov.testsupport.EgovInfrastructureInitializer;
import vn.egov.testsupport.EgovIntegrationTest;
import vn.egov.testsupport.KafkaTestConsumer;

/**
 * Two instances of one service on one database, each with its outbox relay: events written through either are
 * published once each and in the order they were written (one relay at a time per database), and when one instance
 * stops the other publishes everything that follows.
 */
@EgovIntegrationTest
class OutboxTwoInstancesIT {

    private static final String DATABASE = "outbox_two_instances";

    @DynamicPropertySource
    static void sharedDatabase(DynamicPropertyRegistry registry) {
        registry.add("egov.test.database", () -> DATABASE);
    }

    @Autowired
    TestService.GreetingUseCase first;

    @Autowired
    JdbcTemplate jdbc;

    private ConfigurableApplicationContext secondInstance;

    @AfterEach
    void stopSecondInstance() {
        if (secondInstance != null) {
            secondInstance.close();
        }
    }

    @Test
    void eventsWrittenThroughEitherInstanceArriveOnceEachAndInOrder() {
        secondInstance = startSecondInstance();
        TestService.GreetingUseCase second = secondInstance.getBean(TestService.GreetingUseCase.class);
        // One key for all: the relays must keep them in the order they were written, not only deliver each once.
        String dossier = "two-instances-" + UUID.randomUUID();

        for (int i = 0; i < 40; i++) {
            (i % 2 == 0 ? first : second).greet(dossier);
        }

        try (KafkaTestConsumer events = new KafkaTestConsumer(TestService.TOPIC)) {
            awaitPublished(dossier, 40);
            List<String> arrived = ids(events.all(KafkaTestConsumer.subject(dossier), Duration.ofSeconds(3)), 40);
            assertThat(arrived).hasSize(40).doesNotHaveDuplicates().containsExactlyElementsOf(written(dossier));
        }
    }

    @Test
    void whenOneInstanceStopsTheOtherPublishesWhatFollows() {
        secondInstance = startSecondInstance();
        TestService.GreetingUseCase second = secondInstance.getBean(TestService.GreetingUseCase.class);
        String dossier = "survivor-" + UUID.randomUUID();
        for (int i = 0; i < 10; i++) {
            second.greet(dossier);
        }

        secondInstance.close();
        secondInstance = null;
        for (int i = 0; i < 10; i++) {
            first.greet(dossier);
        }

        try (KafkaTestConsumer events = new KafkaTestConsumer(TestService.TOPIC)) {
            awaitPublished(dossier, 20);
            List<String> arrived = ids(events.all(KafkaTestConsumer.subject(dossier), Duration.ofSeconds(3)), 20);
            assertThat(arrived).hasSize(20).doesNotHaveDuplicates().containsExactlyElementsOf(written(dossier));
        }
    }

    /** The same service again, in a context of its own, on the same database and broker. */
    private static ConfigurableApplicationContext startSecondInstance() {
        return new SpringApplicationBuilder(TestService.class)
                .initializers(new EgovInfrastructureInitializer())
                .run("--server.port=0", "--egov.test.database=" + DATABASE);
    }

    private void awaitPublished(String subject, int count) {
        await("every event marked published").atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(
                        jdbc.queryForObject(
                                "select count(*) from outbox_event where subject = ? and published_at is not null",
                                Integer.class,
                                subject))
                .isEqualTo(count));
    }

    /** The events' ids in the order they were written. */
    private List<String> written(String subject) {
        return jdbc.queryForList("select id from outbox_event where subject = ? order by seq", String.class, subject);
    }

    private static List<String> ids(List<ConsumerRecord<String, byte[]>> records, int expected) {
        assertThat(records).as("records on Kafka").hasSize(expected);
        return records.stream()
                .map(record -> KafkaTestConsumer.header(record, "ce_id"))
                .toList();
    }
}
