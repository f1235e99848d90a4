package vn.egov.sandbox.napas;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The merchant the simulated NAPAS gateway serves.
 *
 * @param merchant vpc_Merchant
 * @param accessCode vpc_AccessCode
 * @param secret the secure hash secret
 * @param user vpc_User of queryDR and refund
 * @param password vpc_Password of queryDR and refund
 * @param hashAlgorithm {@code MD5} or {@code HMAC_SHA256}
 * @param orderExpiry how long the payer has on the card page before queryDR reports the order expired (code 3)
 */
@ConfigurationProperties("sandbox.napas")
public record NapasProperties(
        @DefaultValue("EGOVDANANG") String merchant,
        @DefaultValue("EGOVACCESS") String accessCode,
        @DefaultValue("EGOV-NAPAS-SANDBOX-SECRET") String secret,
        @DefaultValue("egov") String user,
        @DefaultValue("egov-napas") String password,
        @DefaultValue("MD5") NapasHashAlgorithm hashAlgorithm,
        @DefaultValue("15m") Duration orderExpiry) {

    /** The secure hash the merchant and the gateway share. */
    public NapasSecureHash secureHash() {
        return new NapasSecureHash(hashAlgorithm, secret);
    }
}
