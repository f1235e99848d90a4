package vn.egov.identity.loginlimit;

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

/**
 * The sign-in attempts' buckets in the provider's database (table {@code login_limit_bucket}, Flyway migration V2).
 * A bucket's row may go once the bucket would be full again; every instance sweeps such rows each minute (rows locked
 * by another instance are skipped).
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "egov.identity.login-limit.enabled", havingValue = "true", matchIfMissing = true)
@EnableScheduling
class LoginLimitConfiguration {

    static final String TABLE = "login_limit_bucket";
    private static final Logger log = LoggerFactory.getLogger(LoginLimitConfiguration.class);
    private static final int SWEEP_BATCH = 1_000;

    @Bean
    PostgreSQLSelectForUpdateBasedProxyManager<String> loginLimitBuckets(DataSource dataSource) {
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
    LoginAttempts loginAttempts(
            PostgreSQLSelectForUpdateBasedProxyManager<String> loginLimitBuckets,
            LoginLimitProperties properties,
            MeterRegistry meters,
            Clock clock) {
        return new LoginAttempts(loginLimitBuckets, properties, meters, clock);
    }

    @Bean
    ExpiredBuckets expiredLoginBuckets(PostgreSQLSelectForUpdateBasedProxyManager<String> loginLimitBuckets) {
        return new ExpiredBuckets(loginLimitBuckets);
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
                log.debug("Expired login limit buckets not swept this time: {}", e.toString());
            }
        }
    }
}
