package vn.egov.catalogue.seeding;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param enabled load {@code catalogue/danang-*.json} when the catalogue is empty; env
 *     {@code EGOV_CATALOGUE_DEMODATA_ENABLED}
 * @param syntheticCount also load this many generated procedures ({@code SyntheticCatalogue}, fixed seed) with the
 *     demo data, for benchmarks; 0 loads none; env {@code EGOV_CATALOGUE_DEMODATA_SYNTHETICCOUNT}
 */
@ConfigurationProperties("egov.catalogue.demo-data")
public record DemoDataProperties(@DefaultValue("true") boolean enabled, @DefaultValue("0") int syntheticCount) {

    public DemoDataProperties {
        if (syntheticCount < 0) {
            throw new IllegalArgumentException("egov.catalogue.demo-data.synthetic-count must be 0 or more");
        }
    }
}
