package vn.egov.identity.user;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * The configured users, held in memory: the built-in provider only serves the demo and test accounts, and real
 * people sign in through VNeID or Keycloak in production. Passwords are kept encoded, never in plain text.
 */
@Component
public class Users implements UserDetailsService {

    private final Map<String, UserAccount> accounts = new LinkedHashMap<>();
    private final Map<String, UserDetails> credentials = new LinkedHashMap<>();

    Users(UserProperties properties, PasswordEncoder passwordEncoder) {
        for (UserAccount account : properties.users()) {
            if (accounts.putIfAbsent(account.username(), account) != null) {
                throw new IllegalArgumentException("User " + account.username() + " is configured twice");
            }
            credentials.put(
                    account.username(),
                    User.withUsername(account.username())
                            .password(encoded(account.password(), passwordEncoder))
                            .roles(account.roles().stream().map(Role::name).toArray(String[]::new))
                            .build());
        }
    }

    /** The profile of a user, used to fill in the token claims. */
    public Optional<UserAccount> find(String username) {
        return Optional.ofNullable(accounts.get(username));
    }

    /** Every configured user, in configuration order. */
    public Collection<UserAccount> all() {
        return accounts.values();
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        UserDetails user = credentials.get(username);
        if (user == null) {
            throw new UsernameNotFoundException("No such user");
        }
        // Spring Security erases credentials after sign-in; hand out a copy so the stored hash survives.
        return User.withUserDetails(user).build();
    }

    private static String encoded(String password, PasswordEncoder encoder) {
        return password.startsWith("{") ? password : encoder.encode(password);
    }
}
