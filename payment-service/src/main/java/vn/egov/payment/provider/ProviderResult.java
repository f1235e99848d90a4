package vn.egov.payment.provider;

import java.time.Instant;
import java.util.Objects;

/**
 * What a partner says of one order, from a callback, a query or a statement.
 *
 * @param providerOrderId our order id (reference) as the partner echoes it; for a bank transfer, the reference found in
 *     the transfer's remark, or null when the remark holds none of ours
 * @param outcome the partner's verdict
 * @param amount VND the partner says moved (or was asked); null when the partner did not say
 * @param transactionId the partner's transaction id, once there is one
 * @param at when the partner says it happened; null when it did not say
 * @param message the partner's own code and message, for the record (e.g. {@code "0 Successful."})
 */
public record ProviderResult(
        String providerOrderId, Outcome outcome, Long amount, String transactionId, Instant at, String message) {

    public ProviderResult {
        Objects.requireNonNull(outcome, "outcome");
    }
}
