package vn.egov.dossier.attachment;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Chooses the storage named by {@code egov.attachments.storage}. */
@Configuration(proxyBeanMethods = false)
class AttachmentStorageConfiguration {

    @Bean
    AttachmentStorage attachmentStorage(AttachmentProperties properties) {
        return switch (properties.storage()) {
            case "local" -> new LocalFileStorage(properties.local().dir());
            case "s3" -> new S3Storage(properties.s3());
            default ->
                throw new IllegalStateException(
                        "egov.attachments.storage must be 'local' or 's3', not '" + properties.storage() + "'");
        };
    }
}
