package vn.egov.dossier.attachment;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * The metadata of one uploaded file. The content type is the one detected from the bytes, never the client's claim; the
 * SHA-256 lets anyone check later that the stored bytes are the uploaded ones.
 */
@Entity
@Table(name = "attachment")
public class Attachment {

    @Id
    private UUID id;

    @Column(name = "owner_subject")
    private String owner;

    @Column(name = "procedure_code")
    private String procedureCode;

    @Column(name = "document_code")
    private String documentCode;

    @Column(name = "file_name")
    private String fileName;

    @Column(name = "content_type")
    private String contentType;

    @Column(name = "size_bytes")
    private long size;

    @Column(name = "sha256")
    private String sha256;

    @Column(name = "storage_key")
    private String storageKey;

    @Column(name = "uploaded_at")
    private Instant uploadedAt;

    @Column(name = "dossier_code")
    private String dossierCode;

    protected Attachment() {}

    Attachment(
            UUID id,
            String owner,
            String procedureCode,
            String documentCode,
            String fileName,
            String contentType,
            long size,
            String sha256,
            Instant uploadedAt) {
        this.id = Objects.requireNonNull(id, "id");
        this.owner = Objects.requireNonNull(owner, "owner");
        this.procedureCode = Objects.requireNonNull(procedureCode, "procedureCode");
        this.documentCode = Objects.requireNonNull(documentCode, "documentCode");
        this.fileName = Objects.requireNonNull(fileName, "fileName");
        this.contentType = Objects.requireNonNull(contentType, "contentType");
        this.size = size;
        this.sha256 = Objects.requireNonNull(sha256, "sha256");
        this.storageKey = id.toString();
        this.uploadedAt = Objects.requireNonNull(uploadedAt, "uploadedAt");
    }

    public boolean isOwnedBy(String subject) {
        return owner.equals(subject);
    }

    public boolean isLinked() {
        return dossierCode != null;
    }

    public boolean belongsTo(String dossier) {
        return dossier.equals(dossierCode);
    }

    public UUID id() {
        return id;
    }

    public String owner() {
        return owner;
    }

    public String procedureCode() {
        return procedureCode;
    }

    public String documentCode() {
        return documentCode;
    }

    public String fileName() {
        return fileName;
    }

    public String contentType() {
        return contentType;
    }

    public long size() {
        return size;
    }

    public String sha256() {
        return sha256;
    }

    public String storageKey() {
        return storageKey;
    }

    public Instant uploadedAt() {
        return uploadedAt;
    }

    /** Null while the file is not part of a dossier yet. */
    public String dossierCode() {
        return dossierCode;
    }
}
