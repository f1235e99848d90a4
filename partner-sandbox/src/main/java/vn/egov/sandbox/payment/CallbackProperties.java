package vn.egov.sandbox.payment;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the simulated partners deliver their callbacks.
 *
 * @param timeout how long a partner waits for the platform's reply before it records none
 * @param afterRedirectPause how long after the payer is sent back a callback planned to come after the redirect is
 *     sent, unless a longer delay is planned
 */
@ConfigurationProperties("sandbox.callbacks")
public record CallbackProperties(
        @DefaultValue("10s") Duration timeout, @DefaultValue("1s") Duration afterRedirectPause) {}
