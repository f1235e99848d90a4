package vn.egov.servicedefaults;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.egov.contracts.Topics;
import vn.egov.testsupport.EgovIntegrationTest;
import vn.egov.testsupport.KafkaTestConsumer;

/**
 * When Kafka refuses one event of a round (here one larger than the producer's 1 MB request limit), the events it
 * accepted stay marked published and are not sent again, and the refused one keeps its attempts and error.
 */
@EgovIntegrationTest
class OutboxRefusalIT {

    @DynamicPropertySource
    static void ownDatabase(DynamicPropertyRegistry registry) {
        registry.add("egov.test.database", () -> "outbox_refusal");
    }

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PlatformTransactionManager transactions;

    @Test
    void whatKafkaAcceptedStaysPublishedAndTheRefusedEventKeepsItsError() {
        String run = UUID.randomUUID().toString();
        try (KafkaTestConsumer events = new KafkaTestConsumer(Topics.DOSSIER_EVENTS)) {
            // One transaction: the relay sees the three in one round.
            new TransactionTemplate(transactions).executeWithoutResult(status -> {
                insert(run + "-before", "{\"note\": \"small\"}");
                insert(run + "-huge", "{\"note\": \"" + "x".repeat(1_200_000) + "\"}");
                insert(run + "-after", "{\"note\": \"small\"}");
            });

            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
                assertThat(attempts(run + "-huge")).isGreaterThanOrEqualTo(1);
                assertThat(published(run + "-before")).isTrue();
                assertThat(published(run + "-after")).isTrue();
            });
            assertThat(published(run + "-huge")).isFalse();
            assertThat(jdbc.queryForObject(
                            "select last_error from outbox_event where subject = ?", String.class, run + "-huge"))
                    .contains("RecordTooLarge");

            events.await(KafkaTestConsumer.subject(run + "-after"), Duration.ofSeconds(30));
            // Rounds go on retrying the refused event; the accepted ones are never sent again.
            await().atMost(Duration.ofSeconds(10)).until(() -> attempts(run + "-huge") >= 3);
            assertThat(events.all(KafkaTestConsumer.subject(run + "-before"), Duration.ofSeconds(2)))
                    .hasSize(1);
            assertThat(events.all(KafkaTestConsumer.subject(run + "-after"), Duration.ofSeconds(1)))
                    .hasSize(1);
        } finally {
            jdbc.update("delete from outbox_event where subject = ?", run + "-huge");
        }
    }

    private void insert(String subject, String data) {
        jdbc.update(
                """
                insert into outbox_event (id, topic, record_key, type, subject, data_schema, data, aggregate_version,
                                          occurred_at)
                values (?, ?, ?, 'vn.egov.dossier.submitted', ?, 'https://egov.vn/schemas/dossier/submitted/v1.json',
                        cast(? as jsonb), 0, ?)
                """,
                UUID.randomUUID(),
                Topics.DOSSIER_EVENTS,
                subject,
                subject,
                data,
                Timestamp.from(Instant.now()));
    }

    private int attempts(String subject) {
        return jdbc.queryForObject("select attempts from outbox_event where subject = ?", Integer.class, subject);
    }

    private boolean published(String subject) {
        return jdbc.queryForObject(
                "select published_at is not null from outbox_event where subject = ?", Boolean.class, subject);
    }
}
