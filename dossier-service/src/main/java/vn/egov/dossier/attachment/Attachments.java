package vn.egov.dossier.attachment;

import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

/**
 * All uploaded files. The two queries on the submission path are plain SQL: Hibernate translates a JPQL update, and a
 * query with an {@code in} list, anew on every call, which showed in the CPU profile of the submissions benchmark.
 */
public interface Attachments extends JpaRepository<Attachment, UUID> {

    @Query(value = "select * from attachment where id in (:ids)", nativeQuery = true)
    List<Attachment> findByIdIn(Collection<UUID> ids);

    /**
     * Links a file to a dossier unless it is linked already or belongs to someone else.
     *
     * @return 1 when linked, 0 when another submission took the file first
     */
    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query(
            value = "update attachment set dossier_code = :dossierCode where id = :id and owner_subject = :owner"
                    + " and dossier_code is null",
            nativeQuery = true)
    int link(UUID id, String owner, String dossierCode);
}
