package vn.egov.payment.payment;

import java.time.Instant;
import java.util.Optional;

/**
 * The two common cases of a partner's success message as one plain statement each, without loading the aggregate: the
 * first delivery for an open payment of the right amount (one conditional update) and a repeated delivery for a paid
 * payment (one read). A callback then does not read the payment, lock it and write it back in three round trips, and
 * spends no time mapping entities it does not change (ADR 11).
 */
interface OpenPaymentSuccess {

    /**
     * {@link Payment#succeed} as one conditional update: the payment with this order id at this provider becomes
     * {@code SUCCESS} only if it is still open and its amount is the one reported. The conditions are the aggregate's
     * own ({@link PaymentStatus#isFinal()}); the fields set are the ones {@code succeed} sets, which a test compares.
     * Call it before anything in the transaction loads the payment as an entity, which would not see the change.
     *
     * @return the payment as it now is; empty when the order is unknown, the payment already ended or the amount
     *     differs: the caller then looks at it under lock to tell which
     */
    Optional<PaidPayment> succeedIfOpen(
            String provider,
            String providerOrderId,
            long amount,
            String transactionId,
            Instant paidAt,
            String message,
            Instant at);

    /** Where the payment with this order id at this provider stands, unlocked; empty when the order is unknown. */
    Optional<OrderState> stateOf(String provider, String providerOrderId);
}
