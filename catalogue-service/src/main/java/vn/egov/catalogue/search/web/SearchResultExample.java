package vn.egov.catalogue.search.web;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.media.Schema;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.stereotype.Component;

/**
 * A search result as the OpenAPI document shows it: one procedure of the demo catalogue, in Vietnamese. Set on the
 * result's schema rather than on the page, so that it holds whatever envelope the page has.
 */
@Component
class SearchResultExample implements OpenApiCustomizer {

    @Override
    public void customise(OpenAPI api) {
        Schema<?> summary = api.getComponents() == null
                ? null
                : api.getComponents().getSchemas().get("ProcedureSummary");
        if (summary == null) {
            return;
        }
        Map<String, Object> example = new LinkedHashMap<>();
        example.put("code", "2.000488");
        example.put(
                "name", "Cấp Phiếu lý lịch tư pháp cho công dân Việt Nam, người nước ngoài đang cư trú tại Việt Nam");
        example.put("sector", "Lý lịch tư pháp");
        example.put("agencyCode", "000.00.15.H17");
        example.put("agencyName", "Sở Tư pháp");
        example.put("agencyLevel", "CITY");
        example.put("serviceLevel", 4);
        example.put("onlineMode", "FULL");
        example.put("version", 1);
        example.put("effectiveFrom", "2025-01-01");
        example.put("processingDays", 10);
        example.put("onlineProcessingDays", 5);
        example.put("feeTotal", 200000);
        summary.example(example);
    }
}
