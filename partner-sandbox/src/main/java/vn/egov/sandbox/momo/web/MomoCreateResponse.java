package vn.egov.sandbox.momo.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import vn.egov.sandbox.momo.MomoCreated;

/** MoMo's answer to create; payUrl, deeplink and qrCodeUrl only with resultCode 0. */
@JsonInclude(JsonInclude.Include.NON_NULL)
record MomoCreateResponse(
        String partnerCode,
        String requestId,
        String orderId,
        Long amount,
        long responseTime,
        String message,
        int resultCode,
        String payUrl,
        String deeplink,
        String qrCodeUrl) {

    static MomoCreateResponse from(MomoCreateRequest request, MomoCreated created) {
        return new MomoCreateResponse(
                request.partnerCode(),
                request.requestId(),
                request.orderId(),
                request.amount(),
                created.responseTime().toInstant().toEpochMilli(),
                created.code().message(request.lang()),
                created.code().code(),
                created.payUrl(),
                created.deeplink(),
                created.qrCodeUrl());
    }
}
