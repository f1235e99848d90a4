package vn.egov.dossier.result;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.egov.dossier.attachment.Attachment;
import vn.egov.dossier.attachment.AttachmentStorage;
import vn.egov.dossier.attachment.Attachments;
import vn.egov.dossier.dossier.ViewDossier;
import vn.egov.servicedefaults.security.CurrentUser;

/** The owner of a dossier or an officer of its agency downloads its result; anyone else gets a 404. */
@Component
public class DownloadResult {

    private final ViewDossier viewDossier;
    private final Results results;
    private final Attachments attachments;
    private final AttachmentStorage storage;

    DownloadResult(ViewDossier viewDossier, Results results, Attachments attachments, AttachmentStorage storage) {
        this.viewDossier = viewDossier;
        this.results = results;
        this.attachments = attachments;
        this.storage = storage;
    }

    /** The caller closes {@code content}. */
    public record Download(
            String fileName, String contentType, long size, String verificationCode, InputStream content) {}

    @Transactional(readOnly = true)
    public Download download(String dossierCode, CurrentUser user) {
        viewDossier.view(dossierCode, user);
        IssuedResult result =
                results.findByDossierCode(dossierCode).orElseThrow(() -> ResultNotFound.ofDossier(dossierCode));
        String verification = result.verificationCode().value();
        if (result.isGenerated()) {
            return new Download(
                    "ket-qua-" + dossierCode + ".pdf",
                    result.contentType(),
                    result.content().length,
                    verification,
                    new ByteArrayInputStream(result.content()));
        }
        Attachment file = attachments
                .findById(result.attachmentId())
                .orElseThrow(() -> new IllegalStateException("result file " + result.attachmentId() + " is gone"));
        return new Download(
                file.fileName(), file.contentType(), file.size(), verification, storage.open(file.storageKey()));
    }
}
