package vn.egov.dossier.result;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * The result issued for one dossier: either a file an officer uploaded or a PDF generated from the template, and the
 * verification code printed on it (or given with it).
 */
@Entity
@Table(name = "dossier_result")
public class IssuedResult {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "dossier_code")
    private String dossierCode;

    @Column(name = "verification_code")
    private String verificationCode;

    @Column(name = "result_type")
    private String resultType;

    @Column(name = "attachment_id")
    private UUID attachmentId;

    @Column(name = "content")
    private byte[] content;

    @Column(name = "content_type")
    private String contentType;

    @Column(name = "issued_by")
    private String issuedBy;

    @Column(name = "issued_at")
    private Instant issuedAt;

    @Column(name = "revoked_at")
    private Instant revokedAt;

    protected IssuedResult() {}

    private IssuedResult(
            String dossierCode, VerificationCode code, String resultType, String issuedBy, Instant issuedAt) {
        this.dossierCode = Objects.requireNonNull(dossierCode, "dossierCode");
        this.verificationCode = code.value();
        this.resultType = Objects.requireNonNull(resultType, "resultType");
        this.issuedBy = Objects.requireNonNull(issuedBy, "issuedBy");
        this.issuedAt = Objects.requireNonNull(issuedAt, "issuedAt");
    }

    static IssuedResult uploaded(
            String dossierCode,
            VerificationCode code,
            String resultType,
            UUID attachmentId,
            String contentType,
            String issuedBy,
            Instant issuedAt) {
        IssuedResult result = new IssuedResult(dossierCode, code, resultType, issuedBy, issuedAt);
        result.attachmentId = Objects.requireNonNull(attachmentId, "attachmentId");
        result.contentType = Objects.requireNonNull(contentType, "contentType");
        return result;
    }

    static IssuedResult generated(
            String dossierCode,
            VerificationCode code,
            String resultType,
            byte[] pdf,
            String issuedBy,
            Instant issuedAt) {
        IssuedResult result = new IssuedResult(dossierCode, code, resultType, issuedBy, issuedAt);
        result.content = Objects.requireNonNull(pdf, "pdf");
        result.contentType = "application/pdf";
        return result;
    }

    /** A result stays valid until the agency revokes it. */
    public boolean isValid() {
        return revokedAt == null;
    }

    public boolean isGenerated() {
        return content != null;
    }

    public String dossierCode() {
        return dossierCode;
    }

    public VerificationCode verificationCode() {
        return new VerificationCode(verificationCode);
    }

    public String resultType() {
        return resultType;
    }

    /** Null for a generated result. */
    public UUID attachmentId() {
        return attachmentId;
    }

    /** The generated PDF; null for an uploaded result. */
    public byte[] content() {
        return content;
    }

    public String contentType() {
        return contentType;
    }

    public String issuedBy() {
        return issuedBy;
    }

    public Instant issuedAt() {
        return issuedAt;
    }
}
