package vn.egov.sandbox.nationalportal;

import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** Sessions of the integration account: opened with its credentials, valid for {@code session-ttl}. */
@Component
public class PortalSessions {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final NationalPortalProperties properties;
    private final Clock clock;
    private final Map<String, Instant> expiries = new HashMap<>();

    PortalSessions(NationalPortalProperties properties, Clock clock) {
        this.properties = properties;
        this.clock = clock;
    }

    /** A new session for the right credentials (compared in constant time), else empty. */
    public synchronized Optional<String> open(String username, String password) {
        if (!same(properties.username(), username) || !same(properties.password(), password)) {
            return Optional.empty();
        }
        byte[] bytes = new byte[24];
        RANDOM.nextBytes(bytes);
        String session = HexFormat.of().formatHex(bytes);
        expiries.put(session, clock.instant().plus(properties.sessionTtl()));
        return Optional.of(session);
    }

    /** Whether {@code session} was opened here and has not expired. */
    public synchronized boolean valid(String session) {
        Instant expiry = session == null ? null : expiries.get(session);
        return expiry != null && clock.instant().isBefore(expiry);
    }

    /** Ends every open session, as the portal does when it rotates them: the next call must log in again. */
    public synchronized void expireAll() {
        expiries.clear();
    }

    private static boolean same(String expected, String given) {
        return given != null
                && MessageDigest.isEqual(
                        expected.getBytes(java.nio.charset.StandardCharsets.UTF_8),
                        given.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }
}
