package vn.egov.servicedefaults.security;

import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtException;
import vn.egov.webcore.VerifiedTokenCache;

/**
 * Remembers the tokens its delegate has verified, by the rule the gateway follows too ({@link VerifiedTokenCache}:
 * until they expire, never longer than five minutes): checking the signature, converting the signing key and
 * parsing the claims on every call was about a twelfth of dossier-service's request CPU under load. A refused token is
 * not remembered and is checked again on its next use.
 */
public final class CachingJwtDecoder implements JwtDecoder {

    private final JwtDecoder delegate;
    private final VerifiedTokenCache<Jwt> verified;

    public CachingJwtDecoder(JwtDecoder delegate) {
        this.delegate = delegate;
        this.verified = new VerifiedTokenCache<>(Jwt::getExpiresAt);
    }

    @Override
    public Jwt decode(String token) throws JwtException {
        return verified.known(token).orElseGet(() -> {
            Jwt jwt = delegate.decode(token);
            verified.remember(token, jwt);
            return jwt;
        });
    }
}
