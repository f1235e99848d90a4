package vn.egov.payment.receipt;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * An issued receipt with everything it prints (Decree 123/2020 art. 32), as copied when it was issued.
 *
 * @param id its id
 * @param paymentId the payment it acknowledges
 * @param agencyCode the collecting agency's code
 * @param agencyName the collecting agency's name
 * @param agencyTaxCode its tax code, if it was configured when the receipt was issued
 * @param formSymbol ký hiệu mẫu biên lai
 * @param receiptSymbol ký hiệu biên lai
 * @param number số biên lai, from 1 per agency per year
 * @param verificationCode the public verification code
 * @param amount what was paid
 * @param feeName the fee's name
 * @param payerName who paid
 * @param payerAddress the payer's address, possibly empty
 * @param dossierCode the dossier the fee belongs to
 * @param provider the provider's code ({@code MOMO}, {@code NAPAS}, {@code VIETINBANK})
 * @param providerTransactionId the partner's id of the money transfer
 * @param issuedAt when the receipt was issued
 */
public record IssuedReceipt(
        UUID id,
        UUID paymentId,
        String agencyCode,
        String agencyName,
        Optional<String> agencyTaxCode,
        String formSymbol,
        String receiptSymbol,
        long number,
        VerificationCode verificationCode,
        Amount amount,
        String feeName,
        String payerName,
        String payerAddress,
        String dossierCode,
        String provider,
        String providerTransactionId,
        Instant issuedAt) {

    /** How the receipt is cited: symbol and zero-padded number, e.g. {@code BL-26E/0000012}. */
    public String reference() {
        return Receipt.reference(receiptSymbol, number);
    }

    /** How the fee was paid, in Vietnamese: "MoMo", "NAPAS", "VietinBank chuyển khoản". */
    public String paymentMethod() {
        return PaymentMethod.of(provider);
    }

    /** The PDF's file name, {@code bien-lai-BL-26E-0000012.pdf}; anything but letters, digits and dashes becomes a dash. */
    public String fileName() {
        return "bien-lai-" + (receiptSymbol + "-" + String.format("%07d", number)).replaceAll("[^A-Za-z0-9-]", "-")
                + ".pdf";
    }
}
