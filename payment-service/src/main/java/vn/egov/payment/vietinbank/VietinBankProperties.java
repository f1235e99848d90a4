package vn.egov.payment.vietinbank;

import java.time.Duration;
import java.time.Instant;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The agency's collection account at VietinBank and the API access to it. Defaults are those of the local partner
 * sandbox. Keys are PEM text, or where to read it: {@code classpath:...}, {@code file:...} or a file path.
 *
 * @param baseUrl the API gateway
 * @param providerId our provider id in the bank's messages
 * @param merchantId our merchant id in statement inquiries
 * @param custCode our customer code, part of the notification's signed text
 * @param account the agency's collection account: the QR pays into it, notifications must be about it
 * @param bin the bank's BIN in VietQR (970415 for VietinBank)
 * @param clientId sent as {@code x-ibm-client-id}
 * @param clientSecret sent as {@code x-ibm-client-secret}
 * @param bankPublicKey the bank's public key ("PUBLIC KEY", X.509), for its notifications and statement answers
 * @param previousBankPublicKey the bank's key before its last rotation, accepted until {@code
 *     previousBankPublicKeyValidUntil}; null when there is none
 * @param previousBankPublicKeyValidUntil end of the rotation window; the previous key is ignored without it
 * @param privateKey our private key ("PRIVATE KEY", PKCS#8), signing our replies and inquiries; the bank holds its
 *     public half
 * @param connectTimeout longest wait to connect to the API
 * @param readTimeout longest wait for its answer
 */
@ConfigurationProperties("egov.payments.vietinbank")
public record VietinBankProperties(
        @DefaultValue("http://localhost:8090") String baseUrl,
        @DefaultValue("EGOVDN") String providerId,
        @DefaultValue("EGOVDN") String merchantId,
        @DefaultValue("EGOVDN") String custCode,
        @DefaultValue("113000006688") String account,
        @DefaultValue("970415") String bin,
        @DefaultValue("egov-client-id") String clientId,
        @DefaultValue("egov-client-secret") String clientSecret,
        @DefaultValue("classpath:keys/vietinbank-sandbox-public.pem") String bankPublicKey,
        String previousBankPublicKey,
        Instant previousBankPublicKeyValidUntil,
        @DefaultValue("classpath:keys/egov-local-private.pem") String privateKey,
        @DefaultValue("2s") Duration connectTimeout,
        @DefaultValue("5s") Duration readTimeout) {

    public VietinBankProperties {
        baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }
}
