package vn.egov.payment.payment;

import java.net.URI;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How payments behave.
 *
 * @param expiry how long a started payment may stay unpaid before it expires and the citizen may start another
 * @param publicBaseUrl the platform's public address (the gateway), from which partners' callback URLs and the payer's
 *     return URLs are built
 * @param referencePrefix first characters of every order id (reference) we give a partner; a bank transfer's remark is
 *     searched for it
 */
@ConfigurationProperties("egov.payments")
public record PaymentProperties(Duration expiry, URI publicBaseUrl, String referencePrefix) {

    public PaymentProperties {
        expiry = expiry == null ? Duration.ofMinutes(15) : expiry;
        publicBaseUrl = publicBaseUrl == null ? URI.create("http://localhost:8080") : publicBaseUrl;
        referencePrefix = referencePrefix == null || referencePrefix.isBlank() ? "EG" : referencePrefix;
        if (!referencePrefix.matches("[A-Z0-9]{1,5}")) {
            throw new IllegalArgumentException("egov.payments.reference-prefix must be 1-5 of [A-Z0-9]");
        }
    }

    /** Where a partner posts its callbacks: {@code <base>/api/payments/callbacks/<provider in lower case>}. */
    public URI callbackUrl(String provider) {
        return publicBaseUrl.resolve("/api/payments/callbacks/" + provider.toLowerCase(java.util.Locale.ROOT));
    }

    /** Where the payer's browser lands after the partner's page: the public status of the order. */
    public URI returnUrl(String provider, String providerOrderId) {
        return publicBaseUrl.resolve("/api/public/payments/by-order/" + provider + "/" + providerOrderId);
    }
}
