package vn.egov.servicedefaults.time;

import java.time.Clock;
import java.time.ZoneId;

/**
 * The city's time: every day, deadline and timestamp the platform shows is in Asia/Ho_Chi_Minh. Use cases take the
 * {@link Clock} bean (in this zone) and never call {@code now()} themselves, so that tests can fix the time.
 */
public final class CityClock {

    /** The city's time zone. */
    public static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

    private CityClock() {}

    /** The system clock in the city's zone. */
    public static Clock system() {
        return Clock.system(ZONE);
    }
}
