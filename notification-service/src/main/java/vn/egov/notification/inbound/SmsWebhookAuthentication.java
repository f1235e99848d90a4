package vn.egov.notification.inbound;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Locale;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.stereotype.Component;

/** Checks that a call to the SMS webhook comes from the provider: its shared secret, or its signature of the body. */
@Component
public class SmsWebhookAuthentication {

    private final InboundProperties properties;

    SmsWebhookAuthentication(InboundProperties properties) {
        this.properties = properties;
    }

    /**
     * @param secretHeader the value of {@code X-Webhook-Secret}, or {@code null}
     * @param signatureHeader the value of {@code X-Webhook-Signature}, or {@code null}
     * @param body the raw body as received
     */
    public boolean authentic(String secretHeader, String signatureHeader, byte[] body) {
        String secret = properties.sms().secret();
        return switch (properties.sms().authentication()) {
            case SHARED_SECRET -> secretHeader != null && equal(secretHeader.strip(), secret);
            case HMAC_SHA256 ->
                signatureHeader != null
                        && equal(signatureHeader.strip().toLowerCase(Locale.ROOT), hmacSha256Hex(secret, body));
        };
    }

    /** Lowercase hex HMAC-SHA256 of {@code body} under {@code key}. */
    public static String hmacSha256Hex(String key, byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(body));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 unavailable", e);
        }
    }

    static boolean equal(String given, String expected) {
        return MessageDigest.isEqual(given.getBytes(StandardCharsets.UTF_8), expected.getBytes(StandardCharsets.UTF_8));
    }
}
