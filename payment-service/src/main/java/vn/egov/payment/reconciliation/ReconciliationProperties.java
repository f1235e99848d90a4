package vn.egov.payment.reconciliation;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param settleAfter how old an open payment must be before its partner is asked what became of it (its callback
 *     normally comes first)
 * @param settleInterval how often open payments are looked at
 */
@ConfigurationProperties("egov.payments.reconciliation")
public record ReconciliationProperties(Duration settleAfter, Duration settleInterval) {

    public ReconciliationProperties {
        settleAfter = settleAfter == null ? Duration.ofMinutes(2) : settleAfter;
        settleInterval = settleInterval == null ? Duration.ofSeconds(30) : settleInterval;
    }
}
