package vn.egov.payment.momo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.egov.contracts.Topics;
import vn.egov.contracts.payment.PaymentEvents;
import vn.egov.payment.support.PaymentApi;
import vn.egov.payment.support.PaymentApi.Answer;
import vn.egov.payment.support.WithPartnerSandbox;
import vn.egov.testsupport.KafkaTestConsumer;

/**
 * A citizen pays a dossier's fee with MoMo at the real partner sandbox, which signs its IPN with MoMo's public sandbox
 * key; duplicates, forgeries and wrong amounts are refused as MoMo integrators must; an officer refunds it.
 */
class MomoPaymentsIT extends WithPartnerSandbox {

    private static final String SECRET = "K951B6PE1waDMi640xX08PD3vg6EkVlz";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private Answer started(String owner) {
        return started(owner, "MOMO");
    }

    /** The payer chooses "pay" on MoMo's page. */
    private void payAtMomo(Answer started) {
        Answer paid = api.send(HttpRequest.newBuilder(URI.create(started.text("redirectUrl")))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(BodyPublishers.ofString("action=pay")));
        assertThat(paid.status()).as(paid.body()).isIn(200, 302, 303);
    }

    @Nested
    class Paying {

        @Test
        void aCitizenPaysTheFeeFromOurRecordsAndGetsAReceiptAndOneEvent() throws Exception {
            try (KafkaTestConsumer events = new KafkaTestConsumer(Topics.PAYMENT_EVENTS)) {
                Answer started = started("citizen-a");
                String id = started.text("id");
                String dossier = started.text("dossierCode");
                assertThat(started.text("status")).isEqualTo("STARTED");
                assertThat(started.json().get("amount").asLong()).isEqualTo(200000);
                assertThat(started.text("redirectUrl"))
                        .startsWith(SANDBOX.baseUrl().toString());
                assertThat(started.text("providerOrderId")).matches("EG[A-Z0-9]{20}");

                payAtMomo(started);

                JsonNode paid = awaitStatus("citizen-a", id, "SUCCESS");
                assertThat(paid.get("providerTransactionId").asString()).isNotBlank();
                assertThat(paid.get("receiptUrl").asString()).isEqualTo("/api/payments/" + id + "/receipt");
                assertThat(paid.get("redirectUrl").isNull()).isTrue();
                assertThat(receipts(id)).isEqualTo(1);

                ConsumerRecord<String, byte[]> event =
                        events.await(KafkaTestConsumer.subject(dossier), Duration.ofSeconds(20));
                assertThat(KafkaTestConsumer.header(event, "ce_type")).isEqualTo("vn.egov.payment.succeeded");
                JsonNode data = JSON.readTree(event.value());
                assertThat(schemaErrors("schemas/payment/succeeded/v1.json", data))
                        .isEmpty();
                assertThat(data.get("paymentId").asString()).isEqualTo(id);
                assertThat(data.get("amount").asLong()).isEqualTo(200000);
                assertThat(data.get("receiptNumber").asString()).matches("BL-\\d{2}E/\\d{7}");
                assertThat(data.toString()).doesNotContain("Nguyễn Văn An");

                assertThat(callbacks(id)).singleElement().satisfies(callback -> {
                    assertThat(callback.get("handling").asString()).isEqualTo("APPLIED");
                    assertThat(callback.get("replyStatus").asInt()).isEqualTo(204);
                    assertThat(callback.get("body").asString()).contains("\"signature\"");
                });
            }
        }

        @Test
        void theSameIdempotencyKeyAndBodyGiveTheSamePaymentAnotherBodyIsRefused() {
            String code = PaymentApi.aDossierCode();
            DOSSIERS.owes(code, "citizen-b", AGENCY, 200000);
            String key = UUID.randomUUID().toString();
            String token = IDENTITY.citizen("citizen-b");

            Answer first = api.start(token, key, code, "MOMO");
            Answer again = api.start(token, key, code, "MOMO");
            Answer other = api.start(token, key, code, "VIETINBANK");

            assertThat(first.status()).isEqualTo(201);
            assertThat(again.status()).isEqualTo(200);
            assertThat(again.text("id")).isEqualTo(first.text("id"));
            assertThat(again.text("redirectUrl")).isEqualTo(first.text("redirectUrl"));
            assertThat(other.status()).isEqualTo(422);
            assertThat(other.text("type")).isEqualTo("https://egov.vn/problems/idempotency-key-reused");
        }

