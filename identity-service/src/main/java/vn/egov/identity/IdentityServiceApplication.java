package vn.egov.identity;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * The platform's built-in OpenID Connect provider: signs in the demo users, issues JWT access tokens with the
 * {@code roles} and {@code agency} claims every service relies on, and publishes its keys at {@code /oauth2/jwks}.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class IdentityServiceApplication {

    public static void main(String[] args) {
        SpringApplication.run(IdentityServiceApplication.class, args);
    }
}
