package vn.egov.catalogue.procedure;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;
import vn.egov.catalogue.agency.AgencyTier;
import vn.egov.servicedefaults.time.CityClock;

/** Procedures, their immutable versions and their audit trail. */
@Repository
public class Procedures {

    private static final TypeReference<List<Fee>> FEES = new TypeReference<>() {};
    private static final TypeReference<List<RequiredDocument>> DOCUMENTS = new TypeReference<>() {};
    private static final TypeReference<List<String>> STRINGS = new TypeReference<>() {};

    private final JdbcClient jdbc;
    private final JsonMapper json;

    Procedures(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    public boolean isEmpty() {
        return jdbc.sql("select not exists (select 1 from procedure)")
                .query(Boolean.class)
                .single();
    }

    public boolean exists(String code) {
        return jdbc.sql("select exists (select 1 from procedure where code = ?)")
                .param(code)
                .query(Boolean.class)
                .single();
    }

    public Optional<Procedure> head(String code) {
        return jdbc.sql("select code, status, latest_version, aggregate_version from procedure where code = ?")
                .param(code)
                .query(Procedures::head)
                .optional();
    }

    /** The head, locked until the end of the transaction so that concurrent changes queue behind this one. */
    public Optional<Procedure> lockHead(String code) {
        return jdbc.sql(
                        "select code, status, latest_version, aggregate_version from procedure where code = ? for update")
                .param(code)
                .query(Procedures::head)
                .optional();
    }

    /** Creates the procedure with its first version. */
    public void create(ProcedureVersion first) {
        jdbc.sql(
                        """
                        insert into procedure (code, status, latest_version, aggregate_version, created_at, created_by)
                        values (?, 'ACTIVE', ?, 0, ?, ?)
                        """)
                .params(
                        first.code(),
                        first.version(),
                        Timestamp.from(first.publishedAt().toInstant()),
                        first.publishedBy())
                .update();
        insertVersion(first);
    }

    /**
     * Adds a later version and moves the head to it.
     *
     * @return the aggregate version after the change
     */
    public long addVersion(ProcedureVersion next) {
        insertVersion(next);
        return jdbc.sql(
                        """
                        update procedure set latest_version = ?, aggregate_version = aggregate_version + 1
                        where code = ? and latest_version = ? returning aggregate_version
                        """)
                .params(next.version(), next.code(), next.version() - 1)
                .query(Long.class)
                .single();
    }

    /** @return the aggregate version after retiring */
    public long retire(String code, OffsetDateTime at) {
        return jdbc.sql(
                        """
                        update procedure set status = 'RETIRED', retired_at = ?, aggregate_version = aggregate_version + 1
                        where code = ? returning aggregate_version
                        """)
                .params(Timestamp.from(at.toInstant()), code)
                .query(Long.class)
                .single();
    }

    public Optional<ProcedureVersion> version(String code, int version) {
        return jdbc.sql("select * from procedure_version where procedure_code = ? and version = ?")
                .params(code, version)
                .query(this::version)
                .optional();
    }

    public Optional<ProcedureVersion> latest(String code) {
        return jdbc.sql(
                        """
                        select v.* from procedure_version v join procedure p
                          on p.code = v.procedure_code and p.latest_version = v.version
                        where p.code = ?
                        """)
                .param(code)
                .query(this::version)
                .optional();
    }

    /** The version in force on {@code day}, whatever the status of the procedure. */
    public Optional<ProcedureVersion> inForceOn(String code, LocalDate day) {
        return jdbc.sql(
                        """
                        select * from procedure_version where procedure_code = ? and effective_from <= ?
                        order by version desc limit 1
                        """)
                .params(code, day)
                .query(this::version)
                .optional();
    }

    public void audit(String code, String action, String actor, OffsetDateTime at, Map<String, ?> details) {
        jdbc.sql(
                        """
                        insert into procedure_audit (procedure_code, action, actor, at, details)
                        values (?, ?, ?, ?, cast(? as jsonb))
                        """)
                .params(code, action, actor, Timestamp.from(at.toInstant()), json.writeValueAsString(details))
                .update();
    }

    /** Audit entries of a procedure, oldest first. */
    public List<AuditEntry> auditTrail(String code) {
        return jdbc.sql("select action, actor, at, details from procedure_audit where procedure_code = ? order by id")
                .param(code)
                .query((rs, i) -> new AuditEntry(
                        rs.getString("action"),
                        rs.getString("actor"),
                        rs.getTimestamp("at").toInstant().atZone(CityClock.ZONE).toOffsetDateTime(),
                        json.readValue(rs.getString("details"), new TypeReference<Map<String, Object>>() {})))
                .list();
    }

    /** One line of the audit trail: who did what, when, with the details (levels, justification, version). */
    public record AuditEntry(String action, String actor, OffsetDateTime at, Map<String, Object> details) {}

    private void insertVersion(ProcedureVersion v) {
        ProcedureRules r = v.rules();
        jdbc.sql(
                        """
                        insert into procedure_version (procedure_code, version, effective_from, name, sector, agency_code,
                            agency_tier, service_level, processing_days, online_processing_days, fees, fee_total,
                            documents, result_type, legal_basis, delivery_options, cut_off_hour, published_at,
                            published_by)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, cast(? as jsonb), ?, cast(? as jsonb), ?, ?,
                                cast(? as jsonb), ?, ?, ?)
                        """)
                .params(
                        v.code(),
                        v.version(),
                        v.effectiveFrom(),
                        r.name(),
                        r.sector(),
                        r.agencyCode(),
                        r.agencyTier().name(),
                        r.serviceLevel(),
                        r.processingDays(),
                        r.onlineProcessingDays(),
                        json.writeValueAsString(r.fees()),
                        r.feeTotal(),
                        json.writeValueAsString(r.documents()),
                        r.resultType(),
                        r.legalBasis(),
                        json.writeValueAsString(r.deliveryOptions()),
                        r.cutOffHour(),
                        Timestamp.from(v.publishedAt().toInstant()),
                        v.publishedBy())
                .update();
    }

    private ProcedureVersion version(ResultSet rs, int row) throws SQLException {
        ProcedureRules rules = new ProcedureRules(
                rs.getString("name"),
                rs.getString("sector"),
                rs.getString("agency_code"),
                AgencyTier.valueOf(rs.getString("agency_tier")),
                rs.getInt("service_level"),
                rs.getInt("processing_days"),
                (Integer) rs.getObject("online_processing_days"),
                json.readValue(rs.getString("fees"), FEES),
                json.readValue(rs.getString("documents"), DOCUMENTS),
                rs.getString("result_type"),
                rs.getString("legal_basis"),
                json.readValue(rs.getString("delivery_options"), STRINGS),
                (Integer) rs.getObject("cut_off_hour"));
        return new ProcedureVersion(
                rs.getString("procedure_code"),
                rs.getInt("version"),
                rs.getObject("effective_from", LocalDate.class),
                rules,
                rs.getTimestamp("published_at")
                        .toInstant()
                        .atZone(CityClock.ZONE)
                        .toOffsetDateTime(),
                rs.getString("published_by"));
    }

    private static Procedure head(ResultSet rs, int row) throws SQLException {
        return new Procedure(
                rs.getString("code"),
                Procedure.Status.valueOf(rs.getString("status")),
                rs.getInt("latest_version"),
                rs.getLong("aggregate_version"));
    }
}
