package vn.egov.sandbox;

import java.time.Clock;
import java.time.ZoneId;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.Bean;

/**
 * The partner sandbox: simulators of the partners' public protocols (eSMS brandname SMS, Zalo ZNS, SMTP, and the
 * payment partners MoMo, NAPAS and VietinBank with VietQR) that the platform's real adapters are pointed at on the
 * local stack and in tests. Never deployed to production.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class PartnerSandboxApplication {

    /** Partners stamp times in Vietnam time, and the inbox shows them that way. */
    public static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    public static void main(String[] args) {
        SpringApplication.run(PartnerSandboxApplication.class, args);
    }

    @Bean
    Clock clock() {
        return Clock.system(VIETNAM);
    }
}
