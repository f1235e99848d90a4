package vn.egov.sandbox.zalo.web;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Map;
import vn.egov.sandbox.zalo.ZnsSubmission;

/** Body of {@code POST /message/template}; other ZNS fields (mode, sending_mode) are accepted and ignored. */
@JsonIgnoreProperties(ignoreUnknown = true)
record ZnsSendRequest(
        @JsonProperty("phone") String phone,
        @JsonProperty("template_id") String templateId,
        @JsonProperty("template_data") Map<String, Object> templateData,
        @JsonProperty("tracking_id") String trackingId) {

    ZnsSubmission toSubmission(String accessToken) {
        return new ZnsSubmission(accessToken, phone, templateId, templateData, trackingId);
    }
}
