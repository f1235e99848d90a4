package vn.egov.gateway.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;
import com.github.benmanes.caffeine.cache.Ticker;
import java.time.Duration;
import java.time.Instant;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import reactor.core.publisher.Mono;

/**
 * Remembers the tokens its delegate has verified until they expire, but never longer than {@link #MAX_AGE}: a client
 * sends the same bearer token on every call, and checking its signature and parsing its claims each time was about a
 * ninth of the gateway's request CPU under load. Only the exact token text that passed verification is a hit; a
 * refused token is not remembered. A token signed with a key the identity service has since withdrawn stays accepted
 * until it expires or {@link #MAX_AGE} passes. The services behind the gateway check every token themselves as well.
 */
final class CachingReactiveJwtDecoder implements ReactiveJwtDecoder {

    /** The longest a verified token is trusted without checking it again. */
    static final Duration MAX_AGE = Duration.ofMinutes(5);

    /** Distinct tokens remembered; a caller beyond these is simply verified again. */
    static final int MAX_TOKENS = 4096;

    private final ReactiveJwtDecoder delegate;
    private final Cache<String, Jwt> verified;

    CachingReactiveJwtDecoder(ReactiveJwtDecoder delegate) {
        this(delegate, Ticker.systemTicker());
    }

    CachingReactiveJwtDecoder(ReactiveJwtDecoder delegate, Ticker ticker) {
        this.delegate = delegate;
        this.verified = Caffeine.newBuilder()
                .maximumSize(MAX_TOKENS)
                .ticker(ticker)
                .expireAfter(Expiry.creating((String token, Jwt jwt) -> trustFor(jwt)))
                .build();
    }

    @Override
    public Mono<Jwt> decode(String token) throws JwtException {
        Jwt known = verified.getIfPresent(token);
        if (known != null) {
            return Mono.just(known);
        }
        return delegate.decode(token).doOnNext(jwt -> verified.put(token, jwt));
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
