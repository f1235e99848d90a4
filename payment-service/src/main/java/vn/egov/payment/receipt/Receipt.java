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
 * @param number the number within the agency's series of the year, from 1
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
        long number,
        String verificationCode,
        long amount,
        Instant issuedAt) {

    /** How a receipt is cited: symbol and zero-padded number, e.g. {@code BL-26E/0000012}. */
    public String reference() {
        return reference(receiptSymbol, number);
    }

    static String reference(String receiptSymbol, long number) {
        return receiptSymbol + "/" + String.format("%07d", number);
    }
}
