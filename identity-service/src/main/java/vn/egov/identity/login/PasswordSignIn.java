package vn.egov.identity.login;

import java.util.ArrayList;
import java.util.List;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.authority.FactorGrantedAuthority;
import org.springframework.security.core.userdetails.User;
import org.springframework.stereotype.Component;
import vn.egov.identity.user.SignIn;
import vn.egov.identity.user.UserAccount;

/**
 * The sign-in form's check: the user name and password against the accounts in the database, through
 * {@link SignIn}, which counts failures and locks accounts. Every refusal is the same {@link BadCredentialsException},
 * so the page shows one message whatever the reason.
 */
@Component
class PasswordSignIn implements AuthenticationProvider {

    private final SignIn signIn;

    PasswordSignIn(SignIn signIn) {
        this.signIn = signIn;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String username = authentication.getName();
        Object credentials = authentication.getCredentials();
        try {
            UserAccount account = signIn.check(username, credentials == null ? "" : credentials.toString());
            List<GrantedAuthority> authorities = new ArrayList<>(AuthorityUtils.createAuthorityList(
                    account.roleNames().stream().map(role -> "ROLE_" + role).toArray(String[]::new)));
            // The password factor with its time, as Spring Security's own providers record it: the authorization
            // server takes the ID token's auth_time from it.
            authorities.add(FactorGrantedAuthority.fromAuthority(FactorGrantedAuthority.PASSWORD_AUTHORITY));
            // The principal's name is the stored (lower-case) user name: it becomes the tokens' subject.
            User principal = new User(account.username(), "", authorities);
            return UsernamePasswordAuthenticationToken.authenticated(principal, null, authorities);
        } catch (SignIn.Refused refused) {
            throw new BadCredentialsException("Sign-in refused");
        }
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
