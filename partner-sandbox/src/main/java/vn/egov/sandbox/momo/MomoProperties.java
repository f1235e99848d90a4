package vn.egov.sandbox.momo;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The MoMo business account the simulated gateway serves; the defaults are MoMo's own public test credentials.
 *
 * @param partnerCode the partnerCode the gateway knows
 * @param accessKey the accessKey that goes into every signature
 * @param secretKey the HMAC-SHA256 key of every signature
 * @param storeName the merchant's name the payment page shows
 * @param publicBaseUrl the base of the payUrl the gateway hands out, e.g. {@code http://localhost:8090}; blank means
 *     the scheme, host and port the create request came to
 * @param orderExpiry how long the payer has to pay before the order expires (result code 1005)
 */
@ConfigurationProperties("sandbox.momo")
public record MomoProperties(
        @DefaultValue("MOMO") String partnerCode,
        @DefaultValue("F8BBA842ECF85") String accessKey,
        @DefaultValue("K951B6PE1waDMi640xX08PD3vg6EkVlz") String secretKey,
        @DefaultValue("Cổng Dịch vụ công thành phố Đà Nẵng") String storeName,
        @DefaultValue("") String publicBaseUrl,
        @DefaultValue("15m") Duration orderExpiry) {}
