package vn.egov.dossier.catalogue;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where catalogue-service is and how patiently dossier-service asks it.
 *
 * @param url base URL of catalogue-service
 * @param timeout longest wait for one attempt
 * @param attempts attempts per look-up, the first included (only connect failures, timeouts and 5xx are retried)
 * @param backoff pause before the second attempt, doubled before each further one
 * @param failureRateThreshold percentage of failed calls that opens the circuit
 * @param minimumCalls calls in the window before the failure rate counts
 * @param openDuration how long an open circuit refuses calls; also the Retry-After given to clients when a procedure
 *     has no last known copy. Short: a trial costs the catalogue a few requests, while an open circuit refuses every
 *     submission of a procedure without a last known copy
 * @param cacheTtl how long a procedure stays cached when no catalogue event evicts it first (a safety net for a
 *     missed event); after it the catalogue is asked again, and only while the catalogue cannot answer is the
 *     procedure's last known copy served, which has no time-to-live (catalogue events evict it too)
 * @param cacheSize most procedure versions kept, in the cache and, as many again, as last known copies
 * @param warmUp procedures of the last day's dossiers, the most used first, that an instance looks up before it takes
 *     traffic (0: none)
 * @param warmUpTime longest time the warm-up may hold the start back
 */
@ConfigurationProperties("egov.catalogue")
public record CatalogueProperties(
        @DefaultValue("http://localhost:8081") String url,
        @DefaultValue("2s") Duration timeout,
        @DefaultValue("3") int attempts,
        @DefaultValue("100ms") Duration backoff,
        @DefaultValue("50") float failureRateThreshold,
        @DefaultValue("4") int minimumCalls,
        @DefaultValue("5s") Duration openDuration,
        @DefaultValue("10m") Duration cacheTtl,
        @DefaultValue("2000") long cacheSize,
        @DefaultValue("100") int warmUp,
        @DefaultValue("20s") Duration warmUpTime) {}
