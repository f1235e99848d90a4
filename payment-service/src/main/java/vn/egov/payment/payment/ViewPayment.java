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

    /** The payment by the id a client sent; an id that is not a UUID is, like a stranger's payment, not there. */
    @Transactional(readOnly = true)
    public Payment view(String id, CurrentUser user) {
        try {
            return view(UUID.fromString(id), user);
        } catch (IllegalArgumentException notAnId) {
            throw new PaymentNotFound("Payment", id);
        }
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
