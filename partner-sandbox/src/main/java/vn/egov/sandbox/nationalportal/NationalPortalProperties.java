package vn.egov.sandbox.nationalportal;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The province's integration account at the simulated national portal.
 *
 * @param username the account's user name
 * @param password its password
 * @param unitCode the province's unit code ({@code madonvi}) every request must carry
 * @param sessionTtl how long a session stays valid after it was opened
 */
@ConfigurationProperties("sandbox.national-portal")
public record NationalPortalProperties(
        @DefaultValue("egov-danang") String username,
        @DefaultValue("sandbox-dvcqg-secret") String password,
        @DefaultValue("000.00.00.H17") String unitCode,
        @DefaultValue("30m") Duration sessionTtl) {}
