package vn.egov.identity.token;

import java.util.List;
import java.util.Optional;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2ErrorCodes;
import org.springframework.security.oauth2.core.oidc.endpoint.OidcParameterNames;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.server.authorization.OAuth2TokenType;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;
import org.springframework.stereotype.Component;
import vn.egov.identity.user.AccountAudit;
import vn.egov.identity.user.AuditAction;
import vn.egov.identity.user.Role;
import vn.egov.identity.user.UserAccount;
import vn.egov.identity.user.Users;

/**
 * Adds the claims every service relies on to the JWTs this provider issues.
 *
 * <ul>
 *   <li>Access tokens for people: {@value #ROLES} (array), {@value #AGENCY} (officers only), {@value #NAME},
 *       {@value #PREFERRED_USERNAME}, and {@value #PHONE_NUMBER} when the user has one.
 *   <li>Access tokens for services (client credentials): {@value #ROLES} = {@code ["SERVICE"]}; the subject is the
 *       client id.
 *   <li>ID tokens: {@value #NAME}, {@value #PREFERRED_USERNAME}, {@value #ROLES}, and {@value #AGENCY} for officers,
 *       so that front ends can show the right screens without decoding the access token.
 * </ul>
 *
 * <p>These names are the contract with the resource servers; an external provider (VNeID, Keycloak) must be mapped
 * to produce the same ones.
 */
@Component
public class PlatformClaims implements OAuth2TokenCustomizer<JwtEncodingContext> {

    public static final String ROLES = "roles";
    public static final String AGENCY = "agency";
    public static final String NAME = "name";
    public static final String PREFERRED_USERNAME = "preferred_username";
    public static final String PHONE_NUMBER = "phone_number";

    private static final OAuth2TokenType ID_TOKEN = new OAuth2TokenType(OidcParameterNames.ID_TOKEN);

    private final Users users;
    private final AccountAudit audit;

    PlatformClaims(Users users, AccountAudit audit) {
        this.users = users;
        this.audit = audit;
    }

    @Override
    public void customize(JwtEncodingContext context) {
        JwtClaimsSet.Builder claims = context.getClaims();
        if (OAuth2TokenType.ACCESS_TOKEN.equals(context.getTokenType())) {
            if (AuthorizationGrantType.CLIENT_CREDENTIALS.equals(context.getAuthorizationGrantType())) {
                claims.claim(ROLES, List.of(Role.SERVICE.name()));
            } else {
                person(context).ifPresent(user -> {
                    addProfile(claims, user);
                    if (user.phone() != null) {
                        claims.claim(PHONE_NUMBER, user.phone());
                    }
                });
            }
        } else if (ID_TOKEN.equals(context.getTokenType())) {
            person(context).ifPresent(user -> addProfile(claims, user));
        }
    }

    /**
     * The signed-in person's account, read again for every token: a disabled account gets no token, neither from a
     * session it still has at this provider nor from a refresh token.
     */
    private Optional<UserAccount> person(JwtEncodingContext context) {
        String username = context.getPrincipal().getName();
        Optional<UserAccount> account = users.find(username);
        if (account.isEmpty() || !account.get().enabled()) {
            audit.record(username, AuditAction.TOKEN_REFUSED, username, "account disabled or removed");
            throw new OAuth2AuthenticationException(
                    new OAuth2Error(OAuth2ErrorCodes.INVALID_GRANT, "The account is disabled", null));
        }
        return account;
    }

    private static void addProfile(JwtClaimsSet.Builder claims, UserAccount user) {
        claims.claim(ROLES, user.roleNames());
        claims.claim(NAME, user.name());
        claims.claim(PREFERRED_USERNAME, user.username());
        if (user.agency() != null) {
            claims.claim(AGENCY, user.agency());
        }
    }
}
