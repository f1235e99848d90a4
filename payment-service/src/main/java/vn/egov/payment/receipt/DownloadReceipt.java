package vn.egov.payment.receipt;

import java.util.UUID;
import org.springframework.stereotype.Component;
import vn.egov.servicedefaults.security.CurrentUser;

/** The receipt of a payment as a PDF, for whoever may read it ({@link ReadReceipt}). */
@Component
public class DownloadReceipt {

    private final ReadReceipt readReceipt;

    DownloadReceipt(ReadReceipt readReceipt) {
        this.readReceipt = readReceipt;
    }

    /**
     * The PDF and its file name.
     *
     * @param fileName {@code bien-lai-<receipt symbol>-<number>.pdf}
     * @param pdf the document
     */
    public record ReceiptFile(String fileName, byte[] pdf) {}

    public ReceiptFile download(UUID paymentId, CurrentUser user) {
        ReadReceipt.ReceiptView view = readReceipt.read(paymentId, user);
        // Rendered on every download rather than stored: the rows are the record, and the same rows print the same.
        return new ReceiptFile(view.receipt().fileName(), ReceiptPdf.render(view.receipt(), view.verificationUrl()));
    }
}
