package vn.egov.payment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import vn.egov.payment.momo.MomoFuzzTargets;
import vn.egov.payment.napas.NapasFuzzTargets;
import vn.egov.payment.provider.CallbackVerdict;
import vn.egov.payment.vietinbank.VietQr;
import vn.egov.payment.vietinbank.VietinBankFuzzTargets;

/**
 * What anyone on the internet can send payment-service: partner callbacks (MoMo's IPN, NAPAS's browser return,
 * VietinBank's balance-change notification) and VietQR payloads. Nothing throws, and nothing unsigned is believed; a
 * VietQR code that reads writes back as itself. One fuzz test for the module (Jazzer fuzzes one per JVM): the first
 * byte picks the parser.
 */
class PaymentInputsFuzzTest {

    static {
        // Key pairs and providers are made once, here, so that the fuzzing time goes to fuzzing.
        MomoFuzzTargets.ipn(new byte[0]);
        NapasFuzzTargets.paidReturn();
        VietinBankFuzzTargets.notification("");
    }

    @FuzzTest(maxDuration = "4s")
    void neverBelievesNorBreaksOnWhatArrives(FuzzedDataProvider data) {
        switch (data.consumeInt(0, 3)) {
            case 0 -> assertRefused(MomoFuzzTargets.ipn(data.consumeRemainingAsBytes()));
            case 1 -> assertRefused(NapasFuzzTargets.browserReturn(napasQuery(data)));
            case 2 -> assertRefused(VietinBankFuzzTargets.notification(data.consumeRemainingAsString()));
            default -> readsVietQr(data.consumeBoolean(), data.consumeRemainingAsString());
        }
    }

    private static void assertRefused(CallbackVerdict verdict) {
        assertThat(verdict).isInstanceOf(CallbackVerdict.Refused.class);
    }

    private static Map<String, String> napasQuery(FuzzedDataProvider data) {
        Map<String, String> query = new LinkedHashMap<>();
        if (data.consumeBoolean()) {
            query.putAll(NapasFuzzTargets.paidReturn());
        }
        int fields = data.consumeInt(0, 16);
        for (int i = 0; i < fields; i++) {
            query.put(
                    data.consumeBoolean() ? "vpc_" + data.consumeString(20) : data.consumeString(20),
                    data.consumeString(200));
        }
        return query;
    }

    private static void readsVietQr(boolean fixCrc, String text) {
        String payload = fixCrc ? VietinBankFuzzTargets.withCrc(text) : text;
        Throwable refused = catchThrowable(() -> VietQr.parse(payload));
        if (refused != null) {
            assertThat(refused).isInstanceOf(IllegalArgumentException.class);
            return;
        }
        VietQr qr = VietQr.parse(payload);
        assertThat(VietQr.parse(qr.payload())).isEqualTo(qr);
        assertThat(qr.payload().getBytes(StandardCharsets.UTF_8)).isNotEmpty();
    }
}
