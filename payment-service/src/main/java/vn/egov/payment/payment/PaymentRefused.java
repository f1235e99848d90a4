package vn.egov.payment.payment;

import java.util.UUID;
import vn.egov.servicedefaults.problem.DomainProblem;

/**
 * A payment cannot be started for this dossier now: nothing is owed, it is paid already, or another payment is being
 * paid.
 *
 * @param slug the problem type's last segment
 * @param openPaymentId the payment being paid, when that is the reason
 */
public class PaymentRefused extends DomainProblem {

    private final UUID openPaymentId;

    PaymentRefused(String slug, String message, UUID openPaymentId) {
        super(Kind.CONFLICT, slug, message);
        this.openPaymentId = openPaymentId;
        if (openPaymentId != null) {
            with("paymentId", openPaymentId.toString());
        }
    }

    public static PaymentRefused nothingToRefund() {
        return new PaymentRefused("nothing-to-refund", "Giao dịch chưa nhận được tiền nên không có gì để hoàn", null);
    }

    public UUID openPaymentId() {
        return openPaymentId;
    }
}
