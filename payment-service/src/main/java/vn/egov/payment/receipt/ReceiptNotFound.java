package vn.egov.payment.receipt;

import java.util.UUID;
import vn.egov.servicedefaults.problem.DomainProblem;

/** No receipt for the payment or under the verification code, or none the caller may see. */
public class ReceiptNotFound extends DomainProblem {

    private ReceiptNotFound(String detail) {
        super(Kind.NOT_FOUND, "not-found", detail);
    }

    static ReceiptNotFound ofPayment(UUID paymentId) {
        return new ReceiptNotFound("Receipt of payment " + paymentId + " does not exist");
    }

    static ReceiptNotFound verifiedAs(VerificationCode code) {
        return new ReceiptNotFound("Receipt " + code.value() + " does not exist");
    }
}
