package vn.egov.catalogue.search;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import vn.egov.catalogue.search.index.SearchText;

/**
 * Search settings.
 *
 * @param maxQueryLength longer queries are refused with 400 (they are never useful and cost matching work)
 * @param maxPageSize largest page a client may ask for
 * @param refreshInterval how often an instance checks whether the catalogue changed elsewhere (another instance's
 *     write) or the date moved, and rebuilds its index if so: the longest a search may lag a write made by another
 *     instance; env {@code EGOV_CATALOGUE_SEARCH_REFRESHINTERVAL}
 * @param resultCacheSize how many search results each index snapshot keeps for repeated requests (0: none); env
 *     {@code EGOV_CATALOGUE_SEARCH_RESULTCACHESIZE}
 * @param abbreviations extra abbreviations (folded, e.g. {@code gpxd}) and their expansion, added to the built-in ones
 */
@ConfigurationProperties("egov.catalogue.search")
public record SearchProperties(
        @DefaultValue("100") int maxQueryLength,
        @DefaultValue("100") int maxPageSize,
        @DefaultValue("10s") Duration refreshInterval,
        @DefaultValue("10000") long resultCacheSize,
        Map<String, String> abbreviations) {

    public SearchProperties {
        if (maxQueryLength < 1
                || maxPageSize < 1
                || refreshInterval == null
                || refreshInterval.isNegative()
                || refreshInterval.isZero()
                || resultCacheSize < 0) {
            throw new IllegalArgumentException("invalid egov.catalogue.search settings");
        }
        Map<String, String> all = new LinkedHashMap<>(SearchText.BUILT_IN_ABBREVIATIONS);
        if (abbreviations != null) {
            abbreviations.forEach((k, v) -> all.put(SearchText.fold(k), SearchText.fold(v)));
        }
        abbreviations = Map.copyOf(all);
    }
}
