package vn.egov.dossier.attachment;

import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

/** All uploaded files; the submission path's queries are in {@link AttachmentLinks}. */
public interface Attachments extends JpaRepository<Attachment, UUID> {}
