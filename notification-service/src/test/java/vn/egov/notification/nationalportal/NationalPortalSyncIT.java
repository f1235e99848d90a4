package vn.egov.notification.nationalportal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.cloudevents.CloudEvent;
import io.cloudevents.core.builder.CloudEventBuilder;
import io.cloudevents.kafka.KafkaMessageFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.egov.contracts.EventType;
import vn.egov.contracts.Topics;
import vn.egov.contracts.dossier.DossierEvents;
import vn.egov.notification.support.DossierServiceStub;
import vn.egov.notification.support.SandboxPartners;
import vn.egov.notification.support.SandboxPartners.PortalSync;
import vn.egov.testsupport.EgovIntegrationTest;
import vn.egov.testsupport.KafkaTestConsumer;
import vn.egov.testsupport.TestIdentity;
import vn.egov.testsupport.TestInfrastructure;

/**
 * Dossier events on the real Kafka broker, pushed by the service to the real partner sandbox's national portal (its
 * own JVM), read back from what the portal received ({@code /sandbox/national-portal/dossiers/{code}}); the sync's
 * tables in the real PostgreSQL; the report through the service's API.
 */
@EgovIntegrationTest
@TestPropertySource(
        properties = {
            "egov.notification.national-portal.retry.initial-backoff=200ms",
            "egov.notification.national-portal.retry.max-backoff=500ms",
            "egov.notification.national-portal.retry.max-elapsed=3s",
            "egov.notification.national-portal.report.enabled=false",
            "egov.notification.digest.enabled=false",
            "egov.consumer.initial-backoff=200ms",
            "egov.consumer.max-backoff=1s",
            "egov.consumer.max-elapsed=5s"
        })
class NationalPortalSyncIT {

    private static final String AGENCY = "000.00.15.H17";
    private static final String OTHER_AGENCY = "000.00.16.H17";
    private static final String PROCEDURE = "2.000488";
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final AtomicInteger SEQUENCE = new AtomicInteger(1000 + (int) (Math.random() * 8000));
    private static final Duration PATIENCE = Duration.ofSeconds(60);

    /** A group of its own, inside the prefix its Kafka user may use: earlier runs and other contexts take none of its records. */
    private static final String GROUP = "notification-service.national-portal-it-" + UUID.randomUUID();

    static final DossierServiceStub DOSSIER_SERVICE = DossierServiceStub.start();
    static final SandboxPartners PARTNERS = SandboxPartners.start();

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    CompileDailyReport compileDailyReport;

    @DynamicPropertySource
    static void partners(DynamicPropertyRegistry registry) {
        registry.add("egov.dossier.url", DOSSIER_SERVICE::baseUrl);
        registry.add("egov.notification.sms.url", PARTNERS::baseUrl);
        registry.add("egov.notification.zalo.url", PARTNERS::baseUrl);
        registry.add("egov.notification.national-portal.url", PARTNERS::baseUrl);
        registry.add("egov.notification.national-portal.group-id", () -> GROUP);
    }

    @AfterEach
    void heal() {
        PARTNERS.heal();
    }

    @AfterAll
    static void stopPartners() {
        PARTNERS.close();
        DOSSIER_SERVICE.close();
    }

