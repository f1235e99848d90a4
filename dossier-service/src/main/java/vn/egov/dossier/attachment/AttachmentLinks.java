package vn.egov.dossier.attachment;

import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The two attachment queries of the submission path, as plain SQL through JDBC: through the JPA repository they cost
 * more CPU than the rest of the submission's statements together (query creation, a flush and a clear of the
 * persistence context on each call), as the submissions benchmark's profile showed.
 */
@Repository
public class AttachmentLinks {

    /** What a submission checks of a referenced file. */
    public record UploadedFile(UUID id, String owner, String procedureCode, String documentCode, String dossierCode) {

        public boolean isOwnedBy(String subject) {
            return owner.equals(subject);
        }

        public boolean isLinked() {
            return dossierCode != null;
        }
    }

    private final JdbcClient jdbc;

    AttachmentLinks(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The files with these ids that exist, in no particular order. */
    public List<UploadedFile> byIds(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select id, owner_subject, procedure_code, document_code, dossier_code from attachment"
                        + " where id = any(?)")
                .param(ids.toArray(UUID[]::new))
                .query((rs, row) -> new UploadedFile(
                        rs.getObject("id", UUID.class),
                        rs.getString("owner_subject"),
                        rs.getString("procedure_code"),
                        rs.getString("document_code"),
                        rs.getString("dossier_code")))
                .list();
    }

    /**
     * Links a file to a dossier unless it is linked already or belongs to someone else. A JPA-loaded {@link Attachment}
     * of the same transaction keeps its old state; nothing writes it back, since it did not change.
     *
     * @return true when linked, false when another submission took the file first
     */
    public boolean link(UUID id, String owner, String dossierCode) {
        return jdbc.sql("update attachment set dossier_code = ? where id = ? and owner_subject = ?"
                                + " and dossier_code is null")
                        .params(dossierCode, id, owner)
                        .update()
                == 1;
    }
}
