package vn.egov.notification.zalo;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The city's Zalo Official Account as its webhook and its customer-service messages need it. Defaults point at the
 * partner sandbox of the local stack.
 *
 * @param url base URL of the OA API ({@code https://openapi.zalo.me} in production)
 * @param accessToken the OA access token ({@code access_token} header)
 * @param appId the Zalo app id whose webhook receives the OA's events
 * @param secretKey the OA secret key, last part of the events' signature
 * @param timeout longest wait for one request
 */
@ConfigurationProperties("egov.notification.zalo.oa")
public record OaProperties(
        @DefaultValue("http://localhost:8090") String url,
        @DefaultValue("sandbox-oa-token") String accessToken,
        @DefaultValue("sandbox-zalo-app") String appId,
        @DefaultValue("sandbox-oa-secret") String secretKey,
        @DefaultValue("5s") Duration timeout) {}
