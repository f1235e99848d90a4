package vn.egov.sandbox.sms;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the simulated SMS provider delivers the messages citizens send to the short code (mobile-originated, MO), and
 * how it proves itself to the platform's webhook.
 *
 * @param url the platform's MO webhook
 * @param authentication {@code ESMS_SIGN} (eSMS's short-code push: GET with {@code sign} = Base64(MD5(cpid + smsid +
 *     content + receiverTime + private key))), or a JSON POST with {@code HMAC_SHA256} (header
 *     {@code X-Webhook-Signature}: lowercase hex HMAC-SHA256 of the body under the secret) or {@code SHARED_SECRET}
 *     (header {@code X-Webhook-Secret})
 * @param secret the private key, shared secret or HMAC key
 * @param cpid the CP id eSMS gave the platform (ESMS_SIGN)
 * @param shortCode the short code citizens send to
 * @param timeout longest wait for the webhook's answer
 */
@ConfigurationProperties("sandbox.sms.mo")
public record MobileOriginatedProperties(
        @DefaultValue("http://localhost:8080/api/notifications/inbound/sms") String url,
        @DefaultValue("ESMS_SIGN") String authentication,
        @DefaultValue("sandbox-mo-secret") String secret,
        @DefaultValue("EGOVDN") String cpid,
        @DefaultValue("8079") String shortCode,
        @DefaultValue("10s") Duration timeout) {}
