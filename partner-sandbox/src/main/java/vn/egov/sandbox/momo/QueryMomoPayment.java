package vn.egov.sandbox.momo;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import org.springframework.stereotype.Service;

/**
 * Answers {@code POST /v2/gateway/api/query}: checks format (20) and signature (13), then reports the order's state
 * (0 paid, 1000 awaiting the payer, 1005 expired, 1006 cancelled) or 42 for an orderId MoMo does not know.
 */
@Service
public class QueryMomoPayment {

    private final MomoProperties properties;
    private final MomoOrders orders;
    private final Clock clock;

    public QueryMomoPayment(MomoProperties properties, MomoOrders orders, Clock clock) {
        this.properties = properties;
        this.orders = orders;
        this.clock = clock;
    }

    public MomoQueryResult query(MomoQuery query) {
        OffsetDateTime now = OffsetDateTime.now(clock).truncatedTo(ChronoUnit.MILLIS);
        if (MomoRequests.anyBlank(
                        query.partnerCode(), query.requestId(), query.orderId(), query.lang(), query.signature())
                || !MomoRequests.isLang(query.lang())) {
            return MomoQueryResult.refused(MomoResultCode.BAD_FORMAT, now);
        }
        String raw = MomoSignature.queryRequestRaw(
                properties.accessKey(), query.orderId(), query.partnerCode(), query.requestId());
        if (!properties.partnerCode().equals(query.partnerCode())
                || !new MomoSignature(properties.secretKey()).verifies(raw, query.signature())) {
            return MomoQueryResult.refused(MomoResultCode.MERCHANT_AUTHENTICATION_FAILED, now);
        }
        return orders.byOrderId(query.orderId())
                .map(order -> new MomoQueryResult(order.resultCode(now), now, order, order.refunds()))
                .orElseGet(() -> MomoQueryResult.refused(MomoResultCode.ORDER_NOT_FOUND, now));
    }
}
