package vn.egov.dossier.dossier;

import java.util.Objects;

/**
 * An uploaded file attached to a dossier as one of the procedure's required documents.
 *
 * @param code the procedure's document code (thành phần hồ sơ)
 * @param attachmentId the id the upload ({@code POST /api/dossiers/attachments}) returned
 */
public record DocumentReference(String code, String attachmentId) {

    public DocumentReference {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(attachmentId, "attachmentId");
    }
}
