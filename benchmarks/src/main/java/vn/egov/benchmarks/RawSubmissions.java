package vn.egov.benchmarks;

import java.sql.Connection;
import java.sql.Date;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import vn.egov.embedded.PostgresServer;

/**
 * The raw PostgreSQL baseline of a submission: the rows dossier-service writes for an online submission, over plain
 * JDBC, with nothing else (no HTTP, no token, no validation, no catalogue read, no JPA): the day's code sequence upsert
 * in a transaction of its own (as the service takes codes, ADR 0006), then in one transaction the idempotency key
 * claim, the dossier, its first history entry, the {@code vn.egov.dossier.submitted} outbox row, and the key's
 * receipt. Documents are not linked (the service also
 * updates the attachment rows and inserts the dossier's document list), so the baseline is, if anything, flattering.
 *
 * <p>The rows go to copies of the service's tables ({@code create table bench.x (like public.x including all)}, same
 * columns, defaults, constraints and indexes) in the same database, so that the running outbox relay does not publish
 * them and the after-run count of real dossiers stays exact.
 */
final class RawSubmissions {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyMMdd");

    private final String jdbcUrl;
    private final SubmissionBenchmark.Chosen procedure;
    private final ConcurrentLinkedQueue<Connection> idle = new ConcurrentLinkedQueue<>();

    RawSubmissions(String jdbcUrl, SubmissionBenchmark.Chosen procedure) {
        this.jdbcUrl = jdbcUrl;
        this.procedure = procedure;
    }

    void createTables() throws SQLException {
        try (Connection c = DriverManager.getConnection(jdbcUrl, PostgresServer.USER, PostgresServer.PASSWORD);
                Statement s = c.createStatement()) {
            s.execute("drop schema if exists bench cascade");
            s.execute("create schema bench");
            for (String table :
                    new String[] {"dossier", "dossier_history", "dossier_sequence", "submission_key", "outbox_event"}) {
                s.execute("create table bench." + table + " (like public." + table + " including all)");
            }
            s.execute("alter table bench.dossier_history add foreign key (dossier_id) references bench.dossier (id)");
        }
    }

    /** One submission's rows: the code in its own transaction, the rest in a second one. */
    boolean submit(long index) throws SQLException {
        Connection c = idle.poll();
        if (c == null) {
            c = DriverManager.getConnection(jdbcUrl, PostgresServer.USER, PostgresServer.PASSWORD);
            c.setAutoCommit(false);
        }
        try {
            write(c);
            c.commit();
            return true;
        } catch (SQLException e) {
            c.rollback();
            throw e;
        } finally {
            idle.add(c);
        }
    }

