package vn.egov.payment.payment;

import java.time.Instant;
import java.util.Optional;

/**
 * The common case of a partner's success message — the first delivery for an open payment of the right amount — as
 * one statement, so that a callback does not read the payment, lock it, and write it back in three round trips.
 */
interface OpenPaymentSuccess {

    /**
     * {@link Payment#succeed} as one conditional update: the payment with this order id at this provider becomes
     * {@code SUCCESS} only if it is still open and its amount is the one reported. The conditions are the aggregate's
     * own ({@link PaymentStatus#isFinal()}); the fields set are the ones {@code succeed} sets, which a test compares.
     *
     * @return the payment as it now is, managed by the persistence context; empty when the order is unknown, the
     *     payment already ended or the amount differs: the caller then looks at it under lock to tell which
     */
    Optional<Payment> succeedIfOpen(
            String provider,
            String providerOrderId,
            long amount,
            String transactionId,
            Instant paidAt,
            String message,
            Instant at);
}