    @Test
    void pushesEveryStatusChangeOfADossierOnceAndInOrder() throws Exception {
        Dossier dossier = Dossier.next();

        dossier.submitted();
        dossier.changed(DossierEvents.ACCEPTED, "ACCEPTED", 2, "NEW");
        dossier.changed(DossierEvents.PROCESSING_STARTED, "IN_PROCESSING", 4, "ACCEPTED");
        dossier.changed(DossierEvents.PAYMENT_REQUESTED, "AWAITING_PAYMENT", 6, "IN_PROCESSING");
        dossier.changed(DossierEvents.PAYMENT_RECEIVED, "IN_PROCESSING", 4, "AWAITING_PAYMENT");
        dossier.changed(DossierEvents.PROCESSED, "PROCESSED", 9, "IN_PROCESSING");
        dossier.changed(DossierEvents.RESULT_RETURNED, "RESULT_RETURNED", 10, "PROCESSED");

        List<PortalSync> syncs = awaitSyncs(dossier.code, 7);
        assertThat(syncs).extracting(PortalSync::status).containsExactly(1, 2, 4, 6, 4, 9, 10);
        assertThat(syncs).extracting(PortalSync::updating).containsExactly(false, true, true, true, true, true, true);
        assertThat(syncs.get(0).fields())
                .containsEntry("MaHoSo", dossier.code)
                .containsEntry("MaTTHC", PROCEDURE)
                .containsEntry("DonViXuLy", AGENCY)
                .containsEntry("KenhThucHien", "2")
                .containsEntry("TrangThaiHoSo", "1")
                .containsEntry("NgayTiepNhan", "20261123091500")
                .doesNotContainKeys("NgayHenTra", "NgayKetThucXuLy", "NgayTra");
        assertThat(syncs.get(1).fields())
                .containsEntry("NgayTiepNhan", "20261123091500")
                .containsEntry("NgayHenTra", "20261204170000");
        assertThat(syncs.get(6).fields())
                .containsEntry("TrangThaiHoSo", "10")
                .containsEntry("NgayKetThucXuLy", dossier.timeOf(5))
                .containsEntry("NgayTra", dossier.timeOf(6));
        // Only what the portal needs to follow the dossier: no applicant data.
        assertThat(syncs).allSatisfy(sync -> assertThat(sync.fields().keySet())
                .isSubsetOf(
                        "MaHoSo",
                        "MaTTHC",
                        "DonViXuLy",
                        "KenhThucHien",
                        "TrangThaiHoSo",
                        "NgayTiepNhan",
                        "NgayHenTra",
                        "NgayKetThucXuLy",
                        "NgayTra"));
        assertThat(pushStates(dossier.code)).containsOnly("ACKNOWLEDGED");
        assertThat(unsynced(TestIdentity.shared().admin("admin")).findValuesAsString("dossierCode"))
                .doesNotContain(dossier.code);
    }

    @Test
    void doesNotPushARedeliveredEventTwice() throws Exception {
        Dossier dossier = Dossier.next();
        CloudEvent submitted = dossier.submitted();
        awaitSyncs(dossier.code, 1);

        publish(submitted);
        publish(submitted);
        dossier.changed(DossierEvents.ACCEPTED, "ACCEPTED", 2, "NEW");

        // The acceptance follows the redeliveries in the dossier's partition: once it is at the portal, they were seen.
        assertThat(awaitSyncs(dossier.code, 2)).extracting(PortalSync::status).containsExactly(1, 2);
        assertThat(jdbc.queryForObject(
                        "select attempts from national_portal_push where event_id = ?",
                        Integer.class,
                        submitted.getId()))
                .isEqualTo(1);
    }

    @Test
    void retriesWhileThePortalAnswers503ThenPushesOnce() throws Exception {
        Dossier dossier = Dossier.next();
        // The group starts from the topic's beginning: earlier classes' events must not take the planned failures.
        awaitCaughtUp();
        PARTNERS.failNextPortalSyncs(2);

        CloudEvent submitted = dossier.submitted();

        assertThat(awaitSyncs(dossier.code, 1)).extracting(PortalSync::status).containsExactly(1);
        await().atMost(PATIENCE).until(() -> pushStates(dossier.code).equals(List.of("ACKNOWLEDGED")));
        assertThat(jdbc.queryForObject(
                        "select attempts from national_portal_push where event_id = ?",
                        Integer.class,
                        submitted.getId()))
                .isEqualTo(3);
    }

    @Test
    void logsInAgainWhenThePortalEndedTheSession() throws Exception {
        Dossier dossier = Dossier.next();
        dossier.submitted();
        awaitSyncs(dossier.code, 1);

        PARTNERS.expirePortalSessions();
        dossier.changed(DossierEvents.ACCEPTED, "ACCEPTED", 2, "NEW");

        assertThat(awaitSyncs(dossier.code, 2)).extracting(PortalSync::status).containsExactly(1, 2);
    }

