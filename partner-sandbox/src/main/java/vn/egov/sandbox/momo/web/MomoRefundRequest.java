package vn.egov.sandbox.momo.web;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import vn.egov.sandbox.momo.MomoRefundSubmission;

/** Body of {@code POST /v2/gateway/api/refund}. */
@JsonIgnoreProperties(ignoreUnknown = true)
record MomoRefundRequest(
        String partnerCode,
        String orderId,
        String requestId,
        Long amount,
        Long transId,
        String lang,
        String description,
        String signature) {

    MomoRefundSubmission toSubmission() {
        return new MomoRefundSubmission(partnerCode, orderId, requestId, amount, transId, lang, description, signature);
    }
}
