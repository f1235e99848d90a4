package vn.egov.devstack;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class PlatformEnvironmentTest {

    private final Platform platform = new Platform(DevstackOptions.defaults(), line -> {});

    @Test
    void givesTheGatewayADatabaseOfItsOwnForTheRateLimits() {
        Map<String, String> gateway = platform.environment(PlatformService.GATEWAY);

        assertThat(gateway)
                .containsEntry("SPRING_DATASOURCE_URL", platform.jdbcUrl("gateway"))
                .containsKeys("SPRING_DATASOURCE_USERNAME", "SPRING_DATASOURCE_PASSWORD");
    }

    @Test
    void raisesTheLookUpLimitBecauseEveryCallerOfTheDevstackIsOneAddress() {
        Map<String, String> gateway = platform.environment(PlatformService.GATEWAY);

        assertThat(gateway.get("EGOV_GATEWAY_RATE_LIMIT_LOOKUP"))
                .isEqualTo(System.getenv().getOrDefault("EGOV_GATEWAY_RATE_LIMIT_LOOKUP", "100"));
        assertThat(platform.environment(PlatformService.WEB)).doesNotContainKey("EGOV_GATEWAY_RATE_LIMIT_LOOKUP");
    }

    @Test
    void raisesTheSignInLimitBecauseEveryCallerOfTheDevstackIsOneAddress() {
        Map<String, String> identity = platform.environment(PlatformService.IDENTITY);

        assertThat(identity.get("EGOV_IDENTITY_LOGIN_LIMIT_ATTEMPTS"))
                .isEqualTo(System.getenv().getOrDefault("EGOV_IDENTITY_LOGIN_LIMIT_ATTEMPTS", "1000"));
        assertThat(platform.environment(PlatformService.GATEWAY))
                .doesNotContainKey("EGOV_IDENTITY_LOGIN_LIMIT_ATTEMPTS");
    }
}