    private void write(Connection c) throws SQLException {
        Instant now = Instant.now();
        LocalDate today = LocalDate.now(SearchBenchmark.ZONE);
        String owner = "citizen";
        String key = UUID.randomUUID().toString();
        long sequence;
        try (PreparedStatement s = c.prepareStatement(
                """
                insert into bench.dossier_sequence (agency_code, day, last) values (?, ?, 1)
                on conflict (agency_code, day) do update set last = bench.dossier_sequence.last + 1
                returning last
                """)) {
            s.setString(1, procedure.agencyCode());
            s.setDate(2, Date.valueOf(today));
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                sequence = rs.getLong(1);
            }
        }
        // The code is taken in a transaction of its own, as DossierCodes does (ADR 0006).
        c.commit();
        String code = String.format(Locale.ROOT, "%s-%s-%04d", procedure.agencyCode(), DAY.format(today), sequence);
        try (PreparedStatement s = c.prepareStatement(
                "insert into bench.submission_key (owner_subject, idempotency_key, request_hash) values (?, ?, ?)")) {
            s.setString(1, owner);
            s.setString(2, key);
            s.setString(
                    3,
                    HexFormat.of()
                            .formatHex(UUID.randomUUID().toString().getBytes())
                            .substring(0, 64));
            s.executeUpdate();
        }
        long id;
        try (PreparedStatement s = c.prepareStatement(
                """
                insert into bench.dossier (code, version, status, owner_subject, channel, delivery, notify,
                    applicant_full_name, applicant_id_number, applicant_phone, applicant_email, applicant_address,
                    procedure_code, procedure_version, procedure_name, agency_code, agency_name, agency_level,
                    service_level, processing_days, online_processing_days, fee_total, cut_off_hour, form, documents,
                    submitted_at, updated_at)
                values (?, 0, 'NEW', ?, 'ONLINE', 'ONLINE', 'EMAIL,SMS', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,
                    ?, ?, ?, ?)
                returning id
                """)) {
            int i = 1;
            s.setString(i++, code);
            s.setString(i++, owner);
            s.setString(i++, "Nguyễn Văn An");
            s.setString(i++, "048090001234");
            s.setString(i++, "+84905123456");
            s.setString(i++, "an.nguyen@example.vn");
            s.setString(i++, "12 Trần Phú, Hải Châu, Đà Nẵng");
            s.setString(i++, procedure.code());
            s.setInt(i++, procedure.version());
            s.setString(i++, procedure.name());
            s.setString(i++, procedure.agencyCode());
            s.setString(i++, procedure.agencyName());
            s.setString(i++, procedure.agencyLevel());
            s.setInt(i++, procedure.serviceLevel());
            s.setInt(i++, procedure.processingDays());
            s.setInt(i++, procedure.onlineProcessingDays());
            s.setLong(i++, procedure.feeTotal());
            s.setObject(i++, procedure.cutOffHour());
            s.setString(i++, "{\"purpose\":\"Xin việc\"}");
            s.setString(i++, "[{\"code\":\"TP1\",\"attachmentId\":\"" + UUID.randomUUID() + "\"}]");
            s.setTimestamp(i++, Timestamp.from(now));
            s.setTimestamp(i, Timestamp.from(now));
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                id = rs.getLong(1);
            }
        }
        try (PreparedStatement s = c.prepareStatement(
                """
                insert into bench.dossier_history (dossier_id, actor, actor_role, at, from_status, to_status, reason,
                    kind)
                values (?, ?, 'CITIZEN', ?, null, 'NEW', null, 'TRANSITION')
                """)) {
            s.setLong(1, id);
            s.setString(2, owner);
            s.setTimestamp(3, Timestamp.from(now));
            s.executeUpdate();
        }
        try (PreparedStatement s = c.prepareStatement(
                """
                insert into bench.outbox_event (id, topic, record_key, type, subject, data_schema, data,
                    aggregate_version, correlation_id, occurred_at)
                values (?, 'egov.dossier.events', ?, 'vn.egov.dossier.submitted', ?,
                    'https://egov.vn/schemas/dossier/submitted/v1.json', cast(? as jsonb), 0, ?, ?)
                """)) {
            s.setObject(1, UUID.randomUUID());
            s.setString(2, code);
            s.setString(3, code);
            s.setString(
                    4,
                    String.format(
                            Locale.ROOT,
                            "{\"dossierCode\":\"%s\",\"procedureCode\":\"%s\",\"procedureVersion\":%d,"
                                    + "\"agencyCode\":\"%s\",\"agencyLevel\":\"%s\",\"serviceLevel\":%d,"
                                    + "\"channel\":\"ONLINE\",\"status\":\"NEW\",\"statusCode\":1,\"feeAmount\":%d,"
                                    + "\"submittedAt\":\"%s\",\"aggregateVersion\":0}",
                            code,
                            procedure.code(),
                            procedure.version(),
                            procedure.agencyCode(),
                            procedure.agencyLevel(),
                            procedure.serviceLevel(),
                            procedure.feeTotal(),
                            now));
            s.setString(5, UUID.randomUUID().toString());
            s.setTimestamp(6, Timestamp.from(now));
            s.executeUpdate();
        }
        try (PreparedStatement s = c.prepareStatement(
                "update bench.submission_key set receipt = ? where owner_subject = ? and idempotency_key = ?")) {
            s.setString(1, "{\"code\":\"" + code + "\",\"status\":\"NEW\",\"submittedAt\":\"" + now + "\"}");
            s.setString(2, owner);
            s.setString(3, key);
            s.executeUpdate();
        }
    }

    /** How many dossiers the baseline stored, to check it wrote what it said. */
    long count() throws SQLException {
        try (Connection c = DriverManager.getConnection(jdbcUrl, PostgresServer.USER, PostgresServer.PASSWORD);
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("select count(*) from bench.dossier")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    void close() {
        Connection c;
        while ((c = idle.poll()) != null) {
            try {
                c.close();
            } catch (SQLException ignored) {
                // closing anyway
            }
        }
    }
}
