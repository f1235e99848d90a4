package vn.egov.dossier.attachment;

import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

/** All uploaded files. */
public interface Attachments extends JpaRepository<Attachment, UUID> {

    List<Attachment> findByIdIn(Collection<UUID> ids);

    /**
     * Links a file to a dossier unless it is linked already or belongs to someone else.
     *
     * @return 1 when linked, 0 when another submission took the file first
     */
    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("update Attachment a set a.dossierCode = :dossierCode where a.id = :id and a.owner = :owner"
            + " and a.dossierCode is null")
    int link(UUID id, String owner, String dossierCode);
}
