package vn.egov.payment.refund;

import java.time.Duration;
import java.util.Set;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Refund policy.
 *
 * @param automaticWhen dossier statuses whose paid fee is refunded without an officer asking (default: a dossier the
 *     applicant withdrew, and one the agency did not accept)
 * @param submitInterval how often refunds waiting for the partner are submitted or retried
 */
@ConfigurationProperties("egov.payments.refunds")
public record RefundProperties(Set<String> automaticWhen, Duration submitInterval) {

    public RefundProperties {
        automaticWhen = automaticWhen == null ? Set.of("WITHDRAWN", "NOT_ACCEPTED") : Set.copyOf(automaticWhen);
        submitInterval = submitInterval == null ? Duration.ofSeconds(10) : submitInterval;
    }
}
