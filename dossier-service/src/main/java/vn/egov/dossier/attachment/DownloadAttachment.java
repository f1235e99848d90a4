package vn.egov.dossier.attachment;

import java.io.InputStream;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.egov.dossier.dossier.ViewDossier;
import vn.egov.servicedefaults.security.CurrentUser;

/**
 * The owner of a dossier or an officer of its agency downloads one of its files. Everyone else, and any id that is not
 * a file of that dossier, gets the same 404.
 */
@Component
public class DownloadAttachment {

    private final ViewDossier viewDossier;
    private final Attachments attachments;
    private final AttachmentStorage storage;

    DownloadAttachment(ViewDossier viewDossier, Attachments attachments, AttachmentStorage storage) {
        this.viewDossier = viewDossier;
        this.attachments = attachments;
        this.storage = storage;
    }

    /** A file's metadata and its bytes; the caller closes {@code content}. */
    public record Download(Attachment attachment, InputStream content) {}

    @Transactional(readOnly = true)
    public Download download(String dossierCode, String attachmentId, CurrentUser user) {
        viewDossier.view(dossierCode, user);
        Attachment attachment = parse(attachmentId)
                .flatMap(attachments::findById)
                .filter(a -> a.belongsTo(dossierCode))
                .orElseThrow(() -> new AttachmentNotFound(attachmentId));
        return new Download(attachment, storage.open(attachment.storageKey()));
    }

    private static Optional<UUID> parse(String id) {
        try {
            return Optional.of(UUID.fromString(id));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
