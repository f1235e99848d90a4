package vn.egov.catalogue.seeding;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param enabled load {@code catalogue/danang-*.json} when the catalogue is empty; env
 *     {@code EGOV_CATALOGUE_DEMO_DATA_ENABLED}
 */
@ConfigurationProperties("egov.catalogue.demo-data")
public record DemoDataProperties(@DefaultValue("true") boolean enabled) {}