        @Test
        void aSecondPaymentWhileOneIsOpenIsRefusedWithItsId() {
            Answer started = started("citizen-c");

            Answer second = api.start(IDENTITY.citizen("citizen-c"), started.text("dossierCode"), "MOMO");

            assertThat(second.status()).isEqualTo(409);
            assertThat(second.text("type")).isEqualTo("https://egov.vn/problems/payment-in-progress");
            assertThat(second.text("paymentId")).isEqualTo(started.text("id"));
        }

        @Test
        void onlyTheOwnerPaysAndOnlyWhatIsOwed() {
            String code = PaymentApi.aDossierCode();
            DOSSIERS.owes(code, "citizen-d", AGENCY, 200000);

            Answer stranger = api.start(IDENTITY.citizen("someone-else"), code, "MOMO");
            Answer unknown = api.start(IDENTITY.citizen("citizen-d"), PaymentApi.aDossierCode(), "MOMO");
            DOSSIERS.paid(code, "citizen-d", AGENCY);
            Answer nothingOwed = api.start(IDENTITY.citizen("citizen-d"), code, "MOMO");

            assertThat(stranger.status()).isEqualTo(404);
            assertThat(unknown.status()).isEqualTo(404);
            assertThat(nothingOwed.status()).isEqualTo(409);
            assertThat(nothingOwed.text("type")).isEqualTo("https://egov.vn/problems/nothing-to-pay");
            assertThat(nothingOwed.text("detail")).isEqualTo("Hồ sơ đã được thanh toán phí, lệ phí");
        }

