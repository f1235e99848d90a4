package vn.egov.servicedefaults;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
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
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.egov.contracts.Topics;
import vn.egov.contracts.dossier.DossierEvents;
import vn.egov.servicedefaults.outbox.ContractEvent;
import vn.egov.servicedefaults.outbox.Outbox;
import vn.egov.testservice.TestService;
import vn.egov.testsupport.EgovIntegrationTest;
import vn.egov.testsupport.KafkaTestConsumer;
import vn.egov.testsupport.TestIdentity;
import vn.egov.testsupport.TestInfrastructure;

@EgovIntegrationTest
class ServiceDefaultsIT {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    @LocalManagementPort
    int managementPort;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Outbox outbox;

    @Autowired
    TestService.GreetingUseCase greetings;

    @Nested
    class TransactionalOutbox {

        @Test
        void publishesACloudEventWithTheStateChange() throws Exception {
            String code = "000.00.15.H17-261123-" + (1000 + (int) (Math.random() * 8999));
            try (KafkaTestConsumer events = new KafkaTestConsumer(Topics.DOSSIER_EVENTS)) {
                HttpResponse<String> response = post("/greetings", "{\"text\":\"" + code + "\"}", citizen(), "corr-42");
                assertThat(response.statusCode()).isEqualTo(200);

                ConsumerRecord<String, byte[]> record =
                        events.await(KafkaTestConsumer.subject(code), Duration.ofSeconds(30));
                CloudEvent event = KafkaMessageFactory.createReader(record).toEvent();
                assertThat(record.key()).isEqualTo(code);
                assertThat(event.getType()).isEqualTo("vn.egov.dossier.submitted");
                assertThat(event.getSource()).isEqualTo(URI.create("/egov/service-defaults-test"));
                assertThat(event.getDataSchema()).isEqualTo(DossierEvents.SUBMITTED.dataSchema());
                assertThat(event.getExtension("correlationid")).isEqualTo("corr-42");
                assertThat(event.getTime().getOffset().getId()).isEqualTo("+07:00");
                JsonNode data = JSON.readTree(event.getData().toBytes());
                assertThat(data.get("dossierCode").asString()).isEqualTo(code);
                assertThat(data.get("submittedAt").asString()).isEqualTo("2026-11-23T09:15:00+07:00");
            }
            assertThat(jdbc.queryForObject(
                            "select count(*) from outbox_event where subject = ? and published_at is not null",
                            Integer.class,
                            code))
                    .isEqualTo(1);
        }

