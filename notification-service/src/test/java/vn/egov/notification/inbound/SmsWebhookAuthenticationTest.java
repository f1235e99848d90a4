package vn.egov.notification.inbound;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class SmsWebhookAuthenticationTest {

    private static SmsWebhookAuthentication with(InboundProperties.Authentication mode) {
        return new SmsWebhookAuthentication(new InboundProperties(
                new InboundProperties.Sms(mode, "key", "CP1"),
                new InboundProperties.RateLimit(5, java.time.Duration.ofMinutes(10))));
    }

    @Test
    void checksEsmsSignAndCpidOnlyInEsmsMode() {
        String sign = SmsWebhookAuthentication.esmsSign("CP1", "id1", "TRACUU x", "20261207101500", "key");

        assertThat(with(InboundProperties.Authentication.ESMS_SIGN)
                        .authenticEsms("CP1", "id1", "TRACUU x", "20261207101500", sign))
                .isTrue();
        assertThat(with(InboundProperties.Authentication.ESMS_SIGN)
                        .authenticEsms("CP2", "id1", "TRACUU x", "20261207101500", sign))
                .isFalse();
        assertThat(with(InboundProperties.Authentication.ESMS_SIGN)
                        .authenticEsms("CP1", "id1", "TRACUU y", "20261207101500", sign))
                .isFalse();
        assertThat(with(InboundProperties.Authentication.HMAC_SHA256)
                        .authenticEsms("CP1", "id1", "TRACUU x", "20261207101500", sign))
                .isFalse();
    }

    @Test
    void checksTheHmacOfTheBodyOrTheSharedSecretInTheirModes() {
        byte[] body = "{\"MessageId\":\"1\"}".getBytes(StandardCharsets.UTF_8);
        String hmac = SmsWebhookAuthentication.hmacSha256Hex("key", body);

        assertThat(with(InboundProperties.Authentication.HMAC_SHA256).authentic(null, hmac, body))
                .isTrue();
        assertThat(with(InboundProperties.Authentication.HMAC_SHA256).authentic(null, hmac.toUpperCase(), body))
                .isTrue();
        assertThat(with(InboundProperties.Authentication.HMAC_SHA256)
                        .authentic(null, hmac, "{}".getBytes(StandardCharsets.UTF_8)))
                .isFalse();
        assertThat(with(InboundProperties.Authentication.SHARED_SECRET).authentic("key", null, body))
                .isTrue();
        assertThat(with(InboundProperties.Authentication.SHARED_SECRET).authentic("nope", null, body))
                .isFalse();
        assertThat(with(InboundProperties.Authentication.ESMS_SIGN).authentic("key", hmac, body))
                .isFalse();
    }
}
