package vn.egov.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static vn.egov.sandbox.vietinbank.VietQrFixture.aVietQr;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.time.Duration;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;
import vn.egov.sandbox.momo.MomoSignature;
import vn.egov.sandbox.napas.NapasHashAlgorithm;
import vn.egov.sandbox.napas.NapasSecureHash;
import vn.egov.sandbox.support.PlatformStub;
import vn.egov.sandbox.vietinbank.RsaSha256;

/**
 * The payment partners as the platform's adapters meet them: signed requests over real HTTP to a running sandbox, and
 * the partners' callbacks received by a real HTTP endpoint standing in for the platform.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "management.server.port=0")
class PaymentSimulatorsIT {

    private static final String MOMO_SECRET = "K951B6PE1waDMi640xX08PD3vg6EkVlz";
    private static final String MOMO_ACCESS_KEY = "F8BBA842ECF85";
    private static final NapasSecureHash NAPAS_HASH =
            new NapasSecureHash(NapasHashAlgorithm.MD5, "EGOV-NAPAS-SANDBOX-SECRET");
    private static final PrivateKey PLATFORM_KEY =
            RsaSha256.privateKeyFromPem(resource("/keys/egov-local-private.pem"));
    private static final PublicKey VIETINBANK_KEY =
            RsaSha256.publicKeyFromPem(resource("/keys/vietinbank-sandbox-public.pem"));
    private static final ObjectMapper STUB_JSON = JsonMapper.builder().build();

    /** Answers MoMo IPNs with 204 and VietinBank notifications with a reply signed by the platform. */
    private static final PlatformStub PLATFORM = PlatformStub.start(request -> switch (request.path()) {
        case "/momo/ipn" -> new PlatformStub.Reply(204, "");
        case "/vietinbank" -> vietinbankReply(request.body());
        default -> new PlatformStub.Reply(404, "");
    });

    @DynamicPropertySource
    static void partnersCallThePlatformStub(DynamicPropertyRegistry registry) {
        registry.add("sandbox.smtp.port", () -> 0);
        registry.add("sandbox.vietinbank.notify-url", () -> PLATFORM.url("/vietinbank"));
        registry.add("sandbox.callbacks.after-redirect-pause", () -> "500ms");
    }

    @AfterAll
    static void stopThePlatform() {
        PLATFORM.close();
    }

    @LocalServerPort
    int port;

    @Autowired
    ObjectMapper json;

    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeEach
    void startWithoutPaymentsOrFaults() throws Exception {
        assertThat(exchange("DELETE", "/sandbox/payments", null, Map.of()).statusCode())
                .isEqualTo(204);
        assertThat(exchange("DELETE", "/sandbox/faults", null, Map.of()).statusCode())
                .isEqualTo(204);
        PLATFORM.forget();
    }

    @Nested
    class Momo {

        @Test
        void paysOnThePageThenPostsASignedIpnAndSendsTheBrowserBackWithTheSameFields() throws Exception {
            String orderId = newId("HS");
            Map<String, Object> created = createMomo(orderId, 150_000);
            assertThat(created).containsEntry("resultCode", 0).containsEntry("orderId", orderId);
            String payUrl = (String) created.get("payUrl");
            assertThat(payUrl).startsWith("http://127.0.0.1:" + port + "/sandbox/momo/pay/");

            HttpResponse<String> page =
                    http.send(HttpRequest.newBuilder(URI.create(payUrl)).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(page.statusCode()).isEqualTo(200);
            assertThat(page.body()).contains("Lệ phí hồ sơ " + orderId, "150.000", "Thanh toán", "Hủy");

            HttpResponse<String> redirect = chooseOnMomoPage(payUrl, "pay");

            assertThat(redirect.statusCode()).isEqualTo(303);
            String location = redirect.headers().firstValue("Location").orElseThrow();
            assertThat(location).startsWith("http://localhost:3000/thanh-toan/ket-qua?");
            Map<String, String> returned = query(location);
            assertThat(returned).containsEntry("resultCode", "0").containsEntry("orderId", orderId);
            assertThat(momoIpnSignatureValid(returned)).isTrue();

            Map<String, Object> ipn =
                    read(PLATFORM.receivedOn("/momo/ipn").get(0).body());
            assertThat(ipn)
                    .containsEntry("partnerCode", "MOMO")
                    .containsEntry("orderId", orderId)
                    .containsEntry("amount", 150000)
                    .containsEntry("resultCode", 0)
                    .containsEntry("orderType", "momo_wallet")
                    .containsEntry("payType", "qr")
                    .containsEntry("transId", Long.valueOf(returned.get("transId")));
            assertThat(momoIpnSignatureValid(ipn)).isTrue();

            Map<String, Object> seen = singlePayment(orderId);
            assertThat(seen)
                    .containsEntry("partner", "MOMO")
                    .containsEntry("status", "PAID")
                    .containsEntry("transId", returned.get("transId"));
            assertThat(callbacks(seen)).singleElement().satisfies(c -> assertThat(c)
                    .containsEntry("replyStatus", 204));
        }

        @Test
        void reportsACancelledPaymentAs1006OnTheIpnAndOnQuery() throws Exception {
            String orderId = newId("HS");
            String payUrl = (String) createMomo(orderId, 20_000).get("payUrl");

            assertThat(chooseOnMomoPage(payUrl, "cancel").statusCode()).isEqualTo(303);

            assertThat(read(PLATFORM.receivedOn("/momo/ipn").get(0).body())).containsEntry("resultCode", 1006);
            Map<String, Object> queried = momoApi("query", signedQuery(orderId));
            assertThat(queried).containsEntry("resultCode", 1006).containsEntry("orderId", orderId);
        }

        @Test
        void queriesAnOrderAwaitingThePayerAs1000AndAnUnknownOneAs42() throws Exception {
            String orderId = newId("HS");
            createMomo(orderId, 20_000);

            assertThat(momoApi("query", signedQuery(orderId))).containsEntry("resultCode", 1000);
            assertThat(momoApi("query", signedQuery("UNKNOWN-" + orderId))).containsEntry("resultCode", 42);
        }

        @Test
        @SuppressWarnings("unchecked")
        void refundsAPaidOrderAndListsTheRefundOnQuery() throws Exception {
            String orderId = newId("HS");
            String payUrl = (String) createMomo(orderId, 100_000).get("payUrl");
            chooseOnMomoPage(payUrl, "pay");
            long transId = ((Number) momoApi("query", signedQuery(orderId)).get("transId")).longValue();

            Map<String, Object> refunded = momoApi("refund", signedRefund("RF-" + orderId, 30_000, transId));
            Map<String, Object> tooMuch = momoApi("refund", signedRefund("RF2-" + orderId, 70_001, transId));

            assertThat(refunded).containsEntry("resultCode", 0);
            assertThat(((Number) refunded.get("transId")).longValue()).isNotEqualTo(transId);
            assertThat(tooMuch).containsEntry("resultCode", 1080);
            assertThat((List<Map<String, Object>>)
                            momoApi("query", signedQuery(orderId)).get("refundTrans"))
                    .singleElement()
                    .satisfies(r -> assertThat(r)
                            .containsEntry("orderId", "RF-" + orderId)
                            .containsEntry("amount", 30000));
        }

        @Test
        void refusesACreateWithABadSignatureWith13AndKeepsNothing() throws Exception {
            String orderId = newId("HS");
            Map<String, Object> body = createBody(orderId, 150_000);
            body.put("signature", new MomoSignature("guess").sign("anything"));

            assertThat(momoApi("create", body)).containsEntry("resultCode", 13).doesNotContainKey("payUrl");
            assertThat(payments(orderId)).isEmpty();
        }

        @Test
        void answersAnUnreadableBodyWithHttp400AndResultCode20() throws Exception {
            HttpResponse<String> response =
                    exchange("POST", "/v2/gateway/api/create", "{not json", Map.of("Content-Type", "application/json"));

            assertThat(response.statusCode()).isEqualTo(400);
            assertThat(read(response.body())).containsEntry("resultCode", 20);
        }
    }

    @Nested
    class MomoFaults {

        @Test
        void sendsTheIpnAsManyTimesAsPlannedWithTheSameBody() throws Exception {
            planFaults("momo", "{\"callbacks\":{\"copies\":3}}");
            String payUrl = (String) createMomo(newId("HS"), 20_000).get("payUrl");

            chooseOnMomoPage(payUrl, "pay");

            List<PlatformStub.Received> ipns = PLATFORM.receivedOn("/momo/ipn");
            assertThat(ipns).hasSize(3);
            assertThat(ipns)
                    .extracting(PlatformStub.Received::body)
                    .containsOnly(ipns.get(0).body());
        }

        @Test
        void sendsTheIpnAfterTheBrowserIsRedirectedWhenPlannedSo() throws Exception {
            planFaults("momo", "{\"callbacks\":{\"timing\":\"AFTER_REDIRECT\"}}");
            String orderId = newId("HS");
            String payUrl = (String) createMomo(orderId, 20_000).get("payUrl");

            assertThat(chooseOnMomoPage(payUrl, "pay").statusCode()).isEqualTo(303);
            assertThat(PLATFORM.receivedOn("/momo/ipn")).isEmpty();

            await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(PLATFORM.receivedOn("/momo/ipn"))
                    .hasSize(1));
            await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> assertThat(callbacks(singlePayment(orderId)))
                    .hasSize(1));
        }

        @Test
        void sendsALateIpnAfterThePlannedDelay() throws Exception {
            planFaults("momo", "{\"callbacks\":{\"delayMs\":1500}}");
            String payUrl = (String) createMomo(newId("HS"), 20_000).get("payUrl");
            long chosenAt = System.nanoTime();

            chooseOnMomoPage(payUrl, "pay");

            await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(PLATFORM.receivedOn("/momo/ipn"))
                    .hasSize(1));
            assertThat(Duration.ofNanos(System.nanoTime() - chosenAt)).isGreaterThanOrEqualTo(Duration.ofMillis(1500));
        }

        @Test
        void reportsAWrongAmountUnderAValidSignature() throws Exception {
            planFaults("momo", "{\"callbacks\":{\"amountDelta\":-10000}}");
            String payUrl = (String) createMomo(newId("HS"), 50_000).get("payUrl");

            chooseOnMomoPage(payUrl, "pay");

            Map<String, Object> ipn =
                    read(PLATFORM.receivedOn("/momo/ipn").get(0).body());
            assertThat(ipn).containsEntry("amount", 40000);
            assertThat(momoIpnSignatureValid(ipn)).isTrue();
        }

        @Test
        void signsTheIpnWithAKeyThatIsNotMomosWhenForged() throws Exception {
            planFaults("momo", "{\"callbacks\":{\"forgedSignature\":true}}");
            String payUrl = (String) createMomo(newId("HS"), 50_000).get("payUrl");

            HttpResponse<String> redirect = chooseOnMomoPage(payUrl, "pay");

            assertThat(momoIpnSignatureValid(
                            read(PLATFORM.receivedOn("/momo/ipn").get(0).body())))
                    .isFalse();
            assertThat(momoIpnSignatureValid(
                            query(redirect.headers().firstValue("Location").orElseThrow())))
                    .isTrue();
        }

        @Test
        void answers503WhileMomoIsDownThenRecovers() throws Exception {
            planFaults("momo", "{\"failNext\":1,\"status\":503}");

            HttpResponse<String> down = exchange(
                    "POST",
                    "/v2/gateway/api/create",
                    json.writeValueAsString(createBody(newId("HS"), 20_000)),
                    Map.of("Content-Type", "application/json"));

            assertThat(down.statusCode()).isEqualTo(503);
            assertThat(createMomo(newId("HS"), 20_000)).containsEntry("resultCode", 0);
        }

        @Test
        void holdsEveryRequestWhileMomoIsSlow() throws Exception {
            planFaults("momo", "{\"latencyMs\":700}");
            long startedAt = System.nanoTime();

            assertThat(createMomo(newId("HS"), 20_000)).containsEntry("resultCode", 0);

            assertThat(Duration.ofNanos(System.nanoTime() - startedAt)).isGreaterThanOrEqualTo(Duration.ofMillis(700));
        }

        @Test
        void refusesCallbackFaultsForAPartnerWithoutCallbacks() throws Exception {
            HttpResponse<String> refused = exchange(
                    "PUT",
                    "/sandbox/faults/napas",
                    "{\"callbacks\":{\"copies\":2}}",
                    Map.of("Content-Type", "application/json"));

            assertThat(refused.statusCode()).isEqualTo(400);
            assertThat(read(refused.body())).containsEntry("type", "https://egov.vn/problems/no-callbacks");
        }
    }

    @Nested
    class Napas {

        @Test
        void paysOnTheCardPageReturnsASignedResultAndConfirmsItOnQueryDr() throws Exception {
            String ref = newId("NP");
            HttpResponse<String> card = napasPay(ref, 150_000);
            assertThat(card.statusCode()).isEqualTo(200);
            assertThat(card.body()).contains("150.000", "action\" value=\"pay", "action\" value=\"decline");
            assertThat(napasQueryDr(ref, "egov-napas")).containsEntry("vpc_DRExists", "N");

            HttpResponse<String> back = chooseOnCardPage(card.body(), "pay");

            assertThat(back.statusCode()).isEqualTo(302);
            String location = back.headers().firstValue("Location").orElseThrow();
            assertThat(location).startsWith("https://dichvucong.danang.gov.vn/napas/return?");
            Map<String, String> returned = query(location);
            assertThat(returned)
                    .containsEntry("vpc_ResponseCode", "0")
                    .containsEntry("vpc_Command", "pay")
                    .containsEntry("vpc_MerchTxnRef", ref)
                    .containsEntry("vpc_Amount", "15000000")
                    .containsKey("vpc_TransactionNo");
            assertThat(NAPAS_HASH.verifies(returned)).isTrue();

            Map<String, String> dr = napasQueryDr(ref, "egov-napas");
            assertThat(dr)
                    .containsEntry("vpc_DRExists", "Y")
                    .containsEntry("vpc_TxnResponseCode", "0")
                    .containsEntry("vpc_Amount", "15000000")
                    .containsEntry("vpc_TransactionNo", returned.get("vpc_TransactionNo"));
            assertThat(NAPAS_HASH.verifies(dr)).isTrue();
            assertThat(singlePayment(ref)).containsEntry("partner", "NAPAS").containsEntry("status", "PAID");
        }

        @Test
        void returnsCode7ForADeclinedCardAndNothingButTheBackUrlForACancel() throws Exception {
            String declined = newId("NP");
            Map<String, String> returned =
                    query(chooseOnCardPage(napasPay(declined, 10_000).body(), "decline")
                            .headers()
                            .firstValue("Location")
                            .orElseThrow());
            assertThat(returned).containsEntry("vpc_ResponseCode", "7");
            assertThat(napasQueryDr(declined, "egov-napas")).containsEntry("vpc_TxnResponseCode", "7");

            HttpResponse<String> cancelled =
                    chooseOnCardPage(napasPay(newId("NP"), 10_000).body(), "cancel");
            assertThat(cancelled.headers().firstValue("Location"))
                    .contains("https://dichvucong.danang.gov.vn/napas/back");
        }

        @Test
        void showsAnErrorPageWithCode8ForABadSecureHash() throws Exception {
            Map<String, String> fields = napasPayFields(newId("NP"), 150_000);
            fields.put("vpc_Amount", "100");

            HttpResponse<String> refused = exchange("GET", "/napas/gateway/vpcpay.do?" + form(fields), null, Map.of());

            assertThat(refused.statusCode()).isEqualTo(400);
            assertThat(refused.body()).contains("<strong id=\"code\">8</strong>");
        }

        @Test
        void answersQueryDrWithAWrongPasswordWithCode8() throws Exception {
            String ref = newId("NP");
            napasPay(ref, 10_000);

            Map<String, String> dr = napasQueryDr(ref, "guess");

            assertThat(dr)
                    .containsEntry("vpc_TxnResponseCode", "8")
                    .containsEntry("vpc_DRExists", "N")
                    .containsEntry("vpc_Message", "Invalid user or password");
        }

        @Test
        void refundsAPaymentUpToItsAmount() throws Exception {
            String ref = newId("NP");
            String transactionNo = query(chooseOnCardPage(napasPay(ref, 100_000).body(), "pay")
                            .headers()
                            .firstValue("Location")
                            .orElseThrow())
                    .get("vpc_TransactionNo");

            Map<String, String> refunded = napasRefund("RF-" + ref, transactionNo, 60_000);
            Map<String, String> tooMuch = napasRefund("RF2-" + ref, transactionNo, 40_001);

            assertThat(refunded).containsEntry("vpc_TxnResponseCode", "0").containsEntry("vpc_Amount", "6000000");
            assertThat(refunded.get("vpc_TransactionNo")).isNotEqualTo(transactionNo);
            assertThat(NAPAS_HASH.verifies(refunded)).isTrue();
            assertThat(tooMuch.get("vpc_TxnResponseCode")).isNotEqualTo("0");
        }

        @Test
        void answers503WhileNapasIsDown() throws Exception {
            planFaults("napas", "{\"failNext\":1}");

            assertThat(napasPay(newId("NP"), 10_000).statusCode()).isEqualTo(503);
        }
    }

    @Nested
    class Vietinbank {

        @Test
        void transfersOnAValidQrAndNotifiesThePlatformWithASignedBalanceChange() throws Exception {
            String reference = newId("TT").replace("-", "");

            HttpResponse<String> paid =
                    payVietQr(aVietQr().forAmount(250_000).forPurpose(reference).payload());

            assertThat(paid.statusCode()).isEqualTo(200);
            Map<String, Object> notification =
                    read(PLATFORM.receivedOn("/vietinbank").get(0).body());
            assertThat(notification)
                    .containsEntry("providerId", "EGOVDN")
                    .containsEntry("custCode", "EGOVDN")
                    .containsEntry("transType", "C")
                    .containsEntry("amount", "250000")
                    .containsEntry("currencyCode", "VND")
                    .containsEntry("recvAcctId", "113000006688")
                    .containsEntry("remark", reference + " CHUYEN TIEN");
            assertThat((String) notification.get("transTime")).matches("\\d{14}");
            assertThat(vietinbankSignatureValid(notification)).isTrue();

            Map<String, Object> seen = singlePayment(reference);
            assertThat(seen).containsEntry("partner", "VIETINBANK").containsEntry("amount", 250000);
            assertThat(callbacks(seen)).singleElement().satisfies(c -> assertThat(c)
                    .containsEntry("replyStatus", 200)
                    .containsEntry("replySignatureVerified", true));
        }

        @Test
        void refusesAPayloadWithABadCrcAsProblemJsonNamingField63() throws Exception {
            HttpResponse<String> refused = payVietQr(aVietQr().withCrc("ABCD").payload());

            assertThat(refused.statusCode()).isEqualTo(422);
            assertThat(refused.headers().firstValue("Content-Type"))
                    .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
            assertThat(read(refused.body())).containsEntry("field", "63");
            assertThat(PLATFORM.receivedOn("/vietinbank")).isEmpty();
        }

        @Test
        void refusesAQrForAnotherAccount() throws Exception {
            HttpResponse<String> refused =
                    payVietQr(aVietQr().toAccount("999999999").payload());

            assertThat(refused.statusCode()).isEqualTo(422);
            assertThat(read(refused.body())).containsEntry("field", "38.01.01");
        }

        @Test
        @SuppressWarnings("unchecked")
        void listsTheTransferOnASignedStatementInquiry() throws Exception {
            String reference = newId("ST").replace("-", "");
            payVietQr(aVietQr().forAmount(30_000).forPurpose(reference).payload());
            String requestId = newId("RQ");

            HttpResponse<String> response =
                    statement(requestId, "egov-client-secret", signedBy(PLATFORM_KEY, requestId));

            assertThat(response.statusCode()).isEqualTo(200);
            Map<String, Object> statement = read(response.body());
            assertThat(statement).containsEntry("errorCode", "00").containsEntry("requestId", requestId);
            assertThat(RsaSha256.verifies(VIETINBANK_KEY, requestId + "00", (String) statement.get("signature")))
                    .isTrue();
            assertThat((List<Map<String, Object>>) statement.get("transactions"))
                    .anySatisfy(t -> assertThat(t)
                            .containsEntry("remark", reference + " CHUYEN TIEN")
                            .containsEntry("amount", "30000"));
        }

        @Test
        void answersAStatementInquiryWithABadSignatureWith01() throws Exception {
            String requestId = newId("RQ");

            HttpResponse<String> response =
                    statement(requestId, "egov-client-secret", signedBy(PLATFORM_KEY, "someone else"));

            assertThat(read(response.body())).containsEntry("errorCode", "01");
        }

        @Test
        void answersWrongClientCredentialsWith401() throws Exception {
            String requestId = newId("RQ");

            HttpResponse<String> response = statement(requestId, "guess", signedBy(PLATFORM_KEY, requestId));

            assertThat(response.statusCode()).isEqualTo(401);
            assertThat(read(response.body())).containsEntry("httpCode", "401");
        }

        @Test
        void sendsDuplicateForgedOrWrongAmountNotificationsWhenPlanned() throws Exception {
            planFaults("vietinbank", "{\"callbacks\":{\"copies\":2,\"forgedSignature\":true}}");
            payVietQr(aVietQr()
                    .forAmount(40_000)
                    .forPurpose("DUP" + System.nanoTime() % 1_000_000)
                    .payload());

            List<PlatformStub.Received> forged = PLATFORM.receivedOn("/vietinbank");
            assertThat(forged).hasSize(2);
            assertThat(vietinbankSignatureValid(read(forged.get(0).body()))).isFalse();

            PLATFORM.forget();
            planFaults("vietinbank", "{\"callbacks\":{\"amountDelta\":-1000}}");
            payVietQr(aVietQr()
                    .forAmount(40_000)
                    .forPurpose("AMT" + System.nanoTime() % 1_000_000)
                    .payload());

            Map<String, Object> wrongAmount =
                    read(PLATFORM.receivedOn("/vietinbank").get(0).body());
            assertThat(wrongAmount).containsEntry("amount", "39000");
            assertThat(vietinbankSignatureValid(wrongAmount)).isTrue();
        }

        @Test
        void notifiesAfterTheAppAnswersWhenPlannedSo() throws Exception {
            planFaults("vietinbank", "{\"callbacks\":{\"timing\":\"AFTER_REDIRECT\"}}");

            HttpResponse<String> paid = payVietQr(
                    aVietQr().forPurpose("LATE" + System.nanoTime() % 1_000_000).payload());

            assertThat(read(paid.body()).get("notifications")).isEqualTo(List.of());
            await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(PLATFORM.receivedOn("/vietinbank"))
                    .hasSize(1));
        }

        private HttpResponse<String> statement(String requestId, String clientSecret, String signature)
                throws Exception {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("requestId", requestId);
            body.put("providerId", "EGOVDN");
            body.put("merchantId", "EGOVDN");
            body.put("account", "113000006688");
            body.put(
                    "fromDate",
                    LocalDate.now(PartnerSandboxApplication.VIETNAM)
                            .minusDays(1)
                            .toString());
            body.put(
                    "toDate",
                    LocalDate.now(PartnerSandboxApplication.VIETNAM).plusDays(1).toString());
            body.put("signature", signature);
            return exchange(
                    "POST",
                    "/erp/v1/statement/inquiry",
                    json.writeValueAsString(body),
                    Map.of(
                            "Content-Type", "application/json",
                            "x-ibm-client-id", "egov-client-id",
                            "x-ibm-client-secret", clientSecret));
        }

        private String signedBy(PrivateKey key, String requestId) {
            return RsaSha256.sign(key, requestId + "EGOVDN" + "EGOVDN" + "113000006688");
        }
    }

    @Test
    void knowsTheZnsTemplatesOfPaymentNotifications() throws Exception {
        Map<String, Object> body = Map.of(
                "phone", "84905123456",
                "template_id", "egov-payment-received",
                "template_data",
                        Map.of(
                                "dossier_code", "000.00.15.H17-250310-0001",
                                "amount", "150.000 đ",
                                "receipt_number", "BL-0001"));

        HttpResponse<String> sent = exchange(
                "POST",
                "/message/template",
                json.writeValueAsString(body),
                Map.of("Content-Type", "application/json", "access_token", "sandbox-zns-token"));

        assertThat(read(sent.body())).containsEntry("error", 0);
    }

    // MoMo helpers

    private Map<String, Object> createMomo(String orderId, long amount) throws Exception {
        return momoApi("create", createBody(orderId, amount));
    }

    private Map<String, Object> createBody(String orderId, long amount) {
        String requestId = "REQ-" + orderId;
        String orderInfo = "Lệ phí hồ sơ " + orderId;
        String redirectUrl = "http://localhost:3000/thanh-toan/ket-qua";
        String ipnUrl = PLATFORM.url("/momo/ipn");
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("partnerCode", "MOMO");
        body.put("requestId", requestId);
        body.put("amount", amount);
        body.put("orderId", orderId);
        body.put("orderInfo", orderInfo);
        body.put("redirectUrl", redirectUrl);
        body.put("ipnUrl", ipnUrl);
        body.put("requestType", "captureWallet");
        body.put("extraData", "");
        body.put("lang", "vi");
        body.put(
                "signature",
                new MomoSignature(MOMO_SECRET)
                        .sign(MomoSignature.createRequestRaw(
                                MOMO_ACCESS_KEY,
                                amount,
                                "",
                                ipnUrl,
                                orderId,
                                orderInfo,
                                "MOMO",
                                redirectUrl,
                                requestId,
                                "captureWallet")));
        return body;
    }

    private Map<String, Object> signedQuery(String orderId) {
        String requestId = "Q-" + UUID.randomUUID();
        return Map.of(
                "partnerCode",
                "MOMO",
                "requestId",
                requestId,
                "orderId",
                orderId,
                "lang",
                "vi",
                "signature",
                new MomoSignature(MOMO_SECRET)
                        .sign(MomoSignature.queryRequestRaw(MOMO_ACCESS_KEY, orderId, "MOMO", requestId)));
    }

    private Map<String, Object> signedRefund(String refundOrderId, long amount, long transId) {
        String requestId = "R-" + UUID.randomUUID();
        return Map.of(
                "partnerCode",
                "MOMO",
                "orderId",
                refundOrderId,
                "requestId",
                requestId,
                "amount",
                amount,
                "transId",
                transId,
                "lang",
                "vi",
                "description",
                "Hoàn phí",
                "signature",
                new MomoSignature(MOMO_SECRET)
                        .sign(MomoSignature.refundRequestRaw(
                                MOMO_ACCESS_KEY, amount, "Hoàn phí", refundOrderId, "MOMO", requestId, transId)));
    }

    private Map<String, Object> momoApi(String operation, Map<String, Object> body) throws Exception {
        HttpResponse<String> response = exchange(
                "POST",
                "/v2/gateway/api/" + operation,
                json.writeValueAsString(body),
                Map.of("Content-Type", "application/json"));
        assertThat(response.statusCode()).isEqualTo(200);
        return read(response.body());
    }

    private HttpResponse<String> chooseOnMomoPage(String payUrl, String action) throws Exception {
        return http.send(
                HttpRequest.newBuilder(URI.create(payUrl))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString("action=" + action))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static boolean momoIpnSignatureValid(Map<String, ?> ipn) {
        String raw = MomoSignature.ipnRaw(
                MOMO_ACCESS_KEY,
                ipn.get("amount"),
                (String) ipn.get("extraData"),
                (String) ipn.get("message"),
                (String) ipn.get("orderId"),
                (String) ipn.get("orderInfo"),
                (String) ipn.get("orderType"),
                (String) ipn.get("partnerCode"),
                (String) ipn.get("payType"),
                (String) ipn.get("requestId"),
                ipn.get("responseTime"),
                ipn.get("resultCode"),
                ipn.get("transId"));
        return new MomoSignature(MOMO_SECRET).verifies(raw, (String) ipn.get("signature"));
    }

    // NAPAS helpers

    private Map<String, String> napasPayFields(String ref, long vnd) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("vpc_Version", "2.0");
        fields.put("vpc_Command", "pay");
        fields.put("vpc_AccessCode", "EGOVACCESS");
        fields.put("vpc_Merchant", "EGOVDANANG");
        fields.put("vpc_MerchTxnRef", ref);
        fields.put("vpc_OrderInfo", "Lệ phí hồ sơ " + ref);
        fields.put("vpc_Amount", Long.toString(vnd * 100));
        fields.put("vpc_CurrencyCode", "VND");
        fields.put("vpc_Locale", "vn");
        fields.put("vpc_ReturnURL", "https://dichvucong.danang.gov.vn/napas/return");
        fields.put("vpc_BackURL", "https://dichvucong.danang.gov.vn/napas/back");
        fields.put("vpc_TicketNo", "203.113.1.2");
        fields.put("vpc_SecureHash", NAPAS_HASH.hash(fields));
        return fields;
    }

    private HttpResponse<String> napasPay(String ref, long vnd) throws Exception {
        return exchange("GET", "/napas/gateway/vpcpay.do?" + form(napasPayFields(ref, vnd)), null, Map.of());
    }

    private HttpResponse<String> chooseOnCardPage(String cardPage, String action) throws Exception {
        int at = cardPage.indexOf("/napas/gateway/card/");
        String path = cardPage.substring(at, cardPage.indexOf('"', at));
        return exchange("POST", path, "action=" + action, Map.of("Content-Type", "application/x-www-form-urlencoded"));
    }

    private Map<String, String> napasQueryDr(String ref, String password) throws Exception {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("vpc_Version", "2.1");
        fields.put("vpc_Command", "queryDR");
        fields.put("vpc_AccessCode", "EGOVACCESS");
        fields.put("vpc_Merchant", "EGOVDANANG");
        fields.put("vpc_MerchTxnRef", ref);
        fields.put("vpc_User", "egov");
        fields.put("vpc_Password", password);
        fields.put("vpc_SecureHash", NAPAS_HASH.hash(fields));
        return napasDps(fields);
    }

    private Map<String, String> napasRefund(String ref, String transactionNo, long vnd) throws Exception {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("vpc_Version", "2.1");
        fields.put("vpc_Command", "refund");
        fields.put("vpc_AccessCode", "EGOVACCESS");
        fields.put("vpc_Merchant", "EGOVDANANG");
        fields.put("vpc_MerchTxnRef", ref);
        fields.put("vpc_TransactionNo", transactionNo);
        fields.put("vpc_Amount", Long.toString(vnd * 100));
        fields.put("vpc_User", "egov");
        fields.put("vpc_Password", "egov-napas");
        fields.put("vpc_SecureHash", NAPAS_HASH.hash(fields));
        return napasDps(fields);
    }

    private Map<String, String> napasDps(Map<String, String> fields) throws Exception {
        HttpResponse<String> response = exchange(
                "POST",
                "/napas/gateway/vpcdps",
                form(fields),
                Map.of("Content-Type", "application/x-www-form-urlencoded"));
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/x-www-form-urlencoded"));
        return parseForm(response.body());
    }

    // VietinBank helpers

    private HttpResponse<String> payVietQr(String payload) throws Exception {
        return exchange(
                "POST",
                "/sandbox/vietqr/pay",
                json.writeValueAsString(Map.of("payload", payload)),
                Map.of("Content-Type", "application/json"));
    }

    private static boolean vietinbankSignatureValid(Map<String, Object> notification) {
        String text = RsaSha256.signedText(
                (String) notification.get("transId"),
                (String) notification.get("transTime"),
                (String) notification.get("custCode"),
                (String) notification.get("amount"),
                (String) notification.get("bankTransId"),
                (String) notification.get("remark"));
        return RsaSha256.verifies(VIETINBANK_KEY, text, (String) notification.get("signature"));
    }

    private static PlatformStub.Reply vietinbankReply(String notificationBody) {
        Map<String, Object> notification = STUB_JSON.readValue(notificationBody, new TypeReference<>() {});
        String transId = (String) notification.get("transId");
        Map<String, String> reply = new LinkedHashMap<>();
        reply.put("transId", transId);
        reply.put("providerId", "EGOVDN");
        reply.put("errorCode", "00");
        reply.put("errorDesc", "Success");
        reply.put("signature", RsaSha256.sign(PLATFORM_KEY, transId + "00" + "Success"));
        return new PlatformStub.Reply(200, STUB_JSON.writeValueAsString(reply));
    }

    // Sandbox helpers

    private void planFaults(String channel, String plan) throws Exception {
        assertThat(exchange("PUT", "/sandbox/faults/" + channel, plan, Map.of("Content-Type", "application/json"))
                        .statusCode())
                .isEqualTo(200);
    }

    private List<Map<String, Object>> payments(String orderId) throws Exception {
        HttpResponse<String> response = exchange(
                "GET",
                "/sandbox/payments?orderId=" + URLEncoder.encode(orderId, StandardCharsets.UTF_8),
                null,
                Map.of());
        assertThat(response.statusCode()).isEqualTo(200);
        return json.readValue(response.body(), new TypeReference<>() {});
    }

    private Map<String, Object> singlePayment(String orderId) throws Exception {
        List<Map<String, Object>> found = payments(orderId);
        assertThat(found).hasSize(1);
        return found.get(0);
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> callbacks(Map<String, Object> payment) {
        return (List<Map<String, Object>>) payment.get("callbacks");
    }

    private Map<String, Object> read(String body) {
        return json.readValue(body, new TypeReference<>() {});
    }

    private static String newId(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 13);
    }

    private static String form(Map<String, String> fields) {
        return fields.entrySet().stream()
                .map(f -> URLEncoder.encode(f.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(f.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    private static Map<String, String> query(String url) {
        return parseForm(URI.create(url).getRawQuery());
    }

    private static Map<String, String> parseForm(String encoded) {
        Map<String, String> fields = new LinkedHashMap<>();
        for (String pair : encoded.split("&")) {
            int eq = pair.indexOf('=');
            fields.put(
                    URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                    URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
        }
        return fields;
    }

    private HttpResponse<String> exchange(String method, String path, String body, Map<String, String> headers)
            throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .method(
                        method,
                        body == null
                                ? HttpRequest.BodyPublishers.noBody()
                                : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        headers.forEach(request::header);
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static String resource(String name) {
        try (InputStream in = PaymentSimulatorsIT.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.US_ASCII);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
