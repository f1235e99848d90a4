package vn.egov.gateway.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import reactor.core.publisher.Mono;

/** The adapter's part; the caching rule itself is tested in web-core ({@code VerifiedTokenCacheTest}). */
class CachingReactiveJwtDecoderTest {

    private final List<String> verifications = new ArrayList<>();
    private Instant expiresAt = Instant.now().plus(Duration.ofHours(1));

    private final ReactiveJwtDecoder verifier = token -> Mono.defer(() -> {
        verifications.add(token);
        if (token.startsWith("forged")) {
            return Mono.error(new BadJwtException("Invalid signature"));
        }
        return Mono.just(Jwt.withTokenValue(token)
                .header("alg", "RS256")
                .subject("citizen")
                .expiresAt(expiresAt)
                .build());
    });

    private final CachingReactiveJwtDecoder decoder = new CachingReactiveJwtDecoder(verifier);

    @Test
    void verifiesATokenOnceAndAnswersItsLaterUsesWithTheSameClaims() {
        Jwt first = decoder.decode("token-a").block();
        Jwt again = decoder.decode("token-a").block();

        assertThat(again.getSubject()).isEqualTo("citizen");
        assertThat(again).isSameAs(first);
        assertThat(verifications).containsExactly("token-a");
    }

    @Test
    void neverRemembersARefusedToken() {
        for (int i = 0; i < 2; i++) {
            assertThatThrownBy(() -> decoder.decode("forged-token").block()).isInstanceOf(BadJwtException.class);
        }

        assertThat(verifications).containsExactly("forged-token", "forged-token");
    }
}
