package vn.egov.sandbox.momo;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * MoMo's answer to a query.
 *
 * @param code the result code: the order's (0, 1000, 1005, 1006) or a refusal (13, 20, 42)
 * @param responseTime when MoMo answered
 * @param order the order queried; {@code null} on a refusal
 * @param refunds the order's refunds
 */
public record MomoQueryResult(
        MomoResultCode code, OffsetDateTime responseTime, MomoOrder order, List<MomoRefund> refunds) {

    static MomoQueryResult refused(MomoResultCode code, OffsetDateTime responseTime) {
        return new MomoQueryResult(code, responseTime, null, List.of());
    }
}