    @Test
    void doesNotLetALateEventOverwriteANewerStatus() throws Exception {
        Dossier dossier = Dossier.next();
        dossier.submitted();
        dossier.changed(DossierEvents.ACCEPTED, "ACCEPTED", 2, "NEW");
        dossier.changed(DossierEvents.PROCESSING_STARTED, "IN_PROCESSING", 4, "ACCEPTED");
        awaitSyncs(dossier.code, 3);

        CloudEvent late = dossier.event(UUID.randomUUID().toString(), DossierEvents.ACCEPTED, "ACCEPTED", 2, "NEW", 1);
        publish(late);
        dossier.changed(DossierEvents.PAYMENT_REQUESTED, "AWAITING_PAYMENT", 6, "IN_PROCESSING");

        assertThat(awaitSyncs(dossier.code, 4)).extracting(PortalSync::status).containsExactly(1, 2, 4, 6);
        assertThat(jdbc.queryForObject(
                        "select state from national_portal_push where event_id = ?", String.class, late.getId()))
                .isEqualTo("STALE");
    }

    @Nested
    class WhenThePortalRefusesARecord {

        @Test
        void deadLettersTheEventAtOnceAndReportsTheDossier() throws Exception {
            Dossier dossier = Dossier.local();
            try (KafkaTestConsumer deadLetters = new KafkaTestConsumer(Topics.NATIONAL_PORTAL_DEAD_LETTERS)) {

                CloudEvent submitted = dossier.submitted();

                ConsumerRecord<String, byte[]> dead =
                        deadLetters.await(record -> dossier.code.equals(record.key()), PATIENCE);
                assertThat(header(dead, "ce_id")).isEqualTo(submitted.getId());
                assertThat(header(dead, "egov-national-portal-outcome")).isEqualTo("refused");
                assertThat(header(dead, "egov-national-portal-error")).contains("MaTTHC");
                assertThat(header(dead, "kafka_dlt-original-topic")).isEqualTo(Topics.DOSSIER_EVENTS);
            }
            assertThat(PARTNERS.portalSyncsOf(dossier.code)).isEmpty();

            JsonNode entry = await().atMost(PATIENCE)
                    .until(() -> find(unsynced(TestIdentity.shared().admin("admin")), dossier.code), e -> e != null);
            assertThat(entry.path("reason").asString()).isEqualTo("REFUSED");
            assertThat(entry.path("attempts").asInt()).isEqualTo(1);
            assertThat(entry.path("error").asString()).contains("MaTTHC");
            assertThat(entry.path("lastStatusCode").asInt()).isEqualTo(1);
            assertThat(entry.path("portalStatusCode").isNull()).isTrue();
        }

        @Test
        void listsTheDossierInTheDailyReportForItsAgencysOfficersOnly() throws Exception {
            Dossier dossier = Dossier.local();
            dossier.submitted();
            await().atMost(PATIENCE).until(() -> pushStates(dossier.code).equals(List.of("REFUSED")));
            LocalDate day = LocalDate.of(2030, 1, 1).plusDays(SEQUENCE.incrementAndGet());

            assertThat(compileDailyReport.compile(day)).isPresent();
            assertThat(compileDailyReport.compile(day))
                    .as("compiled once per day")
                    .isEmpty();

            JsonNode ofAgency = json(get(
                    "/api/notifications/national-portal/reports/" + day,
                    TestIdentity.shared().officer("officer", AGENCY)));
            assertThat(ofAgency.path("items").findValuesAsString("dossierCode")).contains(dossier.code);
            JsonNode ofOther = json(get(
                    "/api/notifications/national-portal/reports/" + day,
                    TestIdentity.shared().officer("other", OTHER_AGENCY)));
            assertThat(ofOther.path("items").findValuesAsString("dossierCode")).doesNotContain(dossier.code);
            assertThat(unsynced(TestIdentity.shared().officer("other", OTHER_AGENCY))
                            .findValuesAsString("dossierCode"))
                    .doesNotContain(dossier.code);
        }
    }

