package vn.egov.payment.payment;

import vn.egov.servicedefaults.problem.DomainProblem;

/** A payment was asked to move where its state does not allow; the payment is unchanged. */
public class IllegalPaymentTransition extends DomainProblem {

    IllegalPaymentTransition(Payment payment, String move) {
        super(
                Kind.CONFLICT,
                "illegal-transition",
                "payment " + payment.id() + " is " + payment.status() + ": cannot " + move);
    }
}
