package vn.egov.notification.digest;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;
import org.springframework.stereotype.Component;

/**
 * Checks every {@code egov.notification.digest.check-interval} whether officers' digests are due; off with
 * {@code egov.notification.digest.enabled=false}.
 */
@Component
@ConditionalOnProperty(name = "egov.notification.digest.enabled", havingValue = "true", matchIfMissing = true)
class DigestSchedule implements SchedulingConfigurer {

    private static final Logger log = LoggerFactory.getLogger(DigestSchedule.class);

    private final SendOfficerDigests digests;
    private final DigestProperties properties;

    DigestSchedule(SendOfficerDigests digests, DigestProperties properties) {
        this.digests = digests;
        this.properties = properties;
    }

    @Override
    public void configureTasks(ScheduledTaskRegistrar registrar) {
        registrar.addFixedDelayTask(this::check, properties.checkInterval());
    }

    private void check() {
        try {
            digests.run();
        } catch (RuntimeException e) {
            // identity-service or dossier-service did not answer: nothing was recorded, the next check tries again.
            log.warn("Officers' digest check failed, trying again in {}: {}", properties.checkInterval(), e.toString());
        }
    }
}
