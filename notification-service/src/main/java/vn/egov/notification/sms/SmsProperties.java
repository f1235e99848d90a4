package vn.egov.notification.sms;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The eSMS.vn account. Defaults point at the partner sandbox of the local stack.
 *
 * @param url base URL of the gateway ({@code https://rest.esms.vn} in production)
 * @param apiKey ApiKey
 * @param secretKey SecretKey
 * @param brandname the registered brandname the recipient sees as sender
 * @param timeout longest wait for one request
 * @param callbackUrl where eSMS reports each message's delivery ({@code CallbackUrl}), blank for no reports; eSMS
 *     signs nothing, so the URL carries {@code receiptToken}
 * @param receiptToken the secret the delivery-report URL carries ({@code token} query parameter)
 */
@ConfigurationProperties("egov.notification.sms")
public record SmsProperties(
        @DefaultValue("http://localhost:8090") String url,
        @DefaultValue("sandbox-sms-key") String apiKey,
        @DefaultValue("sandbox-sms-secret") String secretKey,
        @DefaultValue("EGOV-DN") String brandname,
        @DefaultValue("5s") Duration timeout,
        @DefaultValue("http://localhost:8080/api/notifications/receipts/sms") String callbackUrl,
        @DefaultValue("sandbox-receipt-token") String receiptToken) {

    /** The CallbackUrl sent with each message, with the token; null when reports are not wanted. */
    public String callbackUrlWithToken() {
        if (callbackUrl == null || callbackUrl.isBlank()) {
            return null;
        }
        return callbackUrl + (callbackUrl.contains("?") ? "&" : "?") + "token="
                + java.net.URLEncoder.encode(receiptToken, java.nio.charset.StandardCharsets.UTF_8);
    }
}
