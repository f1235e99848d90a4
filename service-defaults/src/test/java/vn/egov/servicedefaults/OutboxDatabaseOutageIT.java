package vn.egov.servicedefaults;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import vn.egov.contracts.Topics;
import vn.egov.testservice.TestService;
import vn.egov.testsupport.EgovIntegrationTest;
import vn.egov.testsupport.KafkaTestConsumer;

/**
 * When Kafka accepted an event but the database failed as the relay recorded it (PostgreSQL restarting, say), the next
 * round records it instead of sending it again: ministries get the event once. The failure is a real one of the real
 * database: a trigger refuses the first mark of the event, which rolls back the relay's whole round.
 */
@EgovIntegrationTest
class OutboxDatabaseOutageIT {

    @DynamicPropertySource
    static void ownDatabase(DynamicPropertyRegistry registry) {
        registry.add("egov.test.database", () -> "outbox_database_outage");
    }

    @Autowired
    TestService.GreetingUseCase greetings;

    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void removeTheFault() {
        jdbc.execute("drop trigger if exists refuse_first_mark on outbox_event");
    }

    @Test
    void anEventKafkaAcceptedIsNotSentAgainWhenRecordingItFailed() {
        String subject = "mark-fails-" + UUID.randomUUID();
        // A sequence, since it is not rolled back with the round it fails: only the first mark is refused.
        jdbc.execute("create sequence if not exists mark_attempts");
        jdbc.execute(
                """
                create or replace function refuse_first_mark() returns trigger language plpgsql as $$
                begin
                    if new.published_at is not null and old.published_at is null
                            and new.subject like 'mark-fails-%' and nextval('mark_attempts') = 1 then
                        raise exception 'the database went away';
                    end if;
                    return new;
                end $$
                """);
        jdbc.execute("alter sequence mark_attempts restart");
        jdbc.execute(
                """
                create trigger refuse_first_mark before update on outbox_event
                for each row execute function refuse_first_mark()
                """);

        try (KafkaTestConsumer events = new KafkaTestConsumer(Topics.DOSSIER_EVENTS)) {
            greetings.greet(subject);

            events.await(KafkaTestConsumer.subject(subject), Duration.ofSeconds(30));
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(jdbc.queryForObject(
                            "select count(*) from outbox_event where subject = ? and published_at is null",
                            Integer.class,
                            subject))
                    .isZero());
            assertThat(jdbc.queryForObject("select last_value from mark_attempts", Long.class))
                    .as("the first mark was refused, the second recorded it")
                    .isGreaterThanOrEqualTo(2);
            assertThat(events.all(KafkaTestConsumer.subject(subject), Duration.ofSeconds(3)))
                    .hasSize(1);
        }
    }
}
