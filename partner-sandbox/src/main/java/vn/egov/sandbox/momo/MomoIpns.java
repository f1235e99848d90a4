package vn.egov.sandbox.momo;

import java.util.LinkedHashMap;
import java.util.Map;

/** The fields of MoMo's IPN for an order, which the browser's redirect carries too. */
final class MomoIpns {

    static final String ORDER_TYPE = "momo_wallet";
    static final String PAY_TYPE = "qr";

    private MomoIpns() {}

    /**
     * The IPN fields in MoMo's order, signed.
     *
     * @param reportedAmount the amount to report: the order's, unless a fault says otherwise
     */
    static Map<String, Object> fields(
            MomoOrder order,
            MomoResultCode code,
            long responseTime,
            long reportedAmount,
            String accessKey,
            MomoSignature signer) {
        MomoOrderRequest request = order.request();
        String message = code.message(request.lang());
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("partnerCode", request.partnerCode());
        fields.put("orderId", request.orderId());
        fields.put("requestId", request.requestId());
        fields.put("amount", reportedAmount);
        fields.put("orderInfo", request.orderInfo());
        fields.put("orderType", ORDER_TYPE);
        fields.put("transId", order.transId());
        fields.put("resultCode", code.code());
        fields.put("message", message);
        fields.put("payType", PAY_TYPE);
        fields.put("responseTime", responseTime);
        fields.put("extraData", request.extraData());
        fields.put(
                "signature",
                signer.sign(MomoSignature.ipnRaw(
                        accessKey,
                        reportedAmount,
                        request.extraData(),
                        message,
                        request.orderId(),
                        request.orderInfo(),
                        ORDER_TYPE,
                        request.partnerCode(),
                        PAY_TYPE,
                        request.requestId(),
                        responseTime,
                        code.code(),
                        order.transId())));
        return fields;
    }
}
