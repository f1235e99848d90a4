package vn.egov.gateway.ratelimit;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.InitializingBean;

/**
 * Creates and updates the buckets' table with Flyway ({@code db/migration}) when the gateway starts. Unlike a
 * service, the gateway must start while its database is down: the limits then fail open, and the migration is tried
 * again in the background until it succeeds. That is why Spring Boot's own Flyway start-up is off.
 */
final class BucketTable implements InitializingBean, DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(BucketTable.class);
    private static final Duration RETRY_EVERY = Duration.ofSeconds(15);

    private final Flyway flyway;
    private final ScheduledExecutorService retries = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "rate-limit-migration");
        thread.setDaemon(true);
        return thread;
    });

    BucketTable(DataSource dataSource) {
        this.flyway = Flyway.configure()
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .load();
    }

    @Override
    public void afterPropertiesSet() {
        if (!migrate()) {
            log.warn(
                    "Rate limits not enforced until their database answers; its migration is tried again every {} s",
                    RETRY_EVERY.toSeconds());
            retries.scheduleWithFixedDelay(
                    () -> {
                        if (migrate()) {
                            log.info("Rate limits' database migrated: limits enforced");
                            retries.shutdown();
                        }
                    },
                    RETRY_EVERY.toSeconds(),
                    RETRY_EVERY.toSeconds(),
                    TimeUnit.SECONDS);
        }
    }

    private boolean migrate() {
        try {
            flyway.migrate();
            return true;
        } catch (FlywayException e) {
            log.debug("Rate limits' database not migrated: {}", e.toString());
            return false;
        }
    }

    @Override
    public void destroy() {
        retries.shutdownNow();
    }
}
