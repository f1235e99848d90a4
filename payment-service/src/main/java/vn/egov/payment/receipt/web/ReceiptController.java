package vn.egov.payment.receipt.web;

import io.swagger.v3.oas.annotations.security.SecurityRequirements;
import java.util.UUID;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import vn.egov.payment.receipt.DownloadReceipt;
import vn.egov.payment.receipt.ReadReceipt;
import vn.egov.payment.receipt.VerifyReceipt;
import vn.egov.servicedefaults.security.CurrentUser;

/**
 * A payment's e-receipt as JSON and as PDF, for its owner and the collecting agency's officers; and the anonymous
 * verification of a receipt by the code printed on it (the security configuration lets {@code /api/public/**} through
 * without a token).
 */
@RestController
class ReceiptController {

    private final ReadReceipt readReceipt;
    private final DownloadReceipt downloadReceipt;
    private final VerifyReceipt verifyReceipt;

    ReceiptController(ReadReceipt readReceipt, DownloadReceipt downloadReceipt, VerifyReceipt verifyReceipt) {
        this.readReceipt = readReceipt;
        this.downloadReceipt = downloadReceipt;
        this.verifyReceipt = verifyReceipt;
    }

    @GetMapping("/api/payments/{id}/receipt")
    ReceiptResponse receipt(@PathVariable UUID id, CurrentUser user) {
        return ReceiptResponse.of(readReceipt.read(id, user));
    }

    @GetMapping("/api/payments/{id}/receipt.pdf")
    ResponseEntity<byte[]> pdf(@PathVariable UUID id, CurrentUser user) {
        DownloadReceipt.ReceiptFile file = downloadReceipt.download(id, user);
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(file.fileName())
                                .build()
                                .toString())
                .body(file.pdf());
    }

    @SecurityRequirements
    @GetMapping("/api/public/receipts/{verificationCode}")
    VerifyReceipt.Verification verify(@PathVariable String verificationCode) {
        return verifyReceipt.verify(verificationCode);
    }
}
