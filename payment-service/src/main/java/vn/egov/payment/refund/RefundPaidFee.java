package vn.egov.payment.refund;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import vn.egov.payment.payment.Payments;

/**
 * A dossier ended in a status whose paid fee the city gives back (a withdrawal, a refusal; configurable): its
 * successful payment gets a refund, once — also when the payment succeeds only after the dossier ended.
 */
@Component
public class RefundPaidFee {

    private static final Logger log = LoggerFactory.getLogger(RefundPaidFee.class);

    private static final int BATCH = 20;
    /** Far longer than a payment stays open, so that a job stopped for days still finds what it missed. */
    private static final Duration LOOK_BACK = Duration.ofDays(7);

    private final Payments payments;
    private final Refunds refunds;
    private final RequestRefund requestRefund;
    private final RefundProperties properties;
    private final Clock clock;

    RefundPaidFee(
            Payments payments, Refunds refunds, RequestRefund requestRefund, RefundProperties properties, Clock clock) {
        this.payments = payments;
        this.refunds = refunds;
        this.requestRefund = requestRefund;
        this.properties = properties;
        this.clock = clock;
    }

    /**
     * Call it in the transaction that records the event as processed. The ending is remembered, so that a payment
     * that succeeds afterwards (the citizen was paying while the dossier was withdrawn) is refunded by {@link
     * #refundFeesPaidAfterTheEnd} too.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void dossierEnded(String dossierCode, String status) {
        if (!properties.automaticWhen().contains(status)) {
            return;
        }
        refunds.dossierEnded(dossierCode, status, clock.instant());
        payments.findSucceeded(dossierCode).ifPresent(payment -> refund(payment.id(), dossierCode, status));
    }

    /**
     * Refunds the successful payments of ended dossiers that have no refund yet: the ones that succeeded after their
     * dossier ended. Several instances may run it at once: a payment gets one refund whoever asks.
     */
    @Scheduled(fixedDelayString = "${egov.payments.refunds.submit-interval:10s}")
    public void refundFeesPaidAfterTheEnd() {
        Instant since = clock.instant().minus(LOOK_BACK);
        for (Refunds.PaidAfterEnding paid : refunds.paidForEndedDossiersWithoutRefund(since, BATCH)) {
            refund(paid.paymentId(), paid.dossierCode(), paid.status());
        }
    }

    private void refund(UUID paymentId, String dossierCode, String status) {
        log.info("Dossier {} is {}: its fee paid by {} is refunded", dossierCode, status, paymentId);
        requestRefund.request(
                paymentId, "Hồ sơ " + dossierCode + " " + statusName(status) + ": hoàn lại phí, lệ phí", "system");
    }

    private static String statusName(String status) {
        return switch (status) {
            case "WITHDRAWN" -> "đã rút";
            case "NOT_ACCEPTED" -> "không được tiếp nhận";
            case "STOPPED" -> "bị dừng xử lý";
            default -> status;
        };
    }
}
