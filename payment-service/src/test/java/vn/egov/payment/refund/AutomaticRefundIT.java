package vn.egov.payment.refund;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.cloudevents.CloudEvent;
import io.cloudevents.core.builder.CloudEventBuilder;
import io.cloudevents.kafka.KafkaMessageFactory;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.egov.contracts.EventType;
import vn.egov.contracts.dossier.DossierEvents;
import vn.egov.contracts.dossier.DossierStatusChanged;
import vn.egov.payment.support.PaymentApi.Answer;
import vn.egov.payment.support.WithPartnerSandbox;
import vn.egov.testsupport.TestInfrastructure;

/**
 * A dossier that ends without its service (withdrawn, not accepted) gets its paid fee back without an officer asking:
 * whether the fee was paid before it ended or only after (the citizen was paying while withdrawing). Another ending
 * (stopped, not in the default policy) leaves the money where it is.
 */
class AutomaticRefundIT extends WithPartnerSandbox {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    private RefundPaidFee refundPaidFee;

    @Test
    void aFeePaidBeforeTheDossierWasWithdrawnIsRefunded() throws Exception {
        Answer started = started("citizen-ar-a", "MOMO");
        payAtMomo(started);
        awaitStatus("citizen-ar-a", started.text("id"), "SUCCESS");

        announce(DossierEvents.WITHDRAWN, started.text("dossierCode"), "WITHDRAWN");

        JsonNode refund = awaitRefund("citizen-ar-a", started.text("id"));
        assertThat(refund.get("amount").asLong()).isEqualTo(200000);
        assertThat(refund.get("reason").asString()).contains("đã rút");
    }

    @Test
    void aFeePaidAfterTheDossierWasWithdrawnIsRefundedToo() throws Exception {
        Answer started = started("citizen-ar-b", "MOMO");
        String dossierCode = started.text("dossierCode");
        announce(DossierEvents.WITHDRAWN, dossierCode, "WITHDRAWN");
        await("withdrawal heard")
                .atMost(Duration.ofSeconds(30))
                .until(() -> jdbc.queryForObject(
                                "select count(*) from ended_dossier where dossier_code = ?", Integer.class, dossierCode)
                        == 1);

        payAtMomo(started);
        awaitStatus("citizen-ar-b", started.text("id"), "SUCCESS");
        refundPaidFee.refundFeesPaidAfterTheEnd();

        JsonNode refund = awaitRefund("citizen-ar-b", started.text("id"));
        assertThat(refund.get("amount").asLong()).isEqualTo(200000);
        assertThat(jdbc.queryForObject(
                        "select count(*) from refund where payment_id = ?::uuid", Integer.class, started.text("id")))
                .isEqualTo(1);
    }

    @Test
    void aStoppedDossiersFeeIsLeftForTheOfficerToDecide() throws Exception {
        Answer started = started("citizen-ar-c", "MOMO");
        payAtMomo(started);
        awaitStatus("citizen-ar-c", started.text("id"), "SUCCESS");
        String dossierCode = started.text("dossierCode");

        String eventId = announce(DossierEvents.STOPPED, dossierCode, "STOPPED");
        await("stop heard")
                .atMost(Duration.ofSeconds(30))
                .until(() -> jdbc.queryForObject(
                                "select count(*) from processed_event where consumer = 'payment-dossiers'"
                                        + " and event_id = ?",
                                Integer.class,
                                eventId)
                        == 1);
        refundPaidFee.refundFeesPaidAfterTheEnd();

        assertThat(api.get(IDENTITY.citizen("citizen-ar-c"), "/api/payments/" + started.text("id") + "/refund")
                        .status())
                .isEqualTo(404);
        assertThat(jdbc.queryForObject(
                        "select count(*) from ended_dossier where dossier_code = ?", Integer.class, dossierCode))
                .isZero();
    }

    private void payAtMomo(Answer started) {
        Answer paid = api.send(HttpRequest.newBuilder(URI.create(started.text("redirectUrl")))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(BodyPublishers.ofString("action=pay")));
        assertThat(paid.status()).as(paid.body()).isIn(200, 302, 303);
    }

    private JsonNode awaitRefund(String owner, String paymentId) {
        return await("refund of " + paymentId + " done")
                .atMost(Duration.ofSeconds(30))
                .until(
                        () -> api.get(IDENTITY.citizen(owner), "/api/payments/" + paymentId + "/refund"),
                        answer -> answer.status() == 200
                                && "SUCCESS".equals(answer.json().get("status").asString()))
                .json();
    }

    /** dossier-service's event of the dossier's ending, as it publishes it. */
    private String announce(EventType type, String dossierCode, String status) throws Exception {
        DossierStatusChanged data = new DossierStatusChanged(
                dossierCode,
                "1.004232",
                AGENCY,
                "PROVINCE",
                "ONLINE",
                status,
                status.equals("WITHDRAWN") ? 7 : 9,
                "NEW",
                "Công dân rút hồ sơ",
                LocalDate.now().plusDays(5),
                OffsetDateTime.now(),
                5);
        CloudEvent event = CloudEventBuilder.v1()
                .withId(UUID.randomUUID().toString())
                .withSource(URI.create("/egov/dossier-service"))
                .withType(type.type())
                .withSubject(dossierCode)
                .withDataSchema(URI.create(EventType.SCHEMA_BASE + type.schemaPath()))
                .withDataContentType("application/json")
                .withData(JSON.writeValueAsBytes(data))
                .build();
        // As dossier-service would publish it: payment-service's own Kafka user may not write the dossier topic.
        try (KafkaProducer<String, byte[]> dossierService =
                TestInfrastructure.shared().kafkaProducer()) {
            dossierService
                    .send(KafkaMessageFactory.createWriter(type.topic(), dossierCode)
                            .writeBinary(event))
                    .get();
        }
        return event.getId();
    }
}
