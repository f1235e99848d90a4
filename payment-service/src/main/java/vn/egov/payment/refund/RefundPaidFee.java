package vn.egov.payment.refund;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import vn.egov.payment.payment.Payments;

/**
 * A dossier ended in a status whose paid fee the city gives back (a withdrawal, a refusal; configurable): its
 * successful payment gets a refund, once.
 */
@Component
public class RefundPaidFee {

    private static final Logger log = LoggerFactory.getLogger(RefundPaidFee.class);

    private final Payments payments;
    private final RequestRefund requestRefund;
    private final RefundProperties properties;

    RefundPaidFee(Payments payments, RequestRefund requestRefund, RefundProperties properties) {
        this.payments = payments;
        this.requestRefund = requestRefund;
        this.properties = properties;
    }

    /** Call it in the transaction that records the event as processed. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void dossierEnded(String dossierCode, String status) {
        if (!properties.automaticWhen().contains(status)) {
            return;
        }
        payments.findSucceeded(dossierCode).ifPresent(payment -> {
            log.info("Dossier {} is {}: its fee paid by {} is refunded", dossierCode, status, payment.id());
            requestRefund.request(
                    payment.id(),
                    "Hồ sơ " + dossierCode + " " + statusName(status) + ": hoàn lại phí, lệ phí",
                    "system");
        });
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
