package vn.egov.web.dossier;

import java.nio.charset.StandardCharsets;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import vn.egov.web.platform.PlatformApi;

/** A document from the platform handed on to the browser as a download, under the platform's file name. */
public final class Downloads {

    private Downloads() {}

    public static ResponseEntity<byte[]> asAttachment(PlatformApi.Download download, String fallbackName) {
        String disposition = download.headers().getFirst(HttpHeaders.CONTENT_DISPOSITION);
        if (disposition == null) {
            disposition = ContentDisposition.attachment()
                    .filename(fallbackName, StandardCharsets.UTF_8)
                    .build()
                    .toString();
        }
        ResponseEntity.BodyBuilder answer = ResponseEntity.ok()
                .contentType(download.contentType())
                .header(HttpHeaders.CONTENT_DISPOSITION, disposition)
                .header(HttpHeaders.CACHE_CONTROL, "private, no-store");
        String verification = download.headers().getFirst("X-Verification-Code");
        if (verification != null) {
            answer.header("X-Verification-Code", verification);
        }
        return answer.body(download.bytes());
    }

    /** An image shown in the page (a QR code), not saved. */
    public static ResponseEntity<byte[]> inline(PlatformApi.Download download) {
        return ResponseEntity.ok()
                .contentType(download.contentType())
                .header(HttpHeaders.CACHE_CONTROL, "private, no-store")
                .body(download.bytes());
    }
}
