package vn.egov.notification.dossier;

import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.egov.contracts.payment.PaymentEvents;
import vn.egov.contracts.payment.PaymentRefunded;
import vn.egov.contracts.payment.PaymentSucceeded;
import vn.egov.notification.delivery.Channel;

/**
 * The table of payment events the applicant hears about: the money for their dossier arrived, or was given back. The
 * amount and receipt number come from the event (what payment-service collected), the applicant's details from
 * dossier-service, as for dossier events.
 */
public final class PaymentNotifications {

    private static final Set<Channel> ALL_CHANNELS = Set.of(Channel.SMS, Channel.ZALO, Channel.EMAIL);

    static final List<DossierNotification> ALL = List.of(
            new DossierNotification(
                    PaymentEvents.SUCCEEDED.type(),
                    "payment-received",
                    PaymentSucceeded.class,
                    ALL_CHANNELS,
                    Map.of(
                            "dossier_code", "dossierCode",
                            "amount", "amountText",
                            "receipt_number", "receiptNumberText")),
            new DossierNotification(
                    PaymentEvents.REFUNDED.type(),
                    "payment-refunded",
                    PaymentRefunded.class,
                    ALL_CHANNELS,
                    Map.of(
                            "dossier_code", "dossierCode",
                            "amount", "amountText")));

    /** The payment events deliberately left without a message, and why; with {@link #ALL} they cover every type. */
    static final Map<String, String> SKIPPED = Map.of(
            PaymentEvents.FAILED.type(),
            "the payer saw the failure on the payment page, and the fee is still owed: the payment request already"
                    + " told how to pay, and nothing new is asked of them");

    private PaymentNotifications() {}
}