        @Test
        void carriesTheTraceOfTheRequestToKafka() throws Exception {
            String code = "000.00.15.H17-261124-" + (1000 + (int) (Math.random() * 8999));
            String traceId = "4bf92f3577b34da6a3ce929d0e0e4736";
            try (KafkaTestConsumer events = new KafkaTestConsumer(Topics.DOSSIER_EVENTS)) {
                HttpResponse<String> response = HTTP.send(
                        HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/greetings"))
                                .header("Content-Type", "application/json")
                                .header("Authorization", "Bearer " + citizen())
                                .header("traceparent", "00-" + traceId + "-00f067aa0ba902b7-01")
                                .POST(HttpRequest.BodyPublishers.ofString("{\"text\":\"" + code + "\"}"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
                assertThat(response.statusCode()).isEqualTo(200);

                ConsumerRecord<String, byte[]> record =
                        events.await(KafkaTestConsumer.subject(code), Duration.ofSeconds(30));
                assertThat(KafkaTestConsumer.header(record, "traceparent")).startsWith("00-" + traceId + "-");
                assertThat(KafkaTestConsumer.header(record, "ce_traceparent")).startsWith("00-" + traceId + "-");
            }
        }

        @Test
        void writesNoEventWhenTheStateChangeRollsBack() {
            int before = jdbc.queryForObject("select count(*) from outbox_event where subject = 'fail'", Integer.class);
            assertThatThrownBy(() -> greetings.greet("fail")).isInstanceOf(IllegalStateException.class);
            assertThat(jdbc.queryForObject("select count(*) from outbox_event where subject = 'fail'", Integer.class))
                    .isEqualTo(before);
        }

        @Test
        void refusesAnEventOutsideATransaction() {
            assertThatThrownBy(() -> outbox.add(ContractEvent.of(
                            DossierEvents.SUBMITTED, "x", TestService.GreetingUseCase.submitted("x"), 0)))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("transaction");
        }
    }

    @Nested
    class IdempotentConsumer {

        @Test
        void aRedeliveredEventHasItsSideEffectOnce() throws Exception {
            String id = UUID.randomUUID().toString();
            send("test.side-effects", cloudEvent(id));
            send("test.side-effects", cloudEvent(id));

            await().atMost(Duration.ofSeconds(30))
                    .until(() -> jdbc.queryForObject(
                                    "select count(*) from processed_event where event_id = ?", Integer.class, id)
                            == 1);
            String marker = UUID.randomUUID().toString();
            send("test.side-effects", cloudEvent(marker));
            await().atMost(Duration.ofSeconds(30))
                    .until(() -> jdbc.queryForObject(
                                    "select count(*) from side_effect where event_id = ?", Integer.class, marker)
                            == 1);
            // the marker was sent after both copies: when it is done, both copies were handled
            assertThat(jdbc.queryForObject("select count(*) from side_effect where event_id = ?", Integer.class, id))
                    .isEqualTo(1);
        }

        @Test
        void theListenerContinuesTheTraceOfTheEvent() throws Exception {
            String id = UUID.randomUUID().toString();
            String traceId = "0af7651916cd43dd8448eb211c80319c";
            ProducerRecord<String, byte[]> record = cloudEvent(id);
            record.headers()
                    .add("traceparent", ("00-" + traceId + "-b7ad6b7169203331-01").getBytes(StandardCharsets.UTF_8));
            send("test.side-effects", record);

            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(
                            jdbc.queryForList("select trace_id from side_effect where event_id = ?", String.class, id))
                    .containsExactly(traceId));
        }

        @Test
        void aRecordThatIsNotACloudEventGoesToTheDeadLetterTopic() throws Exception {
            String body = "not a cloud event " + UUID.randomUUID();
            try (KafkaTestConsumer deadLetters = new KafkaTestConsumer("test.side-effects.service-defaults-test.dlt")) {
                send(
                        "test.side-effects",
                        new ProducerRecord<>("test.side-effects", "k", body.getBytes(StandardCharsets.UTF_8)));
                ConsumerRecord<String, byte[]> dead = deadLetters.await(
                        r -> new String(r.value(), StandardCharsets.UTF_8).equals(body), Duration.ofSeconds(60));
                assertThat(KafkaTestConsumer.header(dead, "kafka_dlt-exception-fqcn"))
                        .isNotBlank();
            }
        }

        private ProducerRecord<String, byte[]> cloudEvent(String id) throws Exception {
            CloudEvent event = CloudEventBuilder.v1()
                    .withId(id)
                    .withSource(URI.create("/test"))
                    .withType("vn.egov.dossier.submitted")
                    .withSubject("000.00.15.H17-261123-0001")
                    .withDataContentType("application/json")
                    .withData(
                            JSON.writeValueAsBytes(TestService.GreetingUseCase.submitted("000.00.15.H17-261123-0001")))
                    .build();
            return KafkaMessageFactory.createWriter("test.side-effects", "000.00.15.H17-261123-0001")
                    .writeBinary(event);
        }

        private void send(String topic, ProducerRecord<String, byte[]> record) throws Exception {
            try (KafkaProducer<String, byte[]> producer =
                    TestInfrastructure.shared().kafkaProducer()) {
                producer.send(record).get();
            }
        }
    }

    @Nested
    class ProblemDetails {

        @Test
        void namesEachInvalidField() throws Exception {
            HttpResponse<String> response =
                    post("/greetings", "{\"text\":\"\",\"nested\":{\"code\":\"\",\"count\":1}}", citizen(), null);
            assertThat(response.statusCode()).isEqualTo(400);
            assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
            JsonNode problem = JSON.readTree(response.body());
            assertThat(problem.get("type").asString()).isEqualTo("https://egov.vn/problems/invalid-request");
            assertThat(problem.get("errors").findValuesAsString("field"))
                    .containsExactlyInAnyOrder("text", "nested.code");
        }

        @Test
        void namesTheFieldOfAValueOfTheWrongType() throws Exception {
            HttpResponse<String> response = post(
                    "/greetings", "{\"text\":\"a\",\"nested\":{\"code\":\"c\",\"count\":\"many\"}}", citizen(), null);
            assertThat(response.statusCode()).isEqualTo(400);
            JsonNode problem = JSON.readTree(response.body());
            assertThat(problem.get("type").asString()).isEqualTo("https://egov.vn/problems/malformed-request");
            assertThat(problem.get("errors").findValuesAsString("field")).containsExactly("nested.count");
        }

        @Test
        void answersMalformedJsonWithAProblem() throws Exception {
            HttpResponse<String> response = post("/greetings", "{\"text\":", citizen(), null);
            assertThat(response.statusCode()).isEqualTo(400);
            assertThat(JSON.readTree(response.body()).get("type").asString())
                    .isEqualTo("https://egov.vn/problems/malformed-request");
        }

        @Test
        void carriesTheSlugAndPropertiesOfAnApiProblem() throws Exception {
            HttpResponse<String> response = get("/open/problems/duplicate-code", null);
            assertThat(response.statusCode()).isEqualTo(409);
            JsonNode problem = JSON.readTree(response.body());
            assertThat(problem.get("type").asString()).isEqualTo("https://egov.vn/problems/duplicate-code");
            assertThat(problem.get("field").asString()).isEqualTo("x");
        }

        @Test
        void unknownPathIsANotFoundProblem() throws Exception {
            HttpResponse<String> response = get("/open/nothing/here", null);
            assertThat(response.statusCode()).isEqualTo(404);
            assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        }
    }

    @Nested
    class Security {

        @Test
        void rejectsACallWithoutATokenWithAProblem() throws Exception {
            HttpResponse<String> response = post("/greetings", "{\"text\":\"a\"}", null, null);
            assertThat(response.statusCode()).isEqualTo(401);
            assertThat(JSON.readTree(response.body()).get("type").asString())
                    .isEqualTo("https://egov.vn/problems/unauthorized");
        }

        @Test
        void rejectsAnExpiredToken() throws Exception {
            HttpResponse<String> response = post(
                    "/greetings",
                    "{\"text\":\"a\"}",
                    TestIdentity.shared().expired("citizen", java.util.List.of("CITIZEN")),
                    null);
            assertThat(response.statusCode()).isEqualTo(401);
        }

        @Test
        void mapsRolesAndTheOfficersAgency() throws Exception {
            assertThat(get("/officers/me", citizen()).statusCode()).isEqualTo(403);
            HttpResponse<String> officer =
                    get("/officers/me", TestIdentity.shared().officer("officer", "000.00.15.H17"));
            assertThat(officer.statusCode()).isEqualTo(200);
            assertThat(officer.body()).isEqualTo("000.00.15.H17");
        }

        @Test
        void echoesACorrelationIdOrMakesOne() throws Exception {
            HttpResponse<String> given = get("/open/problems/x", null, "abc-123");
            assertThat(given.headers().firstValue("X-Correlation-Id")).hasValue("abc-123");
            HttpResponse<String> made = get("/open/problems/x", null, "bad id with spaces");
            assertThat(made.headers().firstValue("X-Correlation-Id"))
                    .get()
                    .asString()
                    .hasSize(36);
        }

        @Test
        void servesProbesAndMetricsOnTheManagementPortOnly() throws Exception {
            String management = "http://localhost:" + managementPort;
            assertThat(getAt(management + "/actuator/health/readiness").statusCode())
                    .isEqualTo(200);
            assertThat(getAt(management + "/actuator/prometheus").body()).contains("egov_outbox_published_total");

            HttpResponse<String> publicPort = get("/actuator/prometheus", null);
            assertThat(publicPort.statusCode()).isEqualTo(404);
            assertThat(publicPort.headers().firstValue("Content-Type")).hasValue("application/problem+json");
            assertThat(publicPort.body()).doesNotContain("egov_outbox");
        }
    }

    private String citizen() {
        return TestIdentity.shared().citizen("citizen");
    }

    private HttpResponse<String> post(String path, String json, String token, String correlationId) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        if (correlationId != null) {
            request.header("X-Correlation-Id", correlationId);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> getAt(String url) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> get(String path, String token) throws Exception {
        return get(path, token, null);
    }

    private HttpResponse<String> get(String path, String token, String correlationId) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        if (correlationId != null) {
            request.header("X-Correlation-Id", correlationId);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
