package vn.egov.payment.momo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.json.JsonMapper;
import vn.egov.contracts.Topics;
import vn.egov.embedded.KafkaBroker;
import vn.egov.payment.support.PaymentApi;
import vn.egov.testsupport.EgovIntegrationTest;
import vn.egov.testsupport.KafkaTestConsumer;
import vn.egov.testsupport.TestIdentity;

/**
 * MoMo's IPN arrives while Kafka is down: MoMo still gets its 204 and the payment its success and receipt; the event
 * reaches Kafka, once, when the broker is back.
 */
@EgovIntegrationTest
class MomoIpnWhileKafkaIsDownIT {

    private static final KafkaBroker BROKER;
    private static final String SECRET = "K951B6PE1waDMi640xX08PD3vg6EkVlz";

    static {
        try {
            BROKER = KafkaBroker.create(Files.createTempDirectory("payment-outage-broker"), 0)
                    .start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @LocalServerPort
    private int port;

    @Autowired
    private JdbcTemplate jdbc;

    @DynamicPropertySource
    static void privateBroker(DynamicPropertyRegistry registry) {
        registry.add("spring.kafka.bootstrap-servers", BROKER::bootstrapServers);
    }

    @AfterAll
    static void stopBroker() {
        BROKER.close();
    }

    @Test
    void theIpnIsAnsweredAndAppliedAndItsEventFollowsWhenKafkaIsBack() {
        String dossier = PaymentApi.aDossierCode();
        UUID id = UUID.randomUUID();
        String order = "EG"
                + UUID.randomUUID().toString().replace("-", "").substring(0, 20).toUpperCase();
        jdbc.update(
                """
                insert into payment (id, dossier_code, provider, provider_order_id, amount, status, owner_subject,
                                     agency_code, agency_name, fee_name, payer_name, created_at, expires_at, started_at)
                values (?, ?, 'MOMO', ?, 200000, 'STARTED', 'citizen-outage', '000.00.15.H17', 'Sở Tư pháp',
                        'Lệ phí', 'Nguyễn Văn An', ?, ?, ?)
                """,
                id,
                dossier,
                order,
                Timestamp.from(Instant.now()),
                Timestamp.from(Instant.now().plusSeconds(900)),
                Timestamp.from(Instant.now()));
        BROKER.stop();

        PaymentApi api = new PaymentApi(port);
        PaymentApi.Answer answer = api.callback("momo", "application/json", ipn(order, id));

        assertThat(answer.status()).isEqualTo(204);
        assertThat(api.get(TestIdentity.shared().citizen("citizen-outage"), "/api/payments/" + id)
                        .text("status"))
                .isEqualTo("SUCCESS");
        assertThat(pending(dossier)).isEqualTo(1);

        BROKER.start();

        try (KafkaTestConsumer events = new KafkaTestConsumer(BROKER.superUserProperties(), Topics.PAYMENT_EVENTS)) {
            await().atMost(Duration.ofSeconds(90)).untilAsserted(() -> assertThat(
                            events.all(KafkaTestConsumer.subject(dossier), Duration.ofMillis(500)))
                    .singleElement()
                    .satisfies(record -> assertThat(KafkaTestConsumer.header(record, "ce_type"))
                            .isEqualTo("vn.egov.payment.succeeded")));
        }
        await().atMost(Duration.ofSeconds(15))
                .untilAsserted(() -> assertThat(pending(dossier)).isZero());
    }

    private static String ipn(String order, UUID requestId) {
        Map<String, Object> ipn = new LinkedHashMap<>();
        ipn.put("partnerCode", "MOMO");
        ipn.put("orderId", order);
        ipn.put("requestId", requestId.toString());
        ipn.put("amount", 200000);
        ipn.put("orderInfo", "Le phi ho so");
        ipn.put("orderType", "momo_wallet");
        ipn.put("transId", 4088878653L);
        ipn.put("resultCode", 0);
        ipn.put("message", "Successful.");
        ipn.put("payType", "qr");
        ipn.put("responseTime", System.currentTimeMillis());
        ipn.put("extraData", "");
        Map<String, String> text = new LinkedHashMap<>();
        ipn.forEach((k, v) -> text.put(k, String.valueOf(v)));
        text.put("accessKey", "F8BBA842ECF85");
        ipn.put("signature", MomoSignature.sign(SECRET, MomoSignature.IPN, text));
        return JsonMapper.builder().build().writeValueAsString(ipn);
    }

    private int pending(String dossier) {
        return jdbc.queryForObject(
                "select count(*) from outbox_event where subject = ? and published_at is null", Integer.class, dossier);
    }
}
