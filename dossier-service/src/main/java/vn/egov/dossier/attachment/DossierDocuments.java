package vn.egov.dossier.attachment;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The documents each dossier was received with, and what its procedure said the agency would issue. */
@Repository
public class DossierDocuments {

    /** One received document. */
    public record Received(String documentCode, String documentName, UUID attachmentId) {}

    private final JdbcClient jdbc;

    DossierDocuments(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void add(String dossierCode, String documentCode, String documentName, UUID attachmentId) {
        jdbc.sql("insert into dossier_document (dossier_code, document_code, document_name, attachment_id)"
                        + " values (?, ?, ?, ?)")
                .params(dossierCode, documentCode, documentName, attachmentId)
                .update();
    }

    void intake(String dossierCode, String resultType) {
        jdbc.sql("insert into dossier_intake (dossier_code, result_type) values (?, ?)"
                        + " on conflict (dossier_code) do nothing")
                .params(dossierCode, resultType)
                .update();
    }

    /** In the order they were submitted. */
    public List<Received> of(String dossierCode) {
        return jdbc.sql("select document_code, document_name, attachment_id from dossier_document"
                        + " where dossier_code = ? order by id")
                .param(dossierCode)
                .query((rs, row) -> new Received(
                        rs.getString("document_code"),
                        rs.getString("document_name"),
                        rs.getObject("attachment_id", UUID.class)))
                .list();
    }

    /** Empty for dossiers received before documents were recorded, or whose procedure did not say. */
    public Optional<String> resultType(String dossierCode) {
        return jdbc.sql("select result_type from dossier_intake where dossier_code = ?")
                .param(dossierCode)
                .query(String.class)
                .optional();
    }
}
