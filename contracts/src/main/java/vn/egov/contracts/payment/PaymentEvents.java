package vn.egov.contracts.payment;

import java.util.List;
import vn.egov.contracts.EventType;
import vn.egov.contracts.Topics;

/**
 * The payment event types. dossier-service moves a dossier that awaits payment on when one succeeds; notification-service
 * tells the applicant; ministries (the treasury's systems) reconcile collections from them.
 */
public final class PaymentEvents {

    public static final EventType SUCCEEDED = new EventType(
            "vn.egov.payment.succeeded",
            Topics.PAYMENT_EVENTS,
            "schemas/payment/succeeded/v1.json",
            PaymentSucceeded.class);

    public static final EventType FAILED = new EventType(
            "vn.egov.payment.failed", Topics.PAYMENT_EVENTS, "schemas/payment/failed/v1.json", PaymentFailed.class);

    public static final EventType REFUNDED = new EventType(
            "vn.egov.payment.refunded",
            Topics.PAYMENT_EVENTS,
            "schemas/payment/refunded/v1.json",
            PaymentRefunded.class);

    public static final List<EventType> ALL = List.of(SUCCEEDED, FAILED, REFUNDED);

    private PaymentEvents() {}
}
