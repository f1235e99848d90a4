package vn.egov.payment.payment;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/** The Spring Data fragment behind {@link OpenPaymentSuccess}, mixed into {@link Payments}. */
class OpenPaymentSuccessImpl implements OpenPaymentSuccess {

    /** The states a payment may still succeed from, as the aggregate defines them. */
    private static final String OPEN_STATES = Arrays.stream(PaymentStatus.values())
            .filter(status -> !status.isFinal())
            .map(status -> "'" + status.name() + "'")
            .collect(Collectors.joining(", "));

    private static final String SUCCEED_IF_OPEN =
            """
            update payment
            set status = 'SUCCESS', provider_transaction_id = :transactionId, paid_at = :paidAt,
                provider_message = :message, finished_at = :at, version = version + 1
            where provider = :provider and provider_order_id = :providerOrderId and amount = :amount
              and status in (%s)
            returning *
            """
                    .formatted(OPEN_STATES);

    @PersistenceContext
    private EntityManager entities;

    @Override
    public Optional<Payment> succeedIfOpen(
            String provider,
            String providerOrderId,
            long amount,
            String transactionId,
            Instant paidAt,
            String message,
            Instant at) {
        List<?> moved = entities.createNativeQuery(SUCCEED_IF_OPEN, Payment.class)
                .setParameter("transactionId", transactionId)
                .setParameter("paidAt", paidAt == null ? at : paidAt)
                .setParameter("message", message)
                .setParameter("at", at)
                .setParameter("provider", provider)
                .setParameter("providerOrderId", providerOrderId)
                .setParameter("amount", amount)
                .getResultList();
        return moved.stream().map(Payment.class::cast).findFirst();
    }
}
