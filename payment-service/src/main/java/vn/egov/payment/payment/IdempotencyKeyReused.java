package vn.egov.payment.payment;

/** An Idempotency-Key came again with another request. */
public class IdempotencyKeyReused extends RuntimeException {

    IdempotencyKeyReused() {
        super("This Idempotency-Key was already used for a different request");
    }
}
