package vn.egov.notification.inbound;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Inbound messages: how the SMS provider's webhook proves itself, and how many messages of one sender are answered.
 *
 * @param sms the SMS provider's mobile-originated webhook
 * @param rateLimit answers per sender
 */
@ConfigurationProperties("egov.notification.inbound")
public record InboundProperties(@DefaultValue Sms sms, @DefaultValue RateLimit rateLimit) {

    /** How the provider authenticates its calls to our webhook. */
    public enum Authentication {
        /**
         * eSMS's short-code MO push (GET, query parameters): {@code sign} = Base64 of MD5 of cpid + smsid + content +
         * receiverTime + the private key, and {@code cpid} must be ours.
         */
        ESMS_SIGN,
        /** Header {@code X-Webhook-Secret} carries the shared secret. */
        SHARED_SECRET,
        /** Header {@code X-Webhook-Signature} carries the lowercase hex HMAC-SHA256 of the raw body under the secret. */
        HMAC_SHA256
    }

    /**
     * @param authentication eSMS's signed GET (default), or a JSON POST with a shared secret or HMAC signature
     * @param secret the eSMS private key, the shared secret, or the HMAC key
     * @param cpid the CP id eSMS gave the city (ESMS_SIGN only)
     */
    public record Sms(
            @DefaultValue("ESMS_SIGN") Authentication authentication,
            @DefaultValue("sandbox-mo-secret") String secret,
            @DefaultValue("EGOVDN") String cpid) {}

    /**
     * @param maxPerSender messages of one sender answered within the window; the next ones are ignored and counted
     * @param window the sliding window
     */
    public record RateLimit(@DefaultValue("5") int maxPerSender, @DefaultValue("10m") Duration window) {}
}
