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
            case ESMS_SIGN -> false;
            case SHARED_SECRET -> secretHeader != null && equal(secretHeader.strip(), secret);
            case HMAC_SHA256 ->
                signatureHeader != null
                        && equal(signatureHeader.strip().toLowerCase(Locale.ROOT), hmacSha256Hex(secret, body));
        };
    }

    /** Whether the JSON POST form of the webhook is the one configured. */
    public boolean expectsJsonPost() {
        return properties.sms().authentication() != InboundProperties.Authentication.ESMS_SIGN;
    }

    /**
     * eSMS's short-code MO push: {@code sign} must be Base64(MD5(cpid + smsid + content + receiverTime + private key))
     * and {@code cpid} ours; only in {@code ESMS_SIGN} mode.
     */
    public boolean authenticEsms(String cpid, String smsid, String content, String receiverTime, String sign) {
        if (properties.sms().authentication() != InboundProperties.Authentication.ESMS_SIGN
                || cpid == null
                || smsid == null
                || content == null
                || receiverTime == null
                || sign == null
                || !equal(cpid, properties.sms().cpid())) {
            return false;
        }
        return equal(
                sign.strip(),
                esmsSign(cpid, smsid, content, receiverTime, properties.sms().secret()));
    }

    /** Base64 of MD5 of the values and the private key, as eSMS signs its MO push. */
    public static String esmsSign(String cpid, String smsid, String content, String receiverTime, String privateKey) {
        try {
            byte[] digest = java.security.MessageDigest.getInstance("MD5")
                    .digest((cpid + smsid + content + receiverTime + privateKey).getBytes(StandardCharsets.UTF_8));
            return java.util.Base64.getEncoder().encodeToString(digest);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("MD5 unavailable", e);
        }
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
