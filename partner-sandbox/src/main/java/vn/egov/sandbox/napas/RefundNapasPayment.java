package vn.egov.sandbox.napas;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import vn.egov.sandbox.payment.Vnd;

/**
 * Answers refund on {@code vpcdps}: code 8 for a wrong hash, merchant or user/password, 1 for a malformed amount, 31
 * when vpc_TransactionNo is not a paid payment, 33 for a vpc_MerchTxnRef used before, 12 for more than is left to
 * refund, 0 with the refund's own vpc_TransactionNo otherwise. Every answer is signed.
 */
@Service
public class RefundNapasPayment {

    private static final Logger log = LoggerFactory.getLogger(RefundNapasPayment.class);

    private final NapasProperties properties;
    private final NapasOrders orders;
    private final Clock clock;

    public RefundNapasPayment(NapasProperties properties, NapasOrders orders, Clock clock) {
        this.properties = properties;
        this.orders = orders;
        this.clock = clock;
    }

    /** @param fields the form fields of the request; the answer's fields, in order, signed */
    public Map<String, String> refund(Map<String, String> fields) {
        String ref = fields.get("vpc_MerchTxnRef");
        String vpcAmount = fields.get("vpc_Amount");
        Optional<String> failure = NapasFields.authenticationFailure(fields, properties);
        if (failure.isPresent()) {
            return answer(NapasResponseCode.BAD_CHECKSUM, failure.get(), "", vpcAmount, ref);
        }
        Optional<Vnd> amount = NapasFields.amount(vpcAmount).filter(a -> a.amount() > 0);
        if (amount.isEmpty() || NapasFields.blank(ref)) {
            return answer(NapasResponseCode.REJECTED, NapasResponseCode.REJECTED.message(), "", vpcAmount, ref);
        }
        OffsetDateTime now = OffsetDateTime.now(clock).truncatedTo(ChronoUnit.MILLIS);
        String paymentNo = fields.get("vpc_TransactionNo");
        NapasOrder payment = NapasFields.blank(paymentNo)
                ? null
                : orders.byTransactionNo(paymentNo)
                        .filter(order -> order.result(now).orElse(null) == NapasResponseCode.SUCCESS)
                        .orElse(null);
        if (payment == null) {
            return answer(NapasResponseCode.ORDER_NOT_FOUND, "Original transaction not found", "", vpcAmount, ref);
        }
        if (amount.get().compareTo(payment.refundable()) > 0) {
            return answer(NapasResponseCode.AMOUNT_LIMIT, "Amount exceeds the refundable amount", "", vpcAmount, ref);
        }
        if (!orders.reserveRefundRef(ref)) {
            return answer(NapasResponseCode.DUPLICATE_ORDER, "vpc_MerchTxnRef already used", "", vpcAmount, ref);
        }
        try {
            NapasRefund refund = payment.refund(ref, amount.get(), orders.nextTransactionNo(), now);
            log.info("NAPAS refund {} of {} VND on {}", refund.transactionNo(), refund.amount(), paymentNo);
            return answer(NapasResponseCode.SUCCESS, "Refund approved", refund.transactionNo(), vpcAmount, ref);
        } catch (IllegalStateException raced) {
            return answer(NapasResponseCode.AMOUNT_LIMIT, "Amount exceeds the refundable amount", "", vpcAmount, ref);
        }
    }

    private Map<String, String> answer(
            NapasResponseCode code, String message, String transactionNo, String vpcAmount, String ref) {
        Map<String, String> answer = new LinkedHashMap<>();
        answer.put("vpc_TxnResponseCode", code.code());
        answer.put("vpc_TransactionNo", transactionNo);
        answer.put("vpc_Amount", vpcAmount == null ? "" : vpcAmount);
        answer.put("vpc_MerchTxnRef", ref == null ? "" : ref);
        answer.put("vpc_Message", message);
        return NapasFields.signed(answer, properties);
    }
}
