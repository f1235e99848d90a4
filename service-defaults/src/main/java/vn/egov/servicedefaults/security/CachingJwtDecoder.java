package vn.egov.servicedefaults.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;
import com.github.benmanes.caffeine.cache.Ticker;
import java.time.Duration;
import java.time.Instant;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtException;

/**
 * Remembers the tokens its delegate has verified until they expire, but never longer than {@link #MAX_AGE}: a client
 * sends the same bearer token on every call, and checking its signature, converting the signing key and parsing the
 * claims again each time was about a twelfth of dossier-service's request CPU under load. Only the exact token text
 * that passed verification is a hit; a refused token is not remembered and is checked again on its next use. A token
 * signed with a key the identity service has since withdrawn stays accepted until it expires or {@link #MAX_AGE}
 * passes, as it would be anyway by any service that cached the key set.
 */
public final class CachingJwtDecoder implements JwtDecoder {

    /** The longest a verified token is trusted without checking it again. */
    public static final Duration MAX_AGE = Duration.ofMinutes(5);

    /** Distinct tokens remembered; a caller beyond these is simply verified again. */
    static final int MAX_TOKENS = 4096;

    private final JwtDecoder delegate;
    private final Cache<String, Jwt> verified;

    public CachingJwtDecoder(JwtDecoder delegate) {
        this(delegate, Ticker.systemTicker());
    }

    CachingJwtDecoder(JwtDecoder delegate, Ticker ticker) {
        this.delegate = delegate;
        this.verified = Caffeine.newBuilder()
                .maximumSize(MAX_TOKENS)
                .ticker(ticker)
                .expireAfter(Expiry.creating((String token, Jwt jwt) -> trustFor(jwt)))
                .build();
    }

    @Override
    public Jwt decode(String token) throws JwtException {
        Jwt known = verified.getIfPresent(token);
        if (known != null) {
            return known;
        }
        Jwt jwt = delegate.decode(token);
        verified.put(token, jwt);
        return jwt;
    }

    /** Until the token expires, at most {@link #MAX_AGE}; a token without an expiry is not remembered. */
    private static Duration trustFor(Jwt jwt) {
        Instant expiresAt = jwt.getExpiresAt();
        if (expiresAt == null) {
            return Duration.ZERO;
        }
        Duration left = Duration.between(Instant.now(), expiresAt);
        if (left.isNegative()) {
            return Duration.ZERO;
        }
        return left.compareTo(MAX_AGE) < 0 ? left : MAX_AGE;
    }
}
