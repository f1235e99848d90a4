package vn.egov.payment.payment;

import vn.egov.payment.receipt.Receipt;

/**
 * The events of payments, written to the outbox in the transaction of the change (never straight to Kafka). The
 * implementation maps them to the contract events of {@code vn.egov.contracts.payment}.
 */
public interface PaymentPublications {

    void succeeded(Payment payment, Receipt receipt);

    void failed(Payment payment);

    void refunded(Payment payment, java.util.UUID refundId, long amount, java.time.Instant refundedAt);
}
