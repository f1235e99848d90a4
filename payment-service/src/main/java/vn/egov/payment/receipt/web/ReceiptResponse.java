package vn.egov.payment.receipt.web;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import vn.egov.payment.receipt.IssuedReceipt;
import vn.egov.payment.receipt.ReadReceipt.ReceiptView;
import vn.egov.servicedefaults.time.CityClock;

/**
 * A payment's receipt as its owner or an agency officer reads it.
 *
 * @param agencyTaxCode {@code null} when the agency's tax code was not configured at issue
 * @param issuedAt to the second, at +07:00
 */
record ReceiptResponse(
        UUID paymentId,
        String reference,
        String formSymbol,
        String receiptSymbol,
        long number,
        long amount,
        String amountInFigures,
        String amountInWords,
        String feeName,
        String payerName,
        String payerAddress,
        String dossierCode,
        String agencyCode,
        String agencyName,
        String agencyTaxCode,
        String paymentMethod,
        String providerTransactionId,
        OffsetDateTime issuedAt,
        String verificationCode,
        String verificationUrl) {

    private static final ZoneId VIETNAM = CityClock.ZONE;

    static ReceiptResponse of(ReceiptView view) {
        IssuedReceipt receipt = view.receipt();
        return new ReceiptResponse(
                receipt.paymentId(),
                receipt.reference(),
                receipt.formSymbol(),
                receipt.receiptSymbol(),
                receipt.number(),
                receipt.amount().vnd(),
                receipt.amount().inFigures(),
                receipt.amount().inWords(),
                receipt.feeName(),
                receipt.payerName(),
                receipt.payerAddress(),
                receipt.dossierCode(),
                receipt.agencyCode(),
                receipt.agencyName(),
                receipt.agencyTaxCode().orElse(null),
                receipt.paymentMethod(),
                receipt.providerTransactionId(),
                receipt.issuedAt()
                        .truncatedTo(ChronoUnit.SECONDS)
                        .atZone(VIETNAM)
                        .toOffsetDateTime(),
                receipt.verificationCode().value(),
                view.verificationUrl());
    }
}
