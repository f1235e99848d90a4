package vn.egov.notification.support;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/** A clock a test sets to the moment it needs (a working Monday morning, a Sunday, a holiday), in the city's zone. */
public final class MovableClock extends Clock {

    private static final ZoneId CITY = ZoneId.of("Asia/Ho_Chi_Minh");

    private volatile Instant now = Instant.now();

    /** Sets the time to {@code local} in Asia/Ho_Chi_Minh, e.g. {@code 2026-12-07T07:30}. */
    public void setTo(String local) {
        now = ZonedDateTime.of(LocalDateTime.parse(local), CITY).toInstant();
    }

    @Override
    public ZoneId getZone() {
        return CITY;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return Clock.fixed(now, zone);
    }

    @Override
    public Instant instant() {
        return now;
    }
}
