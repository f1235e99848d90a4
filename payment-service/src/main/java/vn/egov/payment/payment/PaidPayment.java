package vn.egov.payment.payment;

import java.util.UUID;

/**
 * A payment as its success left it, as much of it as its receipt prints: what {@link OpenPaymentSuccess} reads back
 * from the statement that moved it, without loading the aggregate.
 */
public record PaidPayment(
        UUID id,
        String dossierCode,
        String agencyCode,
        String agencyName,
        String feeName,
        String payerName,
        String payerAddress,
        String provider,
        String providerTransactionId,
        long amount) {

    /** The receipt's view of a payment the aggregate moved to success. */
    public static PaidPayment of(Payment payment) {
        if (payment.status() != PaymentStatus.SUCCESS) {
            // The receipt prints the partner's transaction id, which only a success has.
            throw new IllegalStateException(
                    "payment " + payment.id() + " is " + payment.status() + "; only a successful one gets a receipt");
        }
        return new PaidPayment(
                payment.id(),
                payment.dossierCode(),
                payment.agencyCode(),
                payment.agencyName(),
                payment.feeName(),
                payment.payerName(),
                payment.payerAddress(),
                payment.provider(),
                payment.providerTransactionId(),
                payment.amount());
    }
}
