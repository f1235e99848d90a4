package vn.egov.servicedefaults.outbox;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the outbox relay.
 *
 * @param pollInterval how often the relay looks for unpublished events when nothing wakes it
 * @param batchSize events sent per round trip
 * @param maxBackoff longest pause after failures while the broker is unreachable
 * @param retention how long published events stay in the table for audit and replay
 * @param source the CloudEvents {@code source} of this service
 */
@ConfigurationProperties("egov.outbox")
public record OutboxProperties(
        @DefaultValue("500ms") Duration pollInterval,
        @DefaultValue("200") int batchSize,
        @DefaultValue("30s") Duration maxBackoff,
        @DefaultValue("7d") Duration retention,
        String source) {}
