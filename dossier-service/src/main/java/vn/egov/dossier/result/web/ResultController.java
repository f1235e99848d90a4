package vn.egov.dossier.result.web;

import io.swagger.v3.oas.annotations.security.SecurityRequirements;
import java.nio.charset.StandardCharsets;
import org.springframework.core.io.InputStreamResource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import vn.egov.dossier.result.DownloadResult;
import vn.egov.dossier.result.ReceiptSlip;
import vn.egov.dossier.result.ResultQrCode;
import vn.egov.dossier.result.VerifyResult;
import vn.egov.servicedefaults.security.CurrentUser;

/** Downloads of the issued documents of a dossier, and the public check of a result. */
@RestController
class ResultController {

    private final DownloadResult downloadResult;
    private final ReceiptSlip receiptSlip;
    private final VerifyResult verifyResult;
    private final ResultQrCode resultQrCode;

    ResultController(
            DownloadResult downloadResult,
            ReceiptSlip receiptSlip,
            VerifyResult verifyResult,
            ResultQrCode resultQrCode) {
        this.downloadResult = downloadResult;
        this.receiptSlip = receiptSlip;
        this.verifyResult = verifyResult;
        this.resultQrCode = resultQrCode;
    }

    @GetMapping("/api/dossiers/{code}/result/qr.png")
    ResponseEntity<byte[]> qr(@PathVariable String code, CurrentUser user) {
        return ResponseEntity.ok().contentType(MediaType.IMAGE_PNG).body(resultQrCode.png(code, user));
    }

    @GetMapping("/api/dossiers/{code}/result")
    ResponseEntity<InputStreamResource> result(@PathVariable String code, CurrentUser user) {
        var download = downloadResult.download(code, user);
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(download.contentType()))
                .contentLength(download.size())
                .header(HttpHeaders.CONTENT_DISPOSITION, disposition(download.fileName()))
                .header("X-Verification-Code", download.verificationCode())
                .body(new InputStreamResource(download.content()));
    }

    @GetMapping("/api/dossiers/{code}/receipt.pdf")
    ResponseEntity<byte[]> receipt(@PathVariable String code, CurrentUser user) {
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, disposition("phieu-tiep-nhan-" + code + ".pdf"))
                .body(receiptSlip.render(code, user));
    }

    @SecurityRequirements
    @GetMapping("/api/public/results/{verificationCode}")
    VerifyResult.Verification verify(@PathVariable String verificationCode) {
        return verifyResult.verify(verificationCode);
    }

    private static String disposition(String fileName) {
        return ContentDisposition.attachment()
                .filename(fileName, StandardCharsets.UTF_8)
                .build()
                .toString();
    }
}
