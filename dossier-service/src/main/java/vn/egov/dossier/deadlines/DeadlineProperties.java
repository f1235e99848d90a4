package vn.egov.dossier.deadlines;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the overdue scan runs.
 *
 * @param overdueScanInterval pause between two scans (ISO-8601, e.g. PT5M), env {@code EGOV_DEADLINES_OVERDUESCANINTERVAL}
 * @param overdueBatchSize dossiers flagged per transaction
 */
@ConfigurationProperties("egov.deadlines")
public record DeadlineProperties(
        @DefaultValue("PT5M") Duration overdueScanInterval, @DefaultValue("100") int overdueBatchSize) {

    public DeadlineProperties {
        if (overdueBatchSize < 1) {
            throw new IllegalArgumentException("egov.deadlines.overdue-batch-size must be positive");
        }
    }
}