    @Test
    void answersTheReportInThePagingEnvelopeAndRefusesCitizens() throws Exception {
        JsonNode page = json(get(
                "/api/notifications/national-portal/unsynced?page=0&size=5",
                TestIdentity.shared().admin("admin")));
        assertThat(page.path("page").path("number").asInt()).isZero();
        assertThat(page.path("page").path("size").asInt()).isEqualTo(5);
        assertThat(page.path("page").has("totalItems")).isTrue();
        assertThat(page.path("page").has("totalPages")).isTrue();
        assertThat(page.path("page").has("hasNext")).isTrue();

        HttpResponse<String> citizen = get(
                "/api/notifications/national-portal/unsynced",
                TestIdentity.shared().citizen("citizen"));
        assertThat(citizen.statusCode()).isEqualTo(403);
        HttpResponse<String> badSize = get(
                "/api/notifications/national-portal/unsynced?size=1000",
                TestIdentity.shared().admin("admin"));
        assertThat(badSize.statusCode()).isEqualTo(400);
        assertThat(badSize.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        HttpResponse<String> noReport = get(
                "/api/notifications/national-portal/reports/1999-01-01",
                TestIdentity.shared().admin("admin"));
        assertThat(noReport.statusCode()).isEqualTo(404);
    }

    // --- helpers

    /** A dossier of its own, so tests never see each other's records; its events carry increasing versions. */
    static final class Dossier {
        final String code;
        final String procedure;
        private final OffsetDateTime submittedAt = OffsetDateTime.parse("2026-11-23T09:15:00+07:00");
        private long version = 0;

        private Dossier(String code, String procedure) {
            this.code = code;
            this.procedure = procedure;
        }

        static Dossier next() {
            return new Dossier(AGENCY + "-261123-" + SEQUENCE.incrementAndGet(), PROCEDURE);
        }

        /** A dossier of a local procedure, which the national portal's database does not have. */
        static Dossier local() {
            return new Dossier(AGENCY + "-261123-" + SEQUENCE.incrementAndGet(), "DN-LOCAL-01");
        }

        CloudEvent submitted() throws Exception {
            Map<String, Object> data = new LinkedHashMap<>();
            data.put("dossierCode", code);
            data.put("procedureCode", procedure);
            data.put("procedureVersion", 1);
            data.put("agencyCode", AGENCY);
            data.put("agencyLevel", "CITY");
            data.put("serviceLevel", 4);
            data.put("channel", "ONLINE");
            data.put("status", "NEW");
            data.put("statusCode", 1);
            data.put("feeAmount", 200000);
            data.put("submittedAt", submittedAt.toString());
            data.put("aggregateVersion", 0);
            CloudEvent event = cloudEvent(UUID.randomUUID().toString(), DossierEvents.SUBMITTED, submittedAt, data);
            publish(event);
            return event;
        }

        CloudEvent changed(EventType type, String status, int statusCode, String previous) throws Exception {
            CloudEvent event = event(UUID.randomUUID().toString(), type, status, statusCode, previous, ++version);
            publish(event);
            return event;
        }

        /** The transition of the given version, at an hour per version after the submission. */
        CloudEvent event(String id, EventType type, String status, int statusCode, String previous, long version) {
            Map<String, Object> data = new LinkedHashMap<>();
            data.put("dossierCode", code);
            data.put("procedureCode", procedure);
            data.put("agencyCode", AGENCY);
            data.put("agencyLevel", "CITY");
            data.put("channel", "ONLINE");
            data.put("status", status);
            data.put("statusCode", statusCode);
            data.put("previousStatus", previous);
            data.put("reason", null);
            data.put("dueDate", "2026-12-04");
            data.put("occurredAt", at(version).toString());
            data.put("aggregateVersion", version);
            return cloudEvent(id, type, at(version), data);
        }

        /** The portal's time of the transition of {@code version}. */
        String timeOf(long version) {
            return at(version).format(java.time.format.DateTimeFormatter.ofPattern("yyyyMMddHHmmss"));
        }

        private OffsetDateTime at(long version) {
            return submittedAt.plusHours(version);
        }

        private CloudEvent cloudEvent(String id, EventType type, OffsetDateTime time, Map<String, Object> data) {
            return CloudEventBuilder.v1()
                    .withId(id)
                    .withSource(URI.create("/egov/dossier-service"))
                    .withType(type.type())
                    .withSubject(code)
                    .withTime(time)
                    .withDataSchema(type.dataSchema())
                    .withDataContentType("application/json")
                    .withData(JSON.writeValueAsBytes(data))
                    .build();
        }
    }

    private static void publish(CloudEvent event) throws Exception {
        // As the broker's super user: the test publishes what dossier-service would.
        try (KafkaProducer<String, byte[]> producer =
                TestInfrastructure.shared().kafkaProducer()) {
            producer.send(KafkaMessageFactory.createWriter(Topics.DOSSIER_EVENTS, event.getSubject())
                            .writeBinary(event))
                    .get();
        }
    }

    /** Until the sync's consumer group has read every dossier event published so far. */
    private static void awaitCaughtUp() throws Exception {
        try (Admin admin = Admin.create(TestInfrastructure.shared().kafkaSuperUserProperties())) {
            await().atMost(PATIENCE).until(() -> {
                Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(GROUP)
                        .partitionsToOffsetAndMetadata()
                        .get();
                Map<TopicPartition, OffsetSpec> ends = new java.util.HashMap<>();
                admin.describeTopics(List.of(Topics.DOSSIER_EVENTS))
                        .allTopicNames()
                        .get()
                        .get(Topics.DOSSIER_EVENTS)
                        .partitions()
                        .forEach(p -> ends.put(
                                new TopicPartition(Topics.DOSSIER_EVENTS, p.partition()), OffsetSpec.latest()));
                return admin.listOffsets(ends).all().get().entrySet().stream()
                        .allMatch(end -> end.getValue().offset() == 0
                                || (committed.get(end.getKey()) != null
                                        && committed.get(end.getKey()).offset()
                                                >= end.getValue().offset()));
            });
        }
    }

    private static List<PortalSync> awaitSyncs(String dossierCode, int count) {
        List<PortalSync> syncs =
                await().atMost(PATIENCE).until(() -> PARTNERS.portalSyncsOf(dossierCode), list -> list.size() >= count);
        // Give a duplicate the time to show up before saying there is none.
        await().pollDelay(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(5)).until(() -> true);
        List<PortalSync> settled = PARTNERS.portalSyncsOf(dossierCode);
        assertThat(settled).hasSize(count);
        return settled;
    }

    private List<String> pushStates(String dossierCode) {
        return jdbc.queryForList(
                "select state from national_portal_push where dossier_code = ? order by aggregate_version",
                String.class,
                dossierCode);
    }

    private JsonNode unsynced(String token) throws Exception {
        return json(get("/api/notifications/national-portal/unsynced?size=100", token))
                .path("items");
    }

    private static JsonNode find(JsonNode items, String dossierCode) {
        for (JsonNode item : items) {
            if (dossierCode.equals(item.path("dossierCode").asString())) {
                return item;
            }
        }
        return null;
    }

    private static String header(ConsumerRecord<String, byte[]> record, String name) {
        return record.headers().lastHeader(name) == null
                ? null
                : new String(record.headers().lastHeader(name).value(), StandardCharsets.UTF_8);
    }

    private static JsonNode json(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return JSON.readTree(response.body());
    }

    private HttpResponse<String> get(String path, String token) throws Exception {
        return HTTP.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                        .header("Authorization", "Bearer " + token)
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
