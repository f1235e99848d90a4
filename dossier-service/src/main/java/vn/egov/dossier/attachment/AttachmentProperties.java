package vn.egov.dossier.attachment;

import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Limits and storage of uploaded files.
 *
 * @param maxSize largest file accepted; keep {@code spring.servlet.multipart.max-file-size} a little above it so that
 *     the 413 comes from here with a clear message
 * @param allowedTypes media types accepted, as detected from the file's bytes
 * @param storage {@code local} (file system) or {@code s3} (any S3-compatible store)
 */
@ConfigurationProperties("egov.attachments")
public record AttachmentProperties(
        @DefaultValue("10MB") DataSize maxSize,
        @DefaultValue({"application/pdf", "image/jpeg", "image/png"}) List<String> allowedTypes,
        @DefaultValue("local") String storage,
        @DefaultValue Local local,
        @DefaultValue S3 s3) {

    /** @param dir folder the files go to; created when missing */
    public record Local(@DefaultValue("./data/attachments") Path dir) {}

    /**
     * An S3-compatible bucket (AWS S3, MinIO, Ceph).
     *
     * @param endpoint override for non-AWS stores, e.g. {@code http://localhost:9000} for MinIO; empty for AWS
     * @param pathStyle MinIO and most self-hosted stores need path-style addressing
     */
    public record S3(
            URI endpoint,
            @DefaultValue("ap-southeast-1") String region,
            @DefaultValue("egov-attachments") String bucket,
            @DefaultValue("minioadmin") String accessKey,
            @DefaultValue("minioadmin") String secretKey,
            @DefaultValue("true") boolean pathStyle) {}
}
