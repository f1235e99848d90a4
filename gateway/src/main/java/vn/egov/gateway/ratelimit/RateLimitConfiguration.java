package vn.egov.gateway.ratelimit;

import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.jdbc.PrimaryKeyMapper;
import io.github.bucket4j.postgresql.Bucket4jPostgreSQL;
import io.github.bucket4j.postgresql.PostgreSQLSelectForUpdateBasedProxyManager;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Duration;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;
import vn.egov.gateway.problem.Problems;

/**
 * The rate limits' filter and their buckets in the gateway's database (table {@code rate_limit_bucket}, created by
 * {@link BucketTable}). A
 * bucket's row may go once the bucket would be full again; every instance sweeps such rows now and then (rows locked
 * by another instance are skipped).
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "egov.gateway.rate-limits.enabled", havingValue = "true", matchIfMissing = true)
@EnableScheduling
public class RateLimitConfiguration {

    static final String TABLE = "rate_limit_bucket";
    private static final Logger log = LoggerFactory.getLogger(RateLimitConfiguration.class);
    private static final int SWEEP_BATCH = 1_000;

    @Bean
    BucketTable bucketTable(DataSource dataSource) {
        return new BucketTable(dataSource);
    }

    /** After {@link BucketTable} has migrated the table, or failed to and retries in the background. */
    @Bean
    PostgreSQLSelectForUpdateBasedProxyManager<String> rateLimitBuckets(DataSource dataSource, BucketTable table) {
        return Bucket4jPostgreSQL.selectForUpdateBasedBuilder(dataSource)
                .primaryKeyMapper(PrimaryKeyMapper.STRING)
                .table(TABLE)
                .idColumn("id")
                .stateColumn("state")
                .expiresAtColumn("expires_at")
                .expirationAfterWrite(
                        ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(Duration.ofSeconds(10)))
                .build();
    }

    @Bean
    RateLimits rateLimits(
            RateLimitProperties properties,
            PostgreSQLSelectForUpdateBasedProxyManager<String> rateLimitBuckets,
            Problems problems,
            MeterRegistry meters) {
        SharedBuckets buckets = new SharedBuckets(rateLimitBuckets, properties.timeout(), meters, Clock.systemUTC());
        return new RateLimits(properties, buckets, problems, meters);
    }

    @Bean
    ExpiredBuckets expiredBuckets(PostgreSQLSelectForUpdateBasedProxyManager<String> rateLimitBuckets) {
        return new ExpiredBuckets(rateLimitBuckets);
    }

    /** Removes the rows of buckets that are full again, which are the same as no row. */
    static class ExpiredBuckets {

        private final PostgreSQLSelectForUpdateBasedProxyManager<String> buckets;

        ExpiredBuckets(PostgreSQLSelectForUpdateBasedProxyManager<String> buckets) {
            this.buckets = buckets;
        }

        @Scheduled(initialDelayString = "PT1M", fixedDelayString = "PT1M")
        void sweep() {
            try {
                int removed;
                do {
                    removed = buckets.removeExpired(SWEEP_BATCH);
                } while (removed == SWEEP_BATCH);
            } catch (RuntimeException e) {
                log.debug("Expired rate limit buckets not swept this time: {}", e.toString());
            }
        }
    }
}
