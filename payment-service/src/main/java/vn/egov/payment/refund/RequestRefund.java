package vn.egov.payment.refund;

import java.time.Clock;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.egov.payment.payment.OrderReferences;
import vn.egov.payment.payment.Payment;
import vn.egov.payment.payment.PaymentNotFound;
import vn.egov.payment.payment.PaymentRefused;
import vn.egov.payment.payment.PaymentStatus;
import vn.egov.payment.payment.Payments;

/**
 * Asks for a payment's money to go back to the payer: recorded here, submitted to the partner by {@link
 * SubmitRefunds}. Asking twice gives the one refund.
 */
@Component
public class RequestRefund {

    private final Payments payments;
    private final Refunds refunds;
    private final OrderReferences references;
    private final SubmitRefunds submitRefunds;
    private final Clock clock;

    RequestRefund(
            Payments payments, Refunds refunds, OrderReferences references, SubmitRefunds submitRefunds, Clock clock) {
        this.payments = payments;
        this.refunds = refunds;
        this.references = references;
        this.submitRefunds = submitRefunds;
        this.clock = clock;
    }

    /**
     * @param requestedBy the officer's subject, or {@code system} for the automatic policy
     * @throws PaymentRefused when there is no money to give back
     */
    @Transactional
    public RefundView request(UUID paymentId, String reason, String requestedBy) {
        Payment payment =
                payments.lockById(paymentId).orElseThrow(() -> new PaymentNotFound("Payment", paymentId.toString()));
        boolean moneyArrived = payment.status() == PaymentStatus.SUCCESS || payment.providerTransactionId() != null;
        if (!moneyArrived) {
            throw PaymentRefused.nothingToRefund();
        }
        if (refunds.add(payment.id(), references.next(), payment.amount(), reason, requestedBy, clock.instant())) {
            submitRefunds.wakeUpAfterCommit();
        }
        return refunds.ofPayment(payment.id()).orElseThrow();
    }
}
