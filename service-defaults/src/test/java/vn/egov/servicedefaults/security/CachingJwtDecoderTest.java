package vn.egov.servicedefaults.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;

class CachingJwtDecoderTest {

    private final AtomicLong nanos = new AtomicLong();
    private final List<String> verifications = new ArrayList<>();
    private Instant expiresAt = Instant.now().plus(Duration.ofHours(1));

    private final JwtDecoder verifier = token -> {
        verifications.add(token);
        if (token.startsWith("forged")) {
            throw new BadJwtException("An error occurred while attempting to decode the Jwt: Invalid signature");
        }
        return Jwt.withTokenValue(token)
                .header("alg", "RS256")
                .subject("citizen")
                .issuedAt(Instant.now())
                .expiresAt(expiresAt)
                .build();
    };

    private final CachingJwtDecoder decoder = new CachingJwtDecoder(verifier, nanos::get);

    @Test
    void verifiesATokenOnceAndAnswersItsLaterUsesWithTheSameClaims() {
        Jwt first = decoder.decode("token-a");
        Jwt again = decoder.decode("token-a");

        assertThat(again.getSubject()).isEqualTo("citizen");
        assertThat(again).isSameAs(first);
        assertThat(verifications).containsExactly("token-a");
    }

    @Test
    void verifiesEachDistinctTokenItself() {
        decoder.decode("token-a");
        decoder.decode("token-b");

        assertThat(verifications).containsExactly("token-a", "token-b");
    }

    @Test
    void neverRemembersARefusedToken() {
        for (int i = 0; i < 2; i++) {
            assertThatThrownBy(() -> decoder.decode("forged-token")).isInstanceOf(BadJwtException.class);
        }

        assertThat(verifications).containsExactly("forged-token", "forged-token");
    }

    @Test
    void checksATokenAgainOnceItHasExpired() {
        expiresAt = Instant.now().plus(Duration.ofSeconds(30));
        decoder.decode("token-a");

        nanos.addAndGet(Duration.ofSeconds(31).toNanos());
        decoder.decode("token-a");

        assertThat(verifications).containsExactly("token-a", "token-a");
    }

    @Test
    void checksALongLivedTokenAgainAfterTheMaximumAge() {
        decoder.decode("token-a");
        nanos.addAndGet(CachingJwtDecoder.MAX_AGE.minusSeconds(1).toNanos());
        decoder.decode("token-a");
        assertThat(verifications).hasSize(1);

        nanos.addAndGet(Duration.ofSeconds(2).toNanos());
        decoder.decode("token-a");

        assertThat(verifications).hasSize(2);
    }
}
