package vn.egov.payment.payment;

/** No such payment or dossier, or none the caller may see: the same answer, so that nothing leaks. */
public class PaymentNotFound extends RuntimeException {

    public PaymentNotFound(String what, String id) {
        super(what + " " + id + " not found");
    }
}
