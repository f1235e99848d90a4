package vn.egov.dossier;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.cloud.openfeign.EnableFeignClients;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Dossier intake and the one-stop workflow of the platform. */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableFeignClients
@EnableScheduling
public class DossierServiceApplication {

    public static void main(String[] args) {
        SpringApplication.run(DossierServiceApplication.class, args);
    }
}
