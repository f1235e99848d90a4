package vn.egov.dossier.attachment;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.UUID;
import org.springframework.stereotype.Component;
import vn.egov.servicedefaults.problem.InvalidFields;

/**
 * Someone uploads a file for a document of a procedure. It is refused before anything is stored when it is too large
 * (413) or when its bytes are not of an allowed type (415); otherwise the bytes go to the storage, hashed on the way,
 * and the metadata to PostgreSQL. The uploader owns the file.
 */
@Component
public class UploadAttachment {

    private final AttachmentStorage storage;
    private final Attachments attachments;
    private final AttachmentProperties properties;
    private final Clock clock;

    UploadAttachment(AttachmentStorage storage, Attachments attachments, AttachmentProperties properties, Clock clock) {
        this.storage = storage;
        this.attachments = attachments;
        this.properties = properties;
        this.clock = clock;
    }

    /** What was uploaded, as the client described it; only {@code size} and the bytes are trusted, after checks. */
    public record Upload(String procedureCode, String documentCode, String fileName, long size, InputStream content) {}

    public Attachment upload(String owner, Upload upload) {
        require(upload.procedureCode(), "procedureCode", 32);
        require(upload.documentCode(), "documentCode", 64);
        if (upload.size() <= 0) {
            throw InvalidFields.of("empty-attachment", "The file is empty", "file", "is empty");
        }
        if (upload.size() > properties.maxSize().toBytes()) {
            throw AttachmentRefused.tooLarge(properties.maxSize().toBytes());
        }
        UUID id = UUID.randomUUID();
        try (InputStream buffered = new BufferedInputStream(upload.content())) {
            String type = ContentTypes.detect(buffered);
            if (!properties.allowedTypes().contains(type)) {
                throw AttachmentRefused.unsupportedType(type, properties.allowedTypes());
            }
            MessageDigest sha256 = sha256();
            storage.put(id.toString(), new DigestInputStream(buffered, sha256), upload.size(), type);
            Attachment attachment = new Attachment(
                    id,
                    owner,
                    upload.procedureCode().strip(),
                    upload.documentCode().strip(),
                    fileName(upload.fileName()),
                    type,
                    upload.size(),
                    HexFormat.of().formatHex(sha256.digest()),
                    clock.instant());
            try {
                return attachments.saveAndFlush(attachment);
            } catch (RuntimeException e) {
                storage.delete(id.toString());
                throw e;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void require(String value, String field, int max) {
        if (value == null || value.isBlank() || value.strip().length() > max) {
            throw InvalidFields.of(field, "is required (at most " + max + " characters)");
        }
    }

    /** Only the last path segment, without control characters: browsers send full paths, attackers send worse. */
    static String fileName(String original) {
        if (original == null || original.isBlank()) {
            return "file";
        }
        String name = original.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1)
                .replaceAll("\\p{Cntrl}", "")
                .strip();
        if (name.isEmpty()) {
            return "file";
        }
        return name.length() > 200 ? name.substring(name.length() - 200) : name;
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
