package vn.egov.dossier.dossier;

import java.util.Objects;

/**
 * An uploaded file attached to a dossier as one of the procedure's required documents.
 *
 * @param code the procedure's document code (thành phần hồ sơ)
 * @param fileId the id the upload returned
 */
public record DocumentReference(String code, String fileId) {

    public DocumentReference {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(fileId, "fileId");
    }
}
