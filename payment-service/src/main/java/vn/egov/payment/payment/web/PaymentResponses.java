package vn.egov.payment.payment.web;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import vn.egov.payment.payment.ListPayments;
import vn.egov.payment.payment.Payment;
import vn.egov.servicedefaults.paging.ListPage;
import vn.egov.servicedefaults.time.CityClock;

/** The JSON of payments. Times are ISO-8601 with the Vietnamese offset; money is an integer number of VND. */
final class PaymentResponses {

    private static final ZoneId VIETNAM = CityClock.ZONE;

    private PaymentResponses() {}

    /**
     * A payment as its owner and the agency's officers see it.
     *
     * @param redirectUrl the partner's page to send the payer to (MoMo, NAPAS) while the payment is open
     * @param qr the VietQR to scan (VietinBank) while the payment is open
     * @param receiptUrl the receipt, once paid
     */
    record View(
            UUID id,
            String dossierCode,
            String provider,
            long amount,
            String status,
            String failureReason,
            String providerOrderId,
            String providerTransactionId,
            String redirectUrl,
            Qr qr,
            String feeName,
            String agencyCode,
            OffsetDateTime createdAt,
            OffsetDateTime expiresAt,
            OffsetDateTime paidAt,
            long refundedAmount,
            OffsetDateTime refundedAt,
            String receiptUrl) {

        static View of(Payment payment) {
            boolean open = !payment.isFinal();
            return new View(
                    payment.id(),
                    payment.dossierCode(),
                    payment.provider(),
                    payment.amount(),
                    payment.status().name(),
                    payment.failureReason() == null
                            ? null
                            : payment.failureReason().name(),
                    payment.providerOrderId(),
                    payment.providerTransactionId(),
                    open ? payment.redirectUrl() : null,
                    open && payment.qrPayload() != null
                            ? new Qr(payment.qrPayload(), "/api/payments/" + payment.id() + "/qr.png")
                            : null,
                    payment.feeName(),
                    payment.agencyCode(),
                    local(payment.createdAt()),
                    local(payment.expiresAt()),
                    local(payment.paidAt()),
                    payment.refundedAmount(),
                    local(payment.refundedAt()),
                    payment.status().name().equals("SUCCESS") ? "/api/payments/" + payment.id() + "/receipt" : null);
        }
    }

    /**
     * A VietQR code.
     *
     * @param payload the EMVCo text any Vietnamese banking app reads
     * @param imageUrl a PNG of it
     */
    record Qr(String payload, String imageUrl) {}

    /** What anyone holding an order id sees: no payer, no agency, no partner details. */
    record PublicStatus(String provider, String providerOrderId, String dossierCode, long amount, String status) {

        static PublicStatus of(Payment payment) {
            return new PublicStatus(
                    payment.provider(),
                    payment.providerOrderId(),
                    payment.dossierCode(),
                    payment.amount(),
                    payment.status().name());
        }
    }

    /** A page of payments, in the envelope of every list. */
    static ListPage<View> page(org.springframework.data.domain.Page<Payment> page) {
        return ListPage.of(
                page.getContent().stream().map(View::of).toList(),
                page.getNumber(),
                page.getSize(),
                page.getTotalElements());
    }

    /** An agency's payments of a day and their totals per provider. */
    record AgencyDay(
            String agencyCode,
            java.time.LocalDate date,
            List<ListPayments.ProviderTotal> totals,
            long collected,
            long refunded,
            ListPage<View> payments) {

        static AgencyDay of(ListPayments.AgencyDay day) {
            return new AgencyDay(
                    day.agencyCode(),
                    day.day(),
                    day.totals(),
                    day.totals().stream()
                            .mapToLong(ListPayments.ProviderTotal::amount)
                            .sum(),
                    day.totals().stream()
                            .mapToLong(ListPayments.ProviderTotal::refunded)
                            .sum(),
                    page(day.payments()));
        }
    }

    static OffsetDateTime local(Instant at) {
        return at == null ? null : at.atZone(VIETNAM).toOffsetDateTime();
    }
}
