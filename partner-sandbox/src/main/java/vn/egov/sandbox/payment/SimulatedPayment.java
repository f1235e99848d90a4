package vn.egov.sandbox.payment;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * A payment as one simulated partner saw it, for tests and demos.
 *
 * @param partner the partner
 * @param orderId the platform's reference for the payment: MoMo orderId, NAPAS vpc_MerchTxnRef, VietQR purpose
 * @param amount the amount asked (MoMo, NAPAS) or transferred (VietinBank), VND
 * @param status the partner's state of it, e.g. {@code AWAITING_PAYER}, {@code PAID}, {@code CANCELLED}
 * @param transId the partner's transaction id, {@code null} until there is one
 * @param createdAt when the partner first heard of it
 * @param updatedAt when it last changed
 * @param refunds the refunds made of it
 * @param callbacks the callbacks sent about it, oldest first, with the platform's replies
 */
public record SimulatedPayment(
        PaymentPartner partner,
        String orderId,
        long amount,
        String status,
        String transId,
        OffsetDateTime createdAt,
        OffsetDateTime updatedAt,
        List<SimulatedRefund> refunds,
        List<CallbackDelivery> callbacks) {

    public SimulatedPayment {
        refunds = List.copyOf(refunds);
        callbacks = List.copyOf(callbacks);
    }
}
