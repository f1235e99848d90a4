package vn.egov.webcore;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class VerifiedTokenCacheTest {

    /** What a verifier makes of a token. */
    record Claims(String token, String subject, Instant expiresAt) {}

    private final AtomicLong nanos = new AtomicLong();
    private final List<String> verifications = new ArrayList<>();
    private Instant expiresAt = Instant.now().plus(Duration.ofHours(1));

    private final VerifiedTokenCache<Claims> cache = new VerifiedTokenCache<>(Claims::expiresAt, nanos::get);

    /** A decoder as the adapters build it: a hit, or verify and remember. */
    private Claims decode(String token) {
        return cache.known(token).orElseGet(() -> {
            verifications.add(token);
            Claims claims = new Claims(token, "citizen", expiresAt);
            cache.remember(token, claims);
            return claims;
        });
    }

    @Test
    void verifiesATokenOnceAndAnswersItsLaterUsesWithTheSameClaims() {
        Claims first = decode("token-a");
        Claims again = decode("token-a");

        assertThat(again.subject()).isEqualTo("citizen");
        assertThat(again).isSameAs(first);
        assertThat(verifications).containsExactly("token-a");
    }

    @Test
    void verifiesEachDistinctTokenItself() {
        decode("token-a");
        decode("token-b");

        assertThat(verifications).containsExactly("token-a", "token-b");
    }

    @Test
    void knowsNothingItWasNotTold() {
        assertThat(cache.known("token-a")).isEmpty();
    }

    @Test
    void checksATokenAgainOnceItHasExpired() {
        expiresAt = Instant.now().plus(Duration.ofSeconds(30));
        decode("token-a");

        nanos.addAndGet(Duration.ofSeconds(31).toNanos());
        decode("token-a");

        assertThat(verifications).containsExactly("token-a", "token-a");
    }

    @Test
    void checksALongLivedTokenAgainAfterTheMaximumAge() {
        decode("token-a");
        nanos.addAndGet(VerifiedTokenCache.MAX_AGE.minusSeconds(1).toNanos());
        decode("token-a");
        assertThat(verifications).hasSize(1);

        nanos.addAndGet(Duration.ofSeconds(2).toNanos());
        decode("token-a");

        assertThat(verifications).hasSize(2);
    }

    @Test
    void neverRemembersATokenWithoutExpiryOrAlreadyExpired() {
        expiresAt = null;
        decode("no-expiry");
        decode("no-expiry");
        expiresAt = Instant.now().minusSeconds(1);
        decode("expired");
        decode("expired");

        assertThat(verifications).containsExactly("no-expiry", "no-expiry", "expired", "expired");
    }
}
