package vn.egov.sandbox.momo.web;

import java.util.List;
import vn.egov.sandbox.momo.MomoOrder;
import vn.egov.sandbox.momo.MomoQueryResult;
import vn.egov.sandbox.momo.MomoResultCode;

/**
 * MoMo's answer to query. For an order not paid, transId is 0 and payType empty; for a refusal the order's fields
 * are empty too.
 */
record MomoQueryResponse(
        String partnerCode,
        String requestId,
        String orderId,
        String extraData,
        long amount,
        long transId,
        String payType,
        int resultCode,
        String message,
        long responseTime,
        Long lastUpdated,
        List<RefundTrans> refundTrans) {

    static MomoQueryResponse from(MomoQueryRequest request, MomoQueryResult result) {
        MomoOrder order = result.order();
        long responseTime = result.responseTime().toInstant().toEpochMilli();
        String message = result.code().message(request.lang());
        if (order == null) {
            return new MomoQueryResponse(
                    request.partnerCode(),
                    request.requestId(),
                    request.orderId(),
                    "",
                    0,
                    0,
                    "",
                    result.code().code(),
                    message,
                    responseTime,
                    null,
                    List.of());
        }
        boolean paid = result.code() == MomoResultCode.SUCCESS;
        return new MomoQueryResponse(
                request.partnerCode(),
                request.requestId(),
                request.orderId(),
                order.request().extraData(),
                order.request().amount().amount(),
                order.transId(),
                paid ? "qr" : "",
                result.code().code(),
                message,
                responseTime,
                order.lastUpdated().toInstant().toEpochMilli(),
                result.refunds().stream()
                        .map(refund -> new RefundTrans(
                                refund.orderId(),
                                refund.amount().amount(),
                                MomoResultCode.SUCCESS.code(),
                                refund.transId(),
                                refund.createdAt().toInstant().toEpochMilli()))
                        .toList());
    }

    /** One refund of the order. */
    record RefundTrans(String orderId, long amount, int resultCode, long transId, long createdTime) {}
}
