package vn.egov.dossier.attachment.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import org.springframework.core.io.InputStreamResource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import vn.egov.dossier.attachment.Attachment;
import vn.egov.dossier.attachment.DownloadAttachment;
import vn.egov.dossier.attachment.UploadAttachment;
import vn.egov.servicedefaults.security.CurrentUser;

/** Upload of a document before submission, and download of a dossier's files. */
@RestController
class AttachmentController {

    private final UploadAttachment uploadAttachment;
    private final DownloadAttachment downloadAttachment;

    AttachmentController(UploadAttachment uploadAttachment, DownloadAttachment downloadAttachment) {
        this.uploadAttachment = uploadAttachment;
        this.downloadAttachment = downloadAttachment;
    }

    /** The body the client needs to refer to the file in a submission, and to check what was stored. */
    record Uploaded(String id, String documentCode, String fileName, String contentType, long size, String sha256) {

        static Uploaded of(Attachment attachment) {
            return new Uploaded(
                    attachment.id().toString(),
                    attachment.documentCode(),
                    attachment.fileName(),
                    attachment.contentType(),
                    attachment.size(),
                    attachment.sha256());
        }
    }

    @PostMapping(path = "/api/dossiers/attachments", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<Uploaded> upload(
            @RequestParam("file") MultipartFile file,
            @RequestParam("documentCode") String documentCode,
            @RequestParam("procedureCode") String procedureCode,
            CurrentUser user) {
        try (InputStream content = file.getInputStream()) {
            Attachment attachment = uploadAttachment.upload(
                    user.subject(),
                    new UploadAttachment.Upload(
                            procedureCode, documentCode, file.getOriginalFilename(), file.getSize(), content));
            return ResponseEntity.created(URI.create("/api/dossiers/attachments/" + attachment.id()))
                    .body(Uploaded.of(attachment));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @GetMapping("/api/dossiers/{code}/attachments/{id}")
    ResponseEntity<InputStreamResource> download(@PathVariable String code, @PathVariable String id, CurrentUser user) {
        var download = downloadAttachment.download(code, id, user);
        Attachment attachment = download.attachment();
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(attachment.contentType()))
                .contentLength(attachment.size())
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(attachment.fileName(), StandardCharsets.UTF_8)
                                .build()
                                .toString())
                .header("Digest", "sha-256=" + attachment.sha256())
                .body(new InputStreamResource(download.content()));
    }
}
