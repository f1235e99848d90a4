package vn.egov.payment.momo;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * MoMo credentials and endpoint. The defaults are MoMo's public sandbox test credentials (published in MoMo's
 * developer documentation), so that anyone can sign a test IPN, and the local partner sandbox as the endpoint.
 *
 * @param baseUrl MoMo's gateway (production {@code https://payment.momo.vn}, test {@code https://test-payment.momo.vn})
 * @param previousSecretKey the key being rotated out, accepted on IPNs until {@code previousValidUntil}
 */
@ConfigurationProperties("egov.payments.momo")
public record MomoProperties(
        URI baseUrl,
        String partnerCode,
        String accessKey,
        String secretKey,
        String previousSecretKey,
        Instant previousValidUntil,
        String requestType,
        String lang,
        Duration connectTimeout,
        Duration readTimeout) {

    public MomoProperties {
        baseUrl = baseUrl == null ? URI.create("http://localhost:8090") : baseUrl;
        partnerCode = partnerCode == null ? "MOMO" : partnerCode;
        accessKey = accessKey == null ? "F8BBA842ECF85" : accessKey;
        secretKey = secretKey == null ? "K951B6PE1waDMi640xX08PD3vg6EkVlz" : secretKey;
        requestType = requestType == null ? "captureWallet" : requestType;
        lang = lang == null ? "vi" : lang;
        connectTimeout = connectTimeout == null ? Duration.ofSeconds(2) : connectTimeout;
        readTimeout = readTimeout == null ? Duration.ofSeconds(10) : readTimeout;
    }

    /** True when the previous key may still sign what MoMo sends. */
    boolean previousKeyValidAt(Instant at) {
        return previousSecretKey != null
                && !previousSecretKey.isBlank()
                && (previousValidUntil == null || at.isBefore(previousValidUntil));
    }
}
