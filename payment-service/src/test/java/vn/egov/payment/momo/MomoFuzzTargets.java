package vn.egov.payment.momo;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Map;
import tools.jackson.databind.json.JsonMapper;
import vn.egov.payment.provider.CallbackVerdict;
import vn.egov.payment.provider.InboundCallback;

/** MoMo's IPN reading for {@code PaymentInputsFuzzTest}, which lives outside this package. */
public final class MomoFuzzTargets {

    private static final MomoProvider MOMO = new MomoProvider(
            new MomoProperties(
                    URI.create("http://127.0.0.1:9"),
                    "MOMO",
                    "F8BBA842ECF85",
                    "K951B6PE1waDMi640xX08PD3vg6EkVlz",
                    null,
                    null,
                    null,
                    null,
                    Duration.ofSeconds(1),
                    Duration.ofSeconds(1)),
            JsonMapper.builder().build(),
            Clock.fixed(Instant.parse("2026-12-07T03:00:00Z"), ZoneId.of("Asia/Ho_Chi_Minh")));

    private MomoFuzzTargets() {}

    /** The verdict on an IPN with this body, as it would arrive at {@code /api/payments/callbacks/momo}. */
    public static CallbackVerdict ipn(byte[] body) {
        return MOMO.verify(new InboundCallback(
                "MOMO",
                InboundCallback.NOTIFICATION,
                Map.of(),
                body,
                "application/json",
                "127.0.0.1",
                Instant.parse("2026-12-07T03:00:00Z")));
    }
}
