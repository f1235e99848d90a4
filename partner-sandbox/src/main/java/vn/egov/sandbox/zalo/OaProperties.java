package vn.egov.sandbox.zalo;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The Zalo Official Account of the city as the simulated Zalo platform knows it: the app whose webhook receives the
 * users' events, and the OA access token its customer-service message API accepts.
 *
 * @param appId the Zalo app id (first part of the event signature)
 * @param oaId the OA's id (the events' recipient)
 * @param secretKey the OA secret key (last part of the event signature)
 * @param accessToken the token {@code /v3.0/oa/message/cs} accepts in its {@code access_token} header
 * @param webhookUrl the platform's webhook the events go to
 * @param timeout longest wait for the webhook's answer
 * @param receiptDelay how long after a message (OA text or ZNS) Zalo sends {@code user_received_message}
 */
@ConfigurationProperties("sandbox.zalo.oa")
public record OaProperties(
        @DefaultValue("sandbox-zalo-app") String appId,
        @DefaultValue("4318203998243118071") String oaId,
        @DefaultValue("sandbox-oa-secret") String secretKey,
        @DefaultValue("sandbox-oa-token") String accessToken,
        @DefaultValue("http://localhost:8080/api/notifications/inbound/zalo") String webhookUrl,
        @DefaultValue("10s") Duration timeout,
        @DefaultValue("500ms") Duration receiptDelay) {}
