package vn.egov.sandbox.momo.web;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import vn.egov.sandbox.momo.MomoQuery;

/** Body of {@code POST /v2/gateway/api/query}. */
@JsonIgnoreProperties(ignoreUnknown = true)
record MomoQueryRequest(String partnerCode, String requestId, String orderId, String lang, String signature) {

    MomoQuery toQuery() {
        return new MomoQuery(partnerCode, requestId, orderId, lang, signature);
    }
}
