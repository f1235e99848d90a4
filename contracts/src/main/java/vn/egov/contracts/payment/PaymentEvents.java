package vn.egov.contracts.payment;

import java.util.List;
import vn.egov.contracts.EventType;
import vn.egov.contracts.Topics;

/** The payment event types. dossier-service moves a dossier that awaits payment on when one succeeds. */
public final class PaymentEvents {

    public static final EventType SUCCEEDED = new EventType(
            "vn.egov.payment.succeeded",
            Topics.PAYMENT_EVENTS,
            "schemas/payment/succeeded/v1.json",
            PaymentSucceeded.class);

    public static final List<EventType> ALL = List.of(SUCCEEDED);

    private PaymentEvents() {}
}
