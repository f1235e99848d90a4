package vn.egov.sandbox.fault;

import java.util.Locale;
import java.util.Optional;

/** A partner endpoint that faults can be injected into. */
public enum FaultChannel {
    /** The eSMS brandname SMS gateway. */
    SMS,
    /** The Zalo ZNS API. */
    ZALO;

    /** Reads a channel name as used in URLs: {@code sms}, {@code zalo} (or {@code zns}), in any case. */
    public static Optional<FaultChannel> parse(String name) {
        return switch (name == null ? "" : name.toLowerCase(Locale.ROOT)) {
            case "sms" -> Optional.of(SMS);
            case "zalo", "zns" -> Optional.of(ZALO);
            default -> Optional.empty();
        };
    }
}
