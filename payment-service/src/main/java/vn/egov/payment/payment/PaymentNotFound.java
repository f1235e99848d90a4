package vn.egov.payment.payment;

import vn.egov.servicedefaults.problem.DomainProblem;

/** No such payment or dossier, or none the caller may see: the same answer, so that nothing leaks. */
public class PaymentNotFound extends DomainProblem {

    public PaymentNotFound(String what, String id) {
        super(Kind.NOT_FOUND, "not-found", what + " " + id + " not found");
    }
}
