package vn.egov.payment.payment;

/** A payment was asked to move where its state does not allow; the payment is unchanged. */
public class IllegalPaymentTransition extends RuntimeException {

    IllegalPaymentTransition(Payment payment, String move) {
        super("payment " + payment.id() + " is " + payment.status() + ": cannot " + move);
    }
}
