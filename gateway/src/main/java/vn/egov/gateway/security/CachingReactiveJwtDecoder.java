package vn.egov.gateway.security;

import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import reactor.core.publisher.Mono;
import vn.egov.webcore.VerifiedTokenCache;

/**
 * Remembers the tokens its delegate has verified, by the rule the services follow too ({@link VerifiedTokenCache}:
 * until they expire, never longer than five minutes): checking the signature and parsing the claims on every call was
 * about a ninth of the gateway's request CPU under load. A refused token is not remembered. The services behind the
 * gateway check every token themselves as well.
 */
final class CachingReactiveJwtDecoder implements ReactiveJwtDecoder {

    private final ReactiveJwtDecoder delegate;
    private final VerifiedTokenCache<Jwt> verified;

    CachingReactiveJwtDecoder(ReactiveJwtDecoder delegate) {
        this.delegate = delegate;
        this.verified = new VerifiedTokenCache<>(Jwt::getExpiresAt);
    }

    @Override
    public Mono<Jwt> decode(String token) throws JwtException {
        return verified.known(token).map(Mono::just).orElseGet(() -> delegate.decode(token)
                .doOnNext(jwt -> verified.remember(token, jwt)));
    }
}
