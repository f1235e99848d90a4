package vn.egov.servicedefaults.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;

/** The adapter's part; the caching rule itself is tested in web-core ({@code VerifiedTokenCacheTest}). */
class CachingJwtDecoderTest {

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

    private final CachingJwtDecoder decoder = new CachingJwtDecoder(verifier);

    @Test
    void verifiesATokenOnceAndAnswersItsLaterUsesWithTheSameClaims() {
        Jwt first = decoder.decode("token-a");
        Jwt again = decoder.decode("token-a");

        assertThat(again.getSubject()).isEqualTo("citizen");
        assertThat(again).isSameAs(first);
        assertThat(verifications).containsExactly("token-a");
    }

    @Test
    void neverRemembersARefusedToken() {
        for (int i = 0; i < 2; i++) {
            assertThatThrownBy(() -> decoder.decode("forged-token")).isInstanceOf(BadJwtException.class);
        }

        assertThat(verifications).containsExactly("forged-token", "forged-token");
    }
}
