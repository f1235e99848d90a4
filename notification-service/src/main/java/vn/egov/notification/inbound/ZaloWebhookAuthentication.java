package vn.egov.notification.inbound;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import org.springframework.stereotype.Component;
import vn.egov.notification.zalo.OaProperties;

/**
 * Checks a Zalo OA webhook event as Zalo documents it: header {@code X-ZEvent-Signature: mac=<hex>} where the hex is
 * SHA-256 of app id + raw body + the event's {@code timestamp} + the OA secret key.
 */
@Component
public class ZaloWebhookAuthentication {

    private final OaProperties oa;

    ZaloWebhookAuthentication(OaProperties oa) {
        this.oa = oa;
    }

    /**
     * @param signatureHeader the header's value, with or without the {@code mac=} prefix
     * @param body the raw body
     * @param appId the event's {@code app_id}
     * @param timestamp the event's {@code timestamp}
     */
    public boolean authentic(String signatureHeader, String body, String appId, String timestamp) {
        if (signatureHeader == null
                || appId == null
                || timestamp == null
                || !oa.appId().equals(appId)) {
            return false;
        }
        String given = signatureHeader.strip();
        if (given.startsWith("mac=")) {
            given = given.substring("mac=".length());
        }
        String expected = signature(oa.appId(), body, timestamp, oa.secretKey());
        return MessageDigest.isEqual(
                given.toLowerCase(Locale.ROOT).getBytes(StandardCharsets.UTF_8),
                expected.getBytes(StandardCharsets.UTF_8));
    }

    /** Lowercase hex SHA-256 of {@code appId + body + timestamp + secretKey}. */
    public static String signature(String appId, String body, String timestamp, String secretKey) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256")
                            .digest((appId + body + timestamp + secretKey).getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
