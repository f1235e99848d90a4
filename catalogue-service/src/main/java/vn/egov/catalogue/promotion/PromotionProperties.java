package vn.egov.catalogue.promotion;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The city's promotion rules (seed article: "DVC triển khai trực tuyến mức 3 thì năm trước đó phải có ít nhất 50 hồ
 * sơ; DVC triển khai mức 4 là những DVC đã có ít nhất 30% hồ sơ mức 3").
 *
 * @param level3MinDossiers dossiers (all channels) the previous year needed to go online at level 3
 * @param level4MinOnlineShare share of the previous year's dossiers submitted online at level 3 needed for level 4
 */
@ConfigurationProperties("egov.catalogue.promotion")
public record PromotionProperties(
        @DefaultValue("50") int level3MinDossiers, @DefaultValue("0.30") double level4MinOnlineShare) {}
