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
 * @param linger after a round that sent events, how long the relay waits for more before the next round, so that under
 *     load one round (a transaction, a select, the sends and an update) carries several events instead of one
 * @param retention how long published events stay in the table for audit and replay
 * @param source the CloudEvents {@code source} of this service
 */
@ConfigurationProperties("egov.outbox")
public record OutboxProperties(
        @DefaultValue("500ms") Duration pollInterval,
        @DefaultValue("200") int batchSize,
        @DefaultValue("30s") Duration maxBackoff,
        @DefaultValue("20ms") Duration linger,
        @DefaultValue("7d") Duration retention,
        String source) {}
