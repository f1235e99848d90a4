package vn.egov.payment.payment;

import java.util.UUID;

/**
 * Where a payment stands, read without a lock: enough to recognise a repeated success message for a payment that is
 * already paid, the commonest callback after the first. A state read this way may be stale only while the payment is
 * open; a final state never changes.
 */
public record OrderState(UUID id, PaymentStatus status, long amount, String providerTransactionId) {}
