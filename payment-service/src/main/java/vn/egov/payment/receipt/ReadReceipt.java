package vn.egov.payment.receipt;

import java.util.UUID;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.egov.payment.PublicSite;
import vn.egov.payment.payment.Payment;
import vn.egov.payment.payment.Payments;
import vn.egov.servicedefaults.security.CurrentUser;

/**
 * The receipt of a payment, for the payment's owner and for officers of the collecting agency. Anyone else gets the
 * same 404 as for a payment without a receipt, so that payment ids cannot be probed.
 */
@Component
public class ReadReceipt {

    private final Payments payments;
    private final Receipts receipts;
    private final PublicSite site;

    ReadReceipt(Payments payments, Receipts receipts, PublicSite site) {
        this.payments = payments;
        this.receipts = receipts;
        this.site = site;
    }

    /** A receipt with the address where anyone can verify it. */
    public record ReceiptView(IssuedReceipt receipt, String verificationUrl) {}

    @Transactional(readOnly = true)
    public ReceiptView read(UUID paymentId, CurrentUser user) {
        IssuedReceipt receipt = payments.findById(paymentId)
                .filter(payment -> mayRead(payment, user))
                .flatMap(payment -> receipts.findByPaymentId(payment.id()))
                .orElseThrow(() -> ReceiptNotFound.ofPayment(paymentId));
        return new ReceiptView(
                receipt, site.receiptVerificationUrl(receipt.verificationCode().value()));
    }

    private static boolean mayRead(Payment payment, CurrentUser user) {
        return user != null && (payment.isOwnedBy(user.subject()) || user.isOfficerOf(payment.agencyCode()));
    }
}
