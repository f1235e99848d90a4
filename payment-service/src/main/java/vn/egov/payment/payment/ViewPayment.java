package vn.egov.payment.payment;

import java.util.UUID;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.egov.servicedefaults.security.CurrentUser;

/** One payment, for its dossier's owner and the officers of the collecting agency; anyone else is told it is not there. */
@Component
public class ViewPayment {

    private final Payments payments;

    ViewPayment(Payments payments) {
        this.payments = payments;
    }

    @Transactional(readOnly = true)
    public Payment view(UUID id, CurrentUser user) {
        return payments.findById(id)
                .filter(payment -> mayView(payment, user))
                .orElseThrow(() -> new PaymentNotFound("Payment", id.toString()));
    }

    public static boolean mayView(Payment payment, CurrentUser user) {
        return (user.has(CurrentUser.Role.CITIZEN) && payment.isOwnedBy(user.subject()))
                || user.isOfficerOf(payment.agencyCode());
    }
}
