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
 */
@ConfigurationProperties("egov.notification.sms")
public record SmsProperties(
        @DefaultValue("http://localhost:8090") String url,
        @DefaultValue("sandbox-sms-key") String apiKey,
        @DefaultValue("sandbox-sms-secret") String secretKey,
        @DefaultValue("EGOV-DN") String brandname,
        @DefaultValue("5s") Duration timeout) {}
