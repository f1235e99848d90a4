package vn.egov.sandbox.momo.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import vn.egov.sandbox.momo.MomoRefundResult;

/** MoMo's answer to refund; transId is the refund's own, absent on a refusal. */
@JsonInclude(JsonInclude.Include.NON_NULL)
record MomoRefundResponse(
        String partnerCode,
        String orderId,
        String requestId,
        Long amount,
        Long transId,
        int resultCode,
        String message,
        long responseTime) {

    static MomoRefundResponse from(MomoRefundRequest request, MomoRefundResult result) {
        return new MomoRefundResponse(
                request.partnerCode(),
                request.orderId(),
                request.requestId(),
                request.amount(),
                result.refund() == null ? null : result.refund().transId(),
                result.code().code(),
                result.code().message(request.lang()),
                result.responseTime().toInstant().toEpochMilli());
    }
}
