package vn.egov.catalogue.search;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Search settings.
 *
 * @param maxQueryLength longer queries are refused with 400 (they are never useful and cost trigram work)
 * @param maxPageSize largest page a client may ask for
 * @param wordSimilarityThreshold how close (pg_trgm word similarity, 0..1) a query must come to a name to match;
 *     lower finds more typos and more noise
 * @param abbreviations extra abbreviations (folded, e.g. {@code gpxd}) and their expansion, added to the built-in ones
 */
@ConfigurationProperties("egov.catalogue.search")
public record SearchProperties(
        @DefaultValue("100") int maxQueryLength,
        @DefaultValue("100") int maxPageSize,
        @DefaultValue("0.5") double wordSimilarityThreshold,
        Map<String, String> abbreviations) {

    /** Abbreviations citizens type for the most searched procedures (folded). */
    static final Map<String, String> BUILT_IN = Map.ofEntries(
            Map.entry("gpxd", "giay phep xay dung"),
            Map.entry("gplx", "giay phep lai xe"),
            Map.entry("gpld", "giay phep lao dong"),
            Map.entry("gpkd", "giay phep kinh doanh"),
            Map.entry("gcn", "giay chung nhan"),
            Map.entry("qsdd", "quyen su dung dat"),
            Map.entry("lltp", "ly lich tu phap"),
            Map.entry("dkkd", "dang ky kinh doanh"),
            Map.entry("dkdn", "dang ky doanh nghiep"),
            Map.entry("hkd", "ho kinh doanh"),
            Map.entry("cchn", "chung chi hanh nghe"),
            Map.entry("hdv", "huong dan vien"),
            Map.entry("attp", "an toan thuc pham"),
            Map.entry("bhyt", "bao hiem y te"),
            Map.entry("tnhh", "trach nhiem huu han"),
            Map.entry("htx", "hop tac xa"),
            Map.entry("dtm", "danh gia tac dong moi truong"),
            Map.entry("xnk", "xuat khau nhap khau"),
            Map.entry("thpt", "trung hoc pho thong"),
            Map.entry("thcs", "trung hoc co so"),
            Map.entry("kcb", "kham benh chua benh"),
            Map.entry("dk", "dang ky"));

    public SearchProperties {
        if (maxQueryLength < 1 || maxPageSize < 1 || wordSimilarityThreshold <= 0 || wordSimilarityThreshold > 1) {
            throw new IllegalArgumentException("invalid egov.catalogue.search settings");
        }
        Map<String, String> all = new LinkedHashMap<>(BUILT_IN);
        if (abbreviations != null) {
            abbreviations.forEach((k, v) -> all.put(SearchText.fold(k), SearchText.fold(v)));
        }
        abbreviations = Map.copyOf(all);
    }
}
