package vn.egov.servicedefaults.inbox;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How event listeners retry before a record goes to the dead-letter topic {@code <topic>.<group>.dlt}.
 *
 * @param initialBackoff first pause after a failure
 * @param maxBackoff longest pause
 * @param maxElapsed give up on a record (dead-letter it) after this long
 */
@ConfigurationProperties("egov.consumer")
public record ConsumerProperties(
        @DefaultValue("500ms") Duration initialBackoff,
        @DefaultValue("10s") Duration maxBackoff,
        @DefaultValue("2m") Duration maxElapsed) {}
