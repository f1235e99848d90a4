package vn.egov.payment.receipt;

import java.time.LocalDate;
import java.time.ZoneId;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.egov.servicedefaults.time.CityClock;

/**
 * Anyone, without logging in, checks a receipt by the code printed on it: which agency collected which fee, how much,
 * when, for which dossier, and from whom (masked, see {@link MaskedName}). A code that cannot be one is a 400; a code
 * of no receipt is a 404.
 */
@Component
public class VerifyReceipt {

    private static final ZoneId VIETNAM = CityClock.ZONE;

    private final Receipts receipts;

    VerifyReceipt(Receipts receipts) {
        this.receipts = receipts;
    }

    /** What the public verification tells. */
    public record Verification(
            String reference,
            String formSymbol,
            String receiptSymbol,
            long number,
            String agencyName,
            String feeName,
            long amount,
            String amountInWords,
            LocalDate issuedOn,
            String dossierCode,
            String payerName) {}

    @Transactional(readOnly = true)
    public Verification verify(String typedCode) {
        VerificationCode code = VerificationCode.parse(typedCode).orElseThrow(MalformedVerificationCode::new);
        IssuedReceipt receipt =
                receipts.findByVerificationCode(code).orElseThrow(() -> ReceiptNotFound.verifiedAs(code));
        return new Verification(
                receipt.reference(),
                receipt.formSymbol(),
                receipt.receiptSymbol(),
                receipt.number(),
                receipt.agencyName(),
                receipt.feeName(),
                receipt.amount().vnd(),
                receipt.amount().inWords(),
                receipt.issuedAt().atZone(VIETNAM).toLocalDate(),
                receipt.dossierCode(),
                MaskedName.of(receipt.payerName()));
    }
}
