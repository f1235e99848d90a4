package vn.egov.sandbox.sms;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The eSMS account the simulated gateway accepts.
 *
 * @param apiKey the ApiKey the gateway expects
 * @param secretKey the SecretKey the gateway expects
 * @param brandname the one brandname registered for the account (case-sensitive, as at eSMS)
 */
@ConfigurationProperties("sandbox.sms")
public record SmsProperties(
        @DefaultValue("sandbox-sms-key") String apiKey,
        @DefaultValue("sandbox-sms-secret") String secretKey,
        @DefaultValue("EGOV-DN") String brandname) {}
