package vn.egov.notification.digest;

import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * When and what the officers' morning digest sends.
 *
 * @param enabled whether the schedule runs at all
 * @param at the time of day the digest goes out, in {@code zone}
 * @param until the digest is still sent (e.g. after a restart, or once dossier-service answers again) until this
 *     time of the same day; later, that day's digest is left out
 * @param zone the city's time zone
 * @param checkInterval how often the schedule checks whether a digest is due
 * @param dueWithinDays working days ahead counted as "due soon"
 * @param listLimit dossiers listed per section; the rest are counted, with a link to the inbox
 * @param consoleUrl the public base URL of the web portal, where the officer console is ({@code /can-bo})
 */
@ConfigurationProperties("egov.notification.digest")
public record DigestProperties(
        @DefaultValue("true") boolean enabled,
        @DefaultValue("07:00") @DateTimeFormat(iso = DateTimeFormat.ISO.TIME) LocalTime at,
        @DefaultValue("12:00") @DateTimeFormat(iso = DateTimeFormat.ISO.TIME) LocalTime until,
        @DefaultValue("Asia/Ho_Chi_Minh") ZoneId zone,
        @DefaultValue("1m") Duration checkInterval,
        @DefaultValue("2") int dueWithinDays,
        @DefaultValue("50") int listLimit,
        @DefaultValue("http://localhost:8080") String consoleUrl) {

    public DigestProperties {
        if (!until.isAfter(at)) {
            throw new IllegalArgumentException("egov.notification.digest.until must be after at");
        }
        if (checkInterval.isNegative() || checkInterval.isZero()) {
            throw new IllegalArgumentException("egov.notification.digest.check-interval must be positive");
        }
        if (dueWithinDays < 0 || dueWithinDays > 30) {
            throw new IllegalArgumentException("egov.notification.digest.due-within-days must be between 0 and 30");
        }
        if (listLimit < 1 || listLimit > 200) {
            throw new IllegalArgumentException("egov.notification.digest.list-limit must be between 1 and 200");
        }
        if (consoleUrl == null || consoleUrl.isBlank()) {
            throw new IllegalArgumentException("egov.notification.digest.console-url is required");
        }
        consoleUrl = consoleUrl.strip().replaceAll("/+$", "");
    }
}
