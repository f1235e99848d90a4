package vn.egov.payment.napas;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The merchant account at NAPAS. Defaults are those of the local partner sandbox.
 *
 * @param baseUrl the gateway, under which {@code /gateway/vpcpay.do} and {@code /gateway/vpcdps} are found
 * @param merchant {@code vpc_Merchant}
 * @param accessCode {@code vpc_AccessCode}
 * @param secret the secure hash secret; requests are always signed with it
 * @param previousSecret the secret before the last rotation, still accepted on answers and returns until {@code
 *     previousSecretValidUntil}; null when there is none
 * @param previousSecretValidUntil end of the rotation window; {@code previousSecret} is ignored without it
 * @param user {@code vpc_User} of QueryDR and refund
 * @param password {@code vpc_Password} of QueryDR and refund
 * @param hashAlgorithm the secure hash the merchant account was set up with
 * @param returnUrl {@code vpc_ReturnURL}: where NAPAS sends the payer's browser with the signed result
 * @param backUrl {@code vpc_BackURL}: where the payer's browser goes on "cancel"; unsigned
 * @param landingUrl the page the payer lands on after a return, {@code {orderId}} standing for our order id
 * @param connectTimeout longest wait to connect to the gateway
 * @param readTimeout longest wait for its answer
 */
@ConfigurationProperties("egov.payments.napas")
public record NapasProperties(
        @DefaultValue("http://localhost:8090/napas") String baseUrl,
        @DefaultValue("EGOVDANANG") String merchant,
        @DefaultValue("EGOVACCESS") String accessCode,
        @DefaultValue("EGOV-NAPAS-SANDBOX-SECRET") String secret,
        String previousSecret,
        Instant previousSecretValidUntil,
        @DefaultValue("egov") String user,
        @DefaultValue("egov-napas") String password,
        @DefaultValue("MD5") NapasHashAlgorithm hashAlgorithm,
        @DefaultValue("http://localhost:8080/api/payments/callbacks/napas/return") String returnUrl,
        @DefaultValue("http://localhost:8080/api/payments/callbacks/napas/return?cancelled=true") String backUrl,
        @DefaultValue("http://localhost:8080/api/public/payments/by-order/NAPAS/{orderId}") String landingUrl,
        @DefaultValue("2s") Duration connectTimeout,
        @DefaultValue("5s") Duration readTimeout) {

    public NapasProperties {
        if (secret == null || secret.isBlank()) {
            throw new IllegalArgumentException("egov.payments.napas.secret must be set");
        }
        baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    /** The secrets a hash from NAPAS may be made with at this instant: the current one, then the previous one. */
    List<String> verifyingSecrets(Instant now) {
        boolean previousValid = previousSecret != null
                && !previousSecret.isBlank()
                && previousSecretValidUntil != null
                && now.isBefore(previousSecretValidUntil);
        return previousValid ? List.of(secret, previousSecret) : List.of(secret);
    }
}
