package vn.egov.webcore;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.LongSupplier;

/**
 * The bearer tokens a verifier has accepted, remembered until they expire but never longer than {@link #MAX_AGE}: a
 * client sends the same token on every call, and checking its signature and parsing its claims each time was a
 * twelfth of a service's and a ninth of the gateway's request CPU under load. Only the exact token text is a hit. A
 * token signed with a key the identity service has since withdrawn stays accepted until it expires or {@link #MAX_AGE}
 * passes, as it would be by anyone caching the key set; a token without an expiry is not remembered.
 *
 * <p>Contract for the decoders built on it: {@link #remember} only what the verifier accepted, so that a refused token
 * is checked again on its next use.
 *
 * @param <T> the decoded token, e.g. Spring Security's {@code Jwt}
 */
public final class VerifiedTokenCache<T> {

    /** The longest a verified token is trusted without checking it again. */
    public static final Duration MAX_AGE = Duration.ofMinutes(5);

    /** Distinct tokens remembered; a caller beyond these is simply verified again. */
    public static final int MAX_TOKENS = 4096;

    private final Cache<String, T> verified;

    /** @param expiresAt the token's expiry, or null when it has none */
    public VerifiedTokenCache(Function<T, Instant> expiresAt) {
        this(expiresAt, System::nanoTime);
    }

    /**
     * @param expiresAt the token's expiry, or null when it has none
     * @param nanoTime the clock that ages entries, in nanoseconds (a test's own)
     */
    public VerifiedTokenCache(Function<T, Instant> expiresAt, LongSupplier nanoTime) {
        Objects.requireNonNull(expiresAt, "expiresAt");
        Objects.requireNonNull(nanoTime, "nanoTime");
        this.verified = Caffeine.newBuilder()
                .maximumSize(MAX_TOKENS)
                .ticker(nanoTime::getAsLong)
                .expireAfter(Expiry.creating((String token, T decoded) -> trustFor(expiresAt.apply(decoded))))
                .build();
    }

    /** What the verifier made of {@code token}, if it accepted it recently enough; empty otherwise. */
    public Optional<T> known(String token) {
        return Optional.ofNullable(verified.getIfPresent(token));
    }

    /** Remembers that the verifier accepted {@code token} as {@code decoded}. */
    public void remember(String token, T decoded) {
        verified.put(token, decoded);
    }

    /** Until the token expires, at most {@link #MAX_AGE}; a token without an expiry is not remembered. */
    private static Duration trustFor(Instant expiresAt) {
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
