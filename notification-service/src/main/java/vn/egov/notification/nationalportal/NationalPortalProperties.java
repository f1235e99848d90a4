package vn.egov.notification.nationalportal;

import java.time.Duration;
import java.time.ZoneId;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the service reaches the national portal's integration API and how hard it tries.
 *
 * @param enabled whether dossier events are pushed at all (the consumer group does not start otherwise)
 * @param groupId the consumer group, which the broker's ACLs let read the dossier topic
 * @param url the portal's integration base URL (production: the one the Government Office gives the province)
 * @param authPath where a session is opened with {@code username} and {@code password}
 * @param integrationPath where {@code DongBoHoSoMC} requests go
 * @param username the province's integration account
 * @param password its password
 * @param unitCode the province's unit code at the portal ({@code madonvi})
 * @param connectTimeout longest wait for a connection
 * @param readTimeout longest wait for an answer
 * @param retry back-off of the consumer on a portal that is down or slow
 * @param report the daily report of dossiers the portal lacks the last status of
 */
@ConfigurationProperties("egov.notification.national-portal")
public record NationalPortalProperties(
        @DefaultValue("true") boolean enabled,
        @DefaultValue("notification-service.national-portal") String groupId,
        @DefaultValue("http://localhost:8090") String url,
        @DefaultValue("/dvcqg/auth") String authPath,
        @DefaultValue("/dvcqg/integration") String integrationPath,
        @DefaultValue("egov-danang") String username,
        @DefaultValue("sandbox-dvcqg-secret") String password,
        @DefaultValue("000.00.00.H17") String unitCode,
        @DefaultValue("2s") Duration connectTimeout,
        @DefaultValue("10s") Duration readTimeout,
        @DefaultValue Retry retry,
        @DefaultValue Report report) {

    /**
     * Blocking retries in the consumer, doubling from {@code initialBackoff} to {@code maxBackoff}; after
     * {@code maxElapsed} the event goes to the dead-letter topic. One pause never comes near Kafka's
     * {@code max.poll.interval.ms} (5 min by default), so a long outage never has the consumer thrown out of its group.
     */
    public record Retry(
            @DefaultValue("1s") Duration initialBackoff,
            @DefaultValue("30s") Duration maxBackoff,
            @DefaultValue("5m") Duration maxElapsed) {

        public Retry {
            if (maxBackoff.compareTo(Duration.ofMinutes(2)) > 0) {
                throw new IllegalArgumentException(
                        "egov.notification.national-portal.retry.max-backoff must stay well below the consumer's"
                                + " max.poll.interval (at most 2m)");
            }
            if (initialBackoff.isNegative() || initialBackoff.isZero() || initialBackoff.compareTo(maxBackoff) > 0) {
                throw new IllegalArgumentException(
                        "egov.notification.national-portal.retry.initial-backoff must be positive and at most"
                                + " max-backoff");
            }
        }
    }

    /**
     * @param enabled whether the daily report is compiled
     * @param cron when, in {@code zone} (Spring cron: second minute hour day month weekday)
     * @param zone the city's time zone
     */
    public record Report(
            @DefaultValue("true") boolean enabled,
            @DefaultValue("0 30 6 * * *") String cron,
            @DefaultValue("Asia/Ho_Chi_Minh") ZoneId zone) {}
}
