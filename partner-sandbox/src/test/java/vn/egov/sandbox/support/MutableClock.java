package vn.egov.sandbox.support;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import vn.egov.sandbox.PartnerSandboxApplication;

/** A clock in Vietnam time that tests move by hand. */
public final class MutableClock extends Clock {

    private Instant now;

    private MutableClock(Instant now) {
        this.now = now;
    }

    /** A clock at the given instant. */
    public static MutableClock at(String instant) {
        return new MutableClock(Instant.parse(instant));
    }

    /** Moves the clock forward. */
    public void advance(Duration duration) {
        now = now.plus(duration);
    }

    @Override
    public ZoneId getZone() {
        return PartnerSandboxApplication.VIETNAM;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        throw new UnsupportedOperationException("the sandbox works in Vietnam time");
    }

    @Override
    public Instant instant() {
        return now;
    }
}