        @Test
        void refusesBadRequestsAsProblems() {
            String token = IDENTITY.citizen("citizen-e");
            Answer noKey = api.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + PORT + "/api/payments"))
                    .header("Authorization", "Bearer " + token)
                    .header("Content-Type", "application/json")
                    .POST(BodyPublishers.ofString(
                            "{\"dossierCode\":\"000.00.15.H17-261207-0001\",\"provider\":\"MOMO\"}")));
            Answer badCode = api.start(token, "not-a-code", "MOMO");
            Answer badProvider = api.start(token, PaymentApi.aDossierCode(), "PAYPAL");
            Answer officer = api.start(IDENTITY.officer("officer", AGENCY), PaymentApi.aDossierCode(), "MOMO");
            Answer garbage = api.post(token, "/api/payments", "{\"dossierCode\": [");

            assertThat(noKey.status()).isEqualTo(400);
            assertThat(noKey.text("type")).isEqualTo("https://egov.vn/problems/idempotency-key-required");
            assertThat(badCode.status()).isEqualTo(400);
            assertThat(badProvider.status()).isEqualTo(422);
            assertThat(badProvider.text("detail")).contains("MOMO");
            assertThat(officer.status()).isEqualTo(403);
            assertThat(garbage.status()).isEqualTo(400);
            assertThat(garbage.header("Content-Type")).isEqualTo("application/problem+json");
        }

        @Test
        void othersAreToldThePaymentIsNotThere() {
            String id = started("citizen-f").text("id");

            assertThat(api.get(IDENTITY.citizen("citizen-f"), "/api/payments/" + id)
                            .status())
                    .isEqualTo(200);
            assertThat(api.get(IDENTITY.officer("officer", AGENCY), "/api/payments/" + id)
                            .status())
                    .isEqualTo(200);
            assertThat(api.get(IDENTITY.citizen("someone-else"), "/api/payments/" + id)
                            .status())
                    .isEqualTo(404);
            assertThat(api.get(IDENTITY.officer("other", "000.00.16.H17"), "/api/payments/" + id)
                            .status())
                    .isEqualTo(404);
            assertThat(api.get(IDENTITY.citizen("citizen-f"), "/api/payments/" + id + "/callbacks")
                            .status())
                    .isEqualTo(404);
        }
    }

    @Nested
    class Callbacks {

        @Test
        void theSameIpnFiftyTimesAtOnceCreditsOnceWithOneReceiptAndOneEvent() throws Exception {
            try (KafkaTestConsumer events = new KafkaTestConsumer(Topics.PAYMENT_EVENTS)) {
                Answer started = started("citizen-g");
                String id = started.text("id");
                payAtMomo(started);
                awaitStatus("citizen-g", id, "SUCCESS");
                String ipn = callbacks(id).get(0).get("body").asString();

                ExecutorService pool = Executors.newFixedThreadPool(16);
                List<Callable<Integer>> sends = new ArrayList<>();
                for (int i = 0; i < 50; i++) {
                    sends.add(
                            () -> api.callback("momo", "application/json", ipn).status());
                }
                List<Integer> statuses = new ArrayList<>();
                for (Future<Integer> status : pool.invokeAll(sends)) {
                    statuses.add(status.get());
                }
                pool.shutdown();

                assertThat(statuses).hasSize(50).containsOnly(204);
                assertThat(receipts(id)).isEqualTo(1);
                assertThat(callbacks(id)).hasSize(51);
                assertThat(callbacks(id).stream()
                                .filter(c -> "APPLIED".equals(c.get("handling").asString())))
                        .hasSize(1);
                assertThat(events.all(KafkaTestConsumer.subject(started.text("dossierCode")), Duration.ofSeconds(3)))
                        .filteredOn(r -> PaymentEvents.SUCCEEDED.type().equals(KafkaTestConsumer.header(r, "ce_type")))
                        .hasSize(1);
            }
        }

        @Test
        void theSuccessEventCarriesTheCorrelationIdOfTheCallbackThatPaid() throws Exception {
            try (KafkaTestConsumer events = new KafkaTestConsumer(Topics.PAYMENT_EVENTS)) {
                Answer started = started("citizen-g");
                String correlationId = "momo-ipn-" + UUID.randomUUID();

                Answer answer = api.send(api.callbackRequest(
                                "momo", "application/json", JSON.writeValueAsString(ipn(started, 200000, 0, SECRET)))
                        .header("X-Correlation-Id", correlationId));

                assertThat(answer.status()).isEqualTo(204);
                ConsumerRecord<String, byte[]> event = events.await(
                        record -> started.text("dossierCode").equals(KafkaTestConsumer.header(record, "ce_subject"))
                                && PaymentEvents.SUCCEEDED.type().equals(KafkaTestConsumer.header(record, "ce_type")),
                        Duration.ofSeconds(20));
                assertThat(KafkaTestConsumer.header(event, "ce_correlationid")).isEqualTo(correlationId);
            }
        }

        @Test
        void aForgedIpnIsRefusedAndKeptWithWhy() {
            Answer started = started("citizen-h");
            Map<String, Object> forged = ipn(started, 200000, 0, "not-momos-key");

            Answer answer = api.callback("momo", "application/json", JSON.writeValueAsString(forged));

            assertThat(answer.status()).isEqualTo(400);
            assertThat(api.get(IDENTITY.citizen("citizen-h"), "/api/payments/" + started.text("id"))
                            .text("status"))
                    .isEqualTo("STARTED");
            assertThat(jdbc.queryForObject(
                            "select verdict from payment_callback where body like ? and handling = 'REFUSED'",
                            String.class,
                            "%" + started.text("providerOrderId") + "%"))
                    .isEqualTo("signature does not match");
        }

        @Test
        void aSignedIpnWithAnotherAmountIsNotCredited() {
            Answer started = started("citizen-i");

            Answer answer =
                    api.callback("momo", "application/json", JSON.writeValueAsString(ipn(started, 2000, 0, SECRET)));

            assertThat(answer.status()).isEqualTo(204);
            assertThat(api.get(IDENTITY.citizen("citizen-i"), "/api/payments/" + started.text("id"))
                            .text("status"))
                    .isEqualTo("STARTED");
            assertThat(callbacks(started.text("id")))
                    .singleElement()
                    .satisfies(c -> assertThat(c.get("handling").asString()).isEqualTo("WRONG_AMOUNT"));
        }

        @Test
        void aCancelOnMomosPageFailsThePaymentAndTheCitizenMayStartAnother() {
            Answer started = started("citizen-j");
            api.send(HttpRequest.newBuilder(URI.create(started.text("redirectUrl")))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(BodyPublishers.ofString("action=cancel")));

            JsonNode failed = awaitStatus("citizen-j", started.text("id"), "FAILED");

            assertThat(failed.get("failureReason").asString()).isEqualTo("CANCELLED");
            assertThat(api.start(IDENTITY.citizen("citizen-j"), started.text("dossierCode"), "MOMO")
                            .status())
                    .isEqualTo(201);
        }

        @Test
        void malformedCallbacksAreRefusedNever5xx() {
            for (String body : List.of("", "{", "[]", "null", "{\"signature\":1}", "<xml/>", "{\"amount\":\"x\"}")) {
                Answer answer = api.callback("momo", "application/json", body);
                assertThat(answer.status()).as(body).isEqualTo(400);
            }
            assertThat(api.callback("nobody", "application/json", "{}").status())
                    .isEqualTo(404);
        }

        private Map<String, Object> ipn(Answer started, long amount, int resultCode, String secret) {
            Map<String, Object> ipn = new LinkedHashMap<>();
            ipn.put("partnerCode", "MOMO");
            ipn.put("orderId", started.text("providerOrderId"));
            ipn.put("requestId", started.text("id"));
            ipn.put("amount", amount);
            ipn.put("orderInfo", "Le phi ho so " + started.text("dossierCode"));
            ipn.put("orderType", "momo_wallet");
            ipn.put("transId", 4088878653L);
            ipn.put("resultCode", resultCode);
            ipn.put("message", "Successful.");
            ipn.put("payType", "qr");
            ipn.put("responseTime", System.currentTimeMillis());
            ipn.put("extraData", "");
            Map<String, String> text = new LinkedHashMap<>();
            ipn.forEach((k, v) -> text.put(k, String.valueOf(v)));
            text.put("accessKey", "F8BBA842ECF85");
            ipn.put("signature", MomoSignature.sign(secret, MomoSignature.IPN, text));
            return ipn;
        }
    }

    @Nested
    class Refunds {

        @Test
        void anOfficerRefundsAPaidFeeThroughMomo() throws Exception {
            try (KafkaTestConsumer events = new KafkaTestConsumer(Topics.PAYMENT_EVENTS)) {
                Answer started = started("citizen-k");
                String id = started.text("id");
                payAtMomo(started);
                awaitStatus("citizen-k", id, "SUCCESS");

                Answer citizenTries = api.post(
                        IDENTITY.citizen("citizen-k"), "/api/payments/" + id + "/refunds", "{\"reason\":\"x\"}");
                Answer noReason =
                        api.post(IDENTITY.officer("officer", AGENCY), "/api/payments/" + id + "/refunds", "{}");
                Answer asked = api.post(
                        IDENTITY.officer("officer", AGENCY),
                        "/api/payments/" + id + "/refunds",
                        "{\"reason\":\"Công dân rút hồ sơ\"}");

                assertThat(citizenTries.status()).isEqualTo(403);
                assertThat(noReason.status()).isEqualTo(400);
                assertThat(asked.status()).isEqualTo(202);
                JsonNode refund = await("refund done")
                        .atMost(Duration.ofSeconds(30))
                        .until(
                                () -> api.get(IDENTITY.citizen("citizen-k"), "/api/payments/" + id + "/refund")
                                        .json(),
                                r -> "SUCCESS".equals(r.get("status").asString()));
                assertThat(refund.get("amount").asLong()).isEqualTo(200000);
                assertThat(api.get(IDENTITY.citizen("citizen-k"), "/api/payments/" + id)
                                .json()
                                .get("refundedAmount")
                                .asLong())
                        .isEqualTo(200000);
                ConsumerRecord<String, byte[]> event = events.await(
                        r -> PaymentEvents.REFUNDED.type().equals(KafkaTestConsumer.header(r, "ce_type"))
                                && started.text("dossierCode").equals(r.key()),
                        Duration.ofSeconds(20));
                assertThat(schemaErrors("schemas/payment/refunded/v1.json", JSON.readTree(event.value())))
                        .isEmpty();
                Answer twice = api.post(
                        IDENTITY.officer("officer", AGENCY),
                        "/api/payments/" + id + "/refunds",
                        "{\"reason\":\"again\"}");
                assertThat(twice.status()).isEqualTo(202);
                assertThat(twice.text("id")).isEqualTo(refund.get("id").asString());
            }
        }
    }
}
