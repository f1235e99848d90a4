package vn.egov.payment.momo;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;
import vn.egov.payment.provider.CallbackHandling;
import vn.egov.payment.provider.CallbackVerdict;
import vn.egov.payment.provider.InboundCallback;
import vn.egov.payment.provider.Outcome;

/** Reading MoMo's IPN: the signature decides before anything else, and nothing malformed throws. */
class MomoIpnTest {

    private static final String SECRET = "K951B6PE1waDMi640xX08PD3vg6EkVlz";
    private static final Instant NOW = Instant.parse("2026-12-07T03:00:00Z");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static MomoProvider momo(String previousKey, Instant previousUntil) {
        MomoProperties properties = new MomoProperties(
                URI.create("http://127.0.0.1:9"),
                "MOMO",
                "F8BBA842ECF85",
                SECRET,
                previousKey,
                previousUntil,
                null,
                null,
                Duration.ofSeconds(1),
                Duration.ofSeconds(1));
        return new MomoProvider(properties, JSON, Clock.fixed(NOW, ZoneId.of("Asia/Ho_Chi_Minh")));
    }

    static Map<String, Object> ipn(String secret, long amount, int resultCode) {
        Map<String, Object> ipn = new LinkedHashMap<>();
        ipn.put("partnerCode", "MOMO");
        ipn.put("orderId", "EGTESTORDER0000000001");
        ipn.put("requestId", "5f0c7c1e-3b1a-4a53-9a55-0d6f0e8b2c11");
        ipn.put("amount", amount);
        ipn.put("orderInfo", "Le phi ho so 000.00.15.H17-261123-0001");
        ipn.put("orderType", "momo_wallet");
        ipn.put("transId", 4088878653L);
        ipn.put("resultCode", resultCode);
        ipn.put("message", "Successful.");
        ipn.put("payType", "qr");
        ipn.put("responseTime", 1764212652000L);
        ipn.put("extraData", "");
        Map<String, String> text = new LinkedHashMap<>();
        ipn.forEach((k, v) -> text.put(k, String.valueOf(v)));
        text.put("accessKey", "F8BBA842ECF85");
        ipn.put("signature", MomoSignature.sign(secret, MomoSignature.IPN, text));
        return ipn;
    }

    private static InboundCallback callback(Object body) {
        byte[] bytes = body instanceof String s
                ? s.getBytes(StandardCharsets.UTF_8)
                : JSON.writeValueAsString(body).getBytes(StandardCharsets.UTF_8);
        return new InboundCallback(
                "MOMO", InboundCallback.NOTIFICATION, Map.of(), bytes, "application/json", "127.0.0.1", NOW);
    }

    @Test
    void acceptsAPaidIpnSignedWithTheSecretKey() {
        CallbackVerdict verdict = momo(null, null).verify(callback(ipn(SECRET, 200000, 0)));

        assertThat(verdict).isInstanceOf(CallbackVerdict.Authentic.class);
        var result = ((CallbackVerdict.Authentic) verdict).result();
        assertThat(result.outcome()).isEqualTo(Outcome.SUCCEEDED);
        assertThat(result.amount()).isEqualTo(200000L);
        assertThat(result.providerOrderId()).isEqualTo("EGTESTORDER0000000001");
        assertThat(result.transactionId()).isEqualTo("4088878653");
        assertThat(((CallbackVerdict.Authentic) verdict).needsConfirmation()).isFalse();
    }

    @Test
    void readsACancelledPayment() {
        var verdict = (CallbackVerdict.Authentic) momo(null, null).verify(callback(ipn(SECRET, 200000, 1006)));

        assertThat(verdict.result().outcome()).isEqualTo(Outcome.CANCELLED);
    }

    @Test
    void refusesAnIpnWhoseAmountWasChangedAfterSigning() {
        Map<String, Object> ipn = ipn(SECRET, 200000, 0);
        ipn.put("amount", 2000);

        assertThat(momo(null, null).verify(callback(ipn))).isInstanceOf(CallbackVerdict.Refused.class);
    }

    @Test
    void refusesAnIpnSignedWithAnotherKey() {
        assertThat(momo(null, null).verify(callback(ipn("not-the-key", 200000, 0))))
                .isInstanceOf(CallbackVerdict.Refused.class);
    }

    @Test
    void refusesAnIpnWithoutSignatureOrNotJsonWithoutThrowing() {
        Map<String, Object> unsigned = ipn(SECRET, 200000, 0);
        unsigned.remove("signature");

        assertThat(momo(null, null).verify(callback(unsigned))).isInstanceOf(CallbackVerdict.Refused.class);
        assertThat(momo(null, null).verify(callback("{\"amount\": [1, 2"))).isInstanceOf(CallbackVerdict.Refused.class);
        assertThat(momo(null, null).verify(callback("[]"))).isInstanceOf(CallbackVerdict.Refused.class);
        assertThat(momo(null, null).verify(callback(""))).isInstanceOf(CallbackVerdict.Refused.class);
    }

    @Test
    void refusesAnotherPartnerCodeEvenWhenSigned() {
        Map<String, Object> ipn = ipn(SECRET, 200000, 0);
        ipn.put("partnerCode", "OTHER");
        Map<String, String> text = new LinkedHashMap<>();
        ipn.forEach((k, v) -> text.put(k, String.valueOf(v)));
        text.put("accessKey", "F8BBA842ECF85");
        ipn.put("signature", MomoSignature.sign(SECRET, MomoSignature.IPN, text));

        assertThat(momo(null, null).verify(callback(ipn))).isInstanceOf(CallbackVerdict.Refused.class);
    }

    @Nested
    class KeyRotation {

        @Test
        void acceptsThePreviousKeyInsideItsWindow() {
            var momo = momo("old-secret", NOW.plusSeconds(3600));

            assertThat(momo.verify(callback(ipn("old-secret", 200000, 0))))
                    .isInstanceOf(CallbackVerdict.Authentic.class);
        }

        @Test
        void refusesThePreviousKeyOnceItsWindowClosed() {
            var momo = momo("old-secret", NOW.minusSeconds(1));

            assertThat(momo.verify(callback(ipn("old-secret", 200000, 0)))).isInstanceOf(CallbackVerdict.Refused.class);
        }
    }

    @Test
    void answers204ToEverythingKeptAnd400ToARefusal() {
        var momo = momo(null, null);
        var cb = callback(ipn(SECRET, 200000, 0));
        var verdict = momo.verify(cb);

        assertThat(momo.reply(cb, verdict, CallbackHandling.APPLIED).status()).isEqualTo(204);
        assertThat(momo.reply(cb, verdict, CallbackHandling.DUPLICATE).status()).isEqualTo(204);
        assertThat(momo.reply(cb, verdict, CallbackHandling.WRONG_AMOUNT).status())
                .isEqualTo(204);
        assertThat(momo.reply(cb, verdict, CallbackHandling.REFUSED).status()).isEqualTo(400);
        assertThat(momo.reply(cb, verdict, CallbackHandling.ERROR).status()).isEqualTo(503);
    }
}
