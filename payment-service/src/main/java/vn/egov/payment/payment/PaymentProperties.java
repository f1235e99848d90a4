package vn.egov.payment.payment;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How payments behave. The addresses handed to partners come from {@link vn.egov.payment.PublicSite}.
 *
 * @param expiry how long a started payment may stay unpaid before it expires and the citizen may start another
 * @param referencePrefix first characters of every order id (reference) we give a partner; a bank transfer's remark is
 *     searched for it
 */
@ConfigurationProperties("egov.payments")
public record PaymentProperties(Duration expiry, String referencePrefix) {

    public PaymentProperties {
        expiry = expiry == null ? Duration.ofMinutes(15) : expiry;
        referencePrefix = referencePrefix == null || referencePrefix.isBlank() ? "EG" : referencePrefix;
        if (!referencePrefix.matches("[A-Z0-9]{1,5}")) {
            throw new IllegalArgumentException("egov.payments.reference-prefix must be 1-5 of [A-Z0-9]");
        }
    }
}
