package vn.egov.sandbox.momo.web;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import vn.egov.sandbox.momo.MomoCreation;

/** Body of {@code POST /v2/gateway/api/create}; other AIO fields (items, userInfo, autoCapture...) are ignored. */
@JsonIgnoreProperties(ignoreUnknown = true)
record MomoCreateRequest(
        String partnerCode,
        String requestId,
        Long amount,
        String orderId,
        String orderInfo,
        String redirectUrl,
        String ipnUrl,
        String requestType,
        String extraData,
        String lang,
        String signature) {

    MomoCreation toCreation() {
        return new MomoCreation(
                partnerCode,
                requestId,
                amount,
                orderId,
                orderInfo,
                redirectUrl,
                ipnUrl,
                requestType,
                extraData,
                lang,
                signature);
    }
}
