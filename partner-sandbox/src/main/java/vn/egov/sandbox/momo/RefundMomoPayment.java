package vn.egov.sandbox.momo;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import vn.egov.sandbox.payment.Vnd;

/**
 * Refunds a paid order the way {@code POST /v2/gateway/api/refund} does: checks format (20), signature (13), the
 * minimum amount (22), the payment's transId (42), the refund orderId's uniqueness (41) and what is left to refund
 * (1080).
 */
@Service
public class RefundMomoPayment {

    private static final Logger log = LoggerFactory.getLogger(RefundMomoPayment.class);

    private final MomoProperties properties;
    private final MomoOrders orders;
    private final Clock clock;

    public RefundMomoPayment(MomoProperties properties, MomoOrders orders, Clock clock) {
        this.properties = properties;
        this.orders = orders;
        this.clock = clock;
    }

    public MomoRefundResult refund(MomoRefundSubmission submission) {
        OffsetDateTime now = OffsetDateTime.now(clock).truncatedTo(ChronoUnit.MILLIS);
        if (MomoRequests.anyBlank(
                        submission.partnerCode(),
                        submission.orderId(),
                        submission.requestId(),
                        submission.amount(),
                        submission.transId(),
                        submission.lang(),
                        submission.signature())
                || !MomoRequests.isLang(submission.lang())) {
            return MomoRefundResult.refused(MomoResultCode.BAD_FORMAT, now);
        }
        String description = submission.description() == null ? "" : submission.description();
        String raw = MomoSignature.refundRequestRaw(
                properties.accessKey(),
                submission.amount(),
                description,
                submission.orderId(),
                submission.partnerCode(),
                submission.requestId(),
                submission.transId());
        if (!properties.partnerCode().equals(submission.partnerCode())
                || !new MomoSignature(properties.secretKey()).verifies(raw, submission.signature())) {
            return MomoRefundResult.refused(MomoResultCode.MERCHANT_AUTHENTICATION_FAILED, now);
        }
        if (submission.amount() < CreateMomoPayment.MIN_AMOUNT.amount()) {
            return MomoRefundResult.refused(MomoResultCode.AMOUNT_OUT_OF_RANGE, now);
        }
        MomoOrder payment = orders.byTransId(submission.transId())
                .filter(order -> order.resultCode(now) == MomoResultCode.SUCCESS)
                .orElse(null);
        if (payment == null) {
            return MomoRefundResult.refused(MomoResultCode.ORDER_NOT_FOUND, now);
        }
        Vnd amount = new Vnd(submission.amount());
        if (amount.compareTo(payment.refundable()) > 0) {
            return MomoRefundResult.refused(MomoResultCode.REFUND_EXCEEDS_REFUNDABLE, now);
        }
        if (!orders.reserveRefundOrderId(submission.orderId())) {
            return MomoRefundResult.refused(MomoResultCode.DUPLICATED_ORDER_ID, now);
        }
        try {
            MomoRefund refund = payment.refund(submission.orderId(), amount, orders.nextTransId(), now);
            log.info("MoMo refund {} of {} VND on order {}", refund.transId(), amount, payment.orderId());
            return new MomoRefundResult(MomoResultCode.SUCCESS, now, refund);
        } catch (IllegalStateException raced) {
            // A concurrent refund used up what was left between the check and the refund.
            return MomoRefundResult.refused(MomoResultCode.REFUND_EXCEEDS_REFUNDABLE, now);
        }
    }
}
