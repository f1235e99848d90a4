package vn.egov.payment.receipt;

import java.time.Instant;
import java.util.UUID;

/**
 * An issued e-receipt.
 *
 * @param id its id
 * @param paymentId the payment it acknowledges
 * @param agencyCode the collecting agency
 * @param formSymbol ký hiệu mẫu biên lai
 * @param receiptSymbol ký hiệu biên lai (carries the year)
 * @param number the number within the agency's series of the year, from 1; null until {@link NumberReceipts} gives it
 * @param verificationCode the code printed and QR-coded on the receipt, for public verification
 * @param amount VND
 * @param issuedAt when it was issued
 */
public record Receipt(
        UUID id,
        UUID paymentId,
        String agencyCode,
        String formSymbol,
        String receiptSymbol,
        Long number,
        String verificationCode,
        long amount,
        Instant issuedAt) {

    /** How a receipt is cited: symbol and zero-padded number, e.g. {@code BL-26E/0000012}. */
    public String reference() {
        if (number == null) {
            throw new IllegalStateException("receipt " + id + " has no number yet");
        }
        return reference(receiptSymbol, number);
    }

    Receipt numbered(long given) {
        return new Receipt(
                id, paymentId, agencyCode, formSymbol, receiptSymbol, given, verificationCode, amount, issuedAt);
    }

    static String reference(String receiptSymbol, long number) {
        return receiptSymbol + "/" + String.format("%07d", number);
    }
}
