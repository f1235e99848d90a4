package vn.egov.notification.dossier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.cloudevents.CloudEvent;
import io.cloudevents.core.builder.CloudEventBuilder;
import io.cloudevents.kafka.KafkaMessageFactory;
import java.net.URI;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.json.JsonMapper;
import vn.egov.contracts.Topics;
import vn.egov.contracts.dossier.DossierEvents;
import vn.egov.notification.NotificationServiceApplication;
import vn.egov.notification.support.DossierServiceStub;
import vn.egov.notification.support.SandboxPartners;
import vn.egov.testsupport.EgovInfrastructureInitializer;
import vn.egov.testsupport.EgovIntegrationTest;
import vn.egov.testsupport.TestInfrastructure;

/**
 * Two instances of notification-service in one consumer group, on one database, in front of the real partner
 * sandbox: every dossier event is handled by one of them, so each applicant gets exactly one SMS, while both
 * instances keep running and one joins the group as the events arrive.
 */
@EgovIntegrationTest
class TwoInstancesNotifyIT {

    private static final String AGENCY = "000.00.15.H17";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    static final DossierServiceStub DOSSIER_SERVICE = DossierServiceStub.start();
    static final SandboxPartners PARTNERS = SandboxPartners.start();

    private static ConfigurableApplicationContext secondInstance;

    @Autowired
    JdbcTemplate jdbc;

    /** Both instances are configured alike: the same partners, the same dossier-service. */
    static Map<String, Object> partnerSettings() {
        Map<String, Object> settings = new LinkedHashMap<>();
        settings.put("egov.dossier.url", DOSSIER_SERVICE.baseUrl());
        settings.put("egov.notification.sms.url", PARTNERS.baseUrl());
        settings.put("egov.notification.sms.api-key", SandboxPartners.SMS_API_KEY);
        settings.put("egov.notification.sms.secret-key", SandboxPartners.SMS_SECRET_KEY);
        settings.put("egov.notification.zalo.url", PARTNERS.baseUrl());
        settings.put("egov.notification.zalo.access-token", SandboxPartners.ZNS_TOKEN);
        return settings;
    }

    @DynamicPropertySource
    static void partners(DynamicPropertyRegistry registry) {
        partnerSettings().forEach((name, value) -> registry.add(name, () -> value));
    }

    @AfterAll
    static void stopEverything() {
        if (secondInstance != null) {
            secondInstance.close();
        }
        PARTNERS.close();
        DOSSIER_SERVICE.close();
    }

    @Test
    void eachDossierEventSendsOneSmsWithTwoInstancesInTheGroup() throws Exception {
        // As command-line arguments, which win over application.yml, as the first instance's test properties.
        List<String> arguments = new ArrayList<>(List.of("--server.port=0"));
        partnerSettings().forEach((name, value) -> arguments.add("--" + name + "=" + value));
        secondInstance = new SpringApplicationBuilder(NotificationServiceApplication.class)
                .initializers(new EgovInfrastructureInitializer())
                .run(arguments.toArray(String[]::new));

        List<String> phones = new ArrayList<>();
        List<String> eventIds = new ArrayList<>();
        int base = ThreadLocalRandom.current().nextInt(100_000, 900_000);
        try (KafkaProducer<String, byte[]> producer = producer()) {
            for (int i = 0; i < 12; i++) {
                // Different dossiers, so their events spread over the topic's partitions, and so over both instances.
                String subscriber = Integer.toString(base + i);
                String dossierCode = AGENCY + "-261123-" + subscriber;
                DOSSIER_SERVICE.contact(
                        dossierCode, "0905" + subscriber, "applicant" + subscriber + "@example.vn", List.of("SMS"));
                CloudEvent event = submitted(UUID.randomUUID().toString(), dossierCode);
                producer.send(KafkaMessageFactory.createWriter(Topics.DOSSIER_EVENTS, dossierCode)
                                .writeBinary(event))
                        .get();
                phones.add("84905" + subscriber);
                eventIds.add(event.getId());
            }
        }

        await("one SMS for each event")
                .atMost(Duration.ofSeconds(90))
                .pollInterval(Duration.ofMillis(500))
                .until(() ->
                        phones.stream().allMatch(phone -> !PARTNERS.smsTo(phone).isEmpty()));
        // Time for a second delivery to show, were an event handled by both instances.
        await().pollDelay(Duration.ofSeconds(3)).until(() -> true);
        for (String phone : phones) {
            assertThat(PARTNERS.smsTo(phone)).as("SMS to %s", phone).hasSize(1);
        }
        for (String eventId : eventIds) {
            assertThat(jdbc.queryForObject(
                            "select count(*) from delivery where event_id = ? and channel = 'SMS'",
                            Integer.class,
                            eventId))
                    .as("SMS deliveries of event %s", eventId)
                    .isEqualTo(1);
        }
    }

    private static KafkaProducer<String, byte[]> producer() {
        // As the broker's super user: the test publishes what dossier-service would.
        return TestInfrastructure.shared().kafkaProducer();
    }

    private static CloudEvent submitted(String id, String dossierCode) {
        return CloudEventBuilder.v1()
                .withId(id)
                .withSource(URI.create("/egov/dossier-service"))
                .withType(DossierEvents.SUBMITTED.type())
                .withSubject(dossierCode)
                .withTime(OffsetDateTime.parse("2026-11-23T09:15:00+07:00"))
                .withDataSchema(DossierEvents.SUBMITTED.dataSchema())
                .withDataContentType("application/json")
                .withData(JSON.writeValueAsBytes(DossierSubmittedExample.forDossier(dossierCode)))
                .build();
    }
}
