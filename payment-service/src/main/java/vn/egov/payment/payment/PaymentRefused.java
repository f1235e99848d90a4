package vn.egov.payment.payment;

import java.util.UUID;

/**
 * A payment cannot be started for this dossier now: nothing is owed, it is paid already, or another payment is being
 * paid.
 *
 * @param slug the problem type's last segment
 * @param openPaymentId the payment being paid, when that is the reason
 */
public class PaymentRefused extends RuntimeException {

    private final String slug;
    private final UUID openPaymentId;

    PaymentRefused(String slug, String message, UUID openPaymentId) {
        super(message);
        this.slug = slug;
        this.openPaymentId = openPaymentId;
    }

    public static PaymentRefused nothingToRefund() {
        return new PaymentRefused("nothing-to-refund", "Giao dịch chưa nhận được tiền nên không có gì để hoàn", null);
    }

    public String slug() {
        return slug;
    }

    public UUID openPaymentId() {
        return openPaymentId;
    }
}
