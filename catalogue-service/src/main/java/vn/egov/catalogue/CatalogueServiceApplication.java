package vn.egov.catalogue;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** The procedure catalogue of the platform: agencies, procedures with versioned rules, search, statistics. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class CatalogueServiceApplication {

    public static void main(String[] args) {
        SpringApplication.run(CatalogueServiceApplication.class, args);
    }
}
