package vn.egov.payment.callback.web;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import vn.egov.payment.callback.CallbackLog;
import vn.egov.payment.payment.Payment;
import vn.egov.payment.payment.PaymentNotFound;
import vn.egov.payment.payment.ViewPayment;
import vn.egov.servicedefaults.paging.ListPage;
import vn.egov.servicedefaults.security.CurrentUser;

/** The callbacks a payment received, raw and with their verdicts, for the officers of the collecting agency. */
@RestController
class PaymentCallbacksController {

    private final ViewPayment viewPayment;
    private final CallbackLog callbacks;

    PaymentCallbacksController(ViewPayment viewPayment, CallbackLog callbacks) {
        this.viewPayment = viewPayment;
        this.callbacks = callbacks;
    }

    @GetMapping("/api/payments/{id}/callbacks")
    ListPage<CallbackLog.LoggedCallback> callbacks(@PathVariable String id, CurrentUser user) {
        Payment payment = viewPayment.view(id, user);
        if (!user.isOfficerOf(payment.agencyCode())) {
            throw new PaymentNotFound("Payment", id);
        }
        return ListPage.whole(callbacks.ofPayment(payment.id()));
    }
}
