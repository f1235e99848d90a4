package vn.egov.sandbox.momo;

import java.time.OffsetDateTime;

/**
 * MoMo's answer to a refund request.
 *
 * @param code the result code
 * @param responseTime when MoMo answered
 * @param refund the refund made; {@code null} on a refusal
 */
public record MomoRefundResult(MomoResultCode code, OffsetDateTime responseTime, MomoRefund refund) {

    static MomoRefundResult refused(MomoResultCode code, OffsetDateTime responseTime) {
        return new MomoRefundResult(code, responseTime, null);
    }
}
