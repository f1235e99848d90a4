package vn.egov.payment.vietinbank;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import vn.egov.payment.support.PaymentApi.Answer;
import vn.egov.payment.support.WithPartnerSandbox;

/**
 * A citizen pays by bank transfer: scans the VietQR with a banking app (the sandbox's), VietinBank notifies the
 * collection account's credit with an RSA signature, and we answer with ours.
 */
class VietQrPaymentsIT extends WithPartnerSandbox {

    private Answer scanAndPay(String payload) {
        return api.send(HttpRequest.newBuilder(SANDBOX.baseUrl().resolve("/sandbox/vietqr/pay"))
                .header("Content-Type", "application/json")
                .POST(BodyPublishers.ofString("{\"payload\":\"" + payload + "\"}")));
    }

    @Test
    void aTransferToTheQrCodePaysTheFeeAndTheBankGetsOurSignedReply() throws Exception {
        Answer started = started("citizen-qr-a", "VIETINBANK");
        String id = started.text("id");
        String payload = started.json().get("qr").get("payload").asString();
        assertThat(payload).startsWith("000201010212").contains("A000000727").contains("970415");
        assertThat(payload).contains("5406200000").contains(started.text("providerOrderId"));
        assertThat(started.text("redirectUrl")).isNull();

        HttpResponse<byte[]> png = java.net.http.HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(
                                        URI.create("http://127.0.0.1:" + PORT + "/api/payments/" + id + "/qr.png"))
                                .header("Authorization", "Bearer " + IDENTITY.citizen("citizen-qr-a"))
                                .build(),
                        HttpResponse.BodyHandlers.ofByteArray());
        assertThat(png.statusCode()).isEqualTo(200);
        assertThat(png.body()).startsWith(new byte[] {(byte) 0x89, 'P', 'N', 'G'});

        Answer transferred = scanAndPay(payload);
        assertThat(transferred.status()).as(transferred.body()).isEqualTo(200);

        JsonNode paid = awaitStatus("citizen-qr-a", id, "SUCCESS");
        assertThat(paid.get("qr").isNull()).isTrue();
        assertThat(receipts(id)).isEqualTo(1);
        JsonNode delivery =
                atSandbox(started.text("providerOrderId")).get("callbacks").get(0);
        assertThat(delivery.get("replyStatus").asInt()).isEqualTo(200);
        assertThat(delivery.get("replySignatureVerified").asBoolean()).isTrue();
        assertThat(delivery.get("replyBody").asString()).contains("\"errorCode\":\"00\"");
    }

    @Test
    void aTamperedQrCodeIsRefusedByTheBankingApp() {
        Answer started = started("citizen-qr-b", "VIETINBANK");
        String payload = started.json().get("qr").get("payload").asString();
        String tampered = payload.replace("5406200000", "5406100000");

        Answer refused = scanAndPay(tampered);

        assertThat(refused.status()).isEqualTo(422);
        assertThat(api.get(IDENTITY.citizen("citizen-qr-b"), "/api/payments/" + started.text("id"))
                        .text("status"))
                .isEqualTo("STARTED");
    }

    @Test
    void aForgedBankNotificationIsRefusedWithTheRefusalCode() {
        Answer started = started("citizen-qr-c", "VIETINBANK");
        String forged =
                """
                {"msgId":"m1","providerId":"EGOVDN","transId":"T1","transTime":"20261207100000","transType":"C",
                 "amount":"200000","remark":"%s CHUYEN TIEN","currencyCode":"VND","custCode":"EGOVDN",
                 "sendBankId":"970436","recvAcctId":"113000006688","recvVirtualAcctId":"","bankTransId":"B1",
                 "signature":"AAAA"}"""
                        .formatted(started.text("providerOrderId"));

        Answer answer = api.callback("vietinbank", "application/json", forged);

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.text("errorCode")).isEqualTo("01");
        assertThat(api.get(IDENTITY.citizen("citizen-qr-c"), "/api/payments/" + started.text("id"))
                        .text("status"))
                .isEqualTo("STARTED");
    }
}
