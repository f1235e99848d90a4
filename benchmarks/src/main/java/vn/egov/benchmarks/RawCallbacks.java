package vn.egov.benchmarks;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import vn.egov.embedded.PostgresServer;

/**
 * The raw PostgreSQL baseline of a MoMo callback: the signature checked in this JVM, then, for an authentic one, one
 * transaction over plain JDBC with the conditional update that moves a started payment to {@code SUCCESS} (the amount
 * must be the payment's) and, when it moved, its {@code vn.egov.payment.succeeded} outbox row. A duplicate finds the
 * payment moved and writes nothing; a forgery never reaches the database. Nothing else: no HTTP, no raw callback
 * kept, no row lock before the update, no receipt, no JPA. So the baseline is, if anything, flattering.
 *
 * <p>Its rows live in copies of payment-service's tables ({@code create table bench.x (like public.x including all)},
 * same columns, constraints and indexes) in the same database, so that the outbox relay does not publish them and the
 * after-run count of the service's payments stays exact. Calls run on ten workers, each with its own connection, as
 * the service's connection pool has ten.
 */
final class RawCallbacks implements AutoCloseable {

    static final int WORKERS = 10;

    private final String jdbcUrl;
    private final ConcurrentLinkedQueue<Connection> connections = new ConcurrentLinkedQueue<>();
    private final ThreadLocal<Connection> connection = new ThreadLocal<>();
    private final ThreadPoolExecutor workers;
    private int copies;

    RawCallbacks(String jdbcUrl) {
        this.jdbcUrl = jdbcUrl;
        AtomicInteger n = new AtomicInteger();
        this.workers =
                new ThreadPoolExecutor(WORKERS, WORKERS, 0, TimeUnit.MILLISECONDS, new LinkedBlockingQueue<>(), r -> {
                    Thread thread = new Thread(r, "raw-callback-" + n.incrementAndGet());
                    thread.setDaemon(true);
                    return thread;
                });
    }

    void createTables() throws SQLException {
        try (Connection c = open();
                Statement s = c.createStatement()) {
            s.execute("drop schema if exists bench cascade");
            s.execute("create schema bench");
            s.execute("create table bench.payment (like public.payment including all)");
            s.execute("create table bench.outbox_event (like public.outbox_event including all)");
        }
    }

    /**
     * Adds started payments for the baseline: copies of the service's payments (whatever their status now), each with
     * a new id, order id and dossier code so that the unique indexes hold, back to {@code STARTED}.
     */
    List<CallbackBenchmark.Payment> addStartedPayments(int count) throws SQLException {
        List<String> columns = new ArrayList<>();
        try (Connection c = open();
                PreparedStatement s = c.prepareStatement(
                        "select column_name from information_schema.columns where table_schema = 'public'"
                                + " and table_name = 'payment' order by ordinal_position")) {
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    columns.add(rs.getString(1));
                }
            }
        }
        int copy = ++copies;
        List<String> values = columns.stream()
                .map(column -> switch (column) {
                    case "id" -> "gen_random_uuid()";
                    case "provider_order_id" -> "'B" + copy + "-' || g || '-' || p.provider_order_id";
                    case "dossier_code" -> "p.dossier_code || '/" + copy + "-' || g";
                    case "status" -> "'STARTED'";
                    case "version" -> "1";
                    case "provider_transaction_id", "paid_at", "finished_at", "provider_message", "failure_reason" ->
                        "null";
                    default -> "p." + column;
                })
                .toList();
        List<CallbackBenchmark.Payment> added = new ArrayList<>();
        try (Connection c = open();
                Statement s = c.createStatement()) {
            long payments;
            try (ResultSet rs = s.executeQuery("select count(*) from public.payment")) {
                rs.next();
                payments = rs.getLong(1);
            }
            long rounds = Math.max(1, (count + payments - 1) / Math.max(1, payments));
            String sql = String.format(
                    Locale.ROOT,
                    "insert into bench.payment (%s) select %s from (select * from public.payment order by id limit %d) p"
                            + " cross join generate_series(1, %d) g returning id, provider_order_id, amount,"
                            + " dossier_code",
                    String.join(", ", columns),
                    String.join(", ", values),
                    Math.min(payments, count),
                    rounds);
            try (ResultSet rs = s.executeQuery(sql)) {
                while (rs.next() && added.size() < count) {
                    added.add(new CallbackBenchmark.Payment(
                            rs.getObject(1, UUID.class).toString(), rs.getString(2), rs.getLong(3), rs.getString(4)));
                }
            }
        }
        return added;
    }

    /**
     * Applies one planned callback on a worker, telling {@code taken} first; the answer is true when it did what such a
     * callback should.
     */
    CompletableFuture<Boolean> start(CallbackBenchmark.Planned call, Consumer<CallbackBenchmark.Planned> taken) {
        return CompletableFuture.supplyAsync(
                () -> {
                    taken.accept(call);
                    try {
                        return apply(call);
                    } catch (SQLException e) {
                        throw new IllegalStateException(e);
                    }
                },
                workers);
    }

    /** Drops the calls still waiting for a worker (the load generator already counted them as unanswered). */
    void abandonQueued() {
        workers.getQueue().clear();
    }

    private boolean apply(CallbackBenchmark.Planned call) throws SQLException {
        MomoIpn ipn = call.ipn();
        if (!ipn.signedWith(MomoIpn.SANDBOX_SECRET_KEY)) {
            return call.kind() == CallbackBenchmark.Kind.FORGED;
        }
        Connection c = connection();
        try {
            Instant now = Instant.now();
            String dossierCode = null;
            String agencyCode = null;
            long version = 0;
            try (PreparedStatement s = c.prepareStatement(
                    """
                    update bench.payment set status = 'SUCCESS', provider_transaction_id = ?, provider_message = ?,
                        paid_at = ?, finished_at = ?, version = version + 1
                    where id = ? and status = 'STARTED' and amount = ?
                    returning dossier_code, agency_code, version
                    """)) {
                s.setString(1, ipn.transId());
                s.setString(2, "0 " + ipn.fields().get("message"));
                s.setTimestamp(3, Timestamp.from(now));
                s.setTimestamp(4, Timestamp.from(now));
                s.setObject(5, UUID.fromString(ipn.requestId()));
                s.setLong(6, ipn.amount());
                try (ResultSet rs = s.executeQuery()) {
                    if (rs.next()) {
                        dossierCode = rs.getString(1);
                        agencyCode = rs.getString(2);
                        version = rs.getLong(3);
                    }
                }
            }
            if (dossierCode != null) {
                try (PreparedStatement s = c.prepareStatement(
                        """
                        insert into bench.outbox_event (id, topic, record_key, type, subject, data_schema, data,
                            aggregate_version, correlation_id, occurred_at)
                        values (?, 'egov.payment.events', ?, 'vn.egov.payment.succeeded', ?,
                            'https://egov.vn/schemas/payment/succeeded/v1.json', cast(? as jsonb), ?, ?, ?)
                        """)) {
                    s.setObject(1, UUID.randomUUID());
                    s.setString(2, dossierCode);
                    s.setString(3, dossierCode);
                    s.setString(
                            4,
                            String.format(
                                    Locale.ROOT,
                                    "{\"paymentId\":\"%s\",\"dossierCode\":\"%s\",\"agencyCode\":\"%s\","
                                            + "\"provider\":\"MOMO\",\"amount\":%d,\"receiptNumber\":\"BL-26E/%07d\","
                                            + "\"paidAt\":\"%s\",\"aggregateVersion\":%d}",
                                    ipn.requestId(),
                                    dossierCode,
                                    agencyCode,
                                    ipn.amount(),
                                    version,
                                    now,
                                    version));
                    s.setLong(5, version);
                    s.setString(6, UUID.randomUUID().toString());
                    s.setTimestamp(7, Timestamp.from(now));
                    s.executeUpdate();
                }
            }
            c.commit();
            return call.kind() != CallbackBenchmark.Kind.FORGED;
        } catch (SQLException e) {
            c.rollback();
            throw e;
        }
    }

    private Connection connection() throws SQLException {
        Connection c = connection.get();
        if (c == null) {
            c = open();
            c.setAutoCommit(false);
            connection.set(c);
            connections.add(c);
        }
        return c;
    }

    private Connection open() throws SQLException {
        return DriverManager.getConnection(jdbcUrl, PostgresServer.USER, PostgresServer.PASSWORD);
    }

    /** Paid payments and outbox rows in the baseline's tables, to check it wrote what it should. */
    long[] counts() throws SQLException {
        try (Connection c = open();
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("select (select count(*) from bench.payment where status = 'SUCCESS'),"
                        + " (select count(*) from bench.outbox_event)")) {
            rs.next();
            return new long[] {rs.getLong(1), rs.getLong(2)};
        }
    }

    @Override
    public void close() {
        workers.shutdownNow();
        Connection c;
        while ((c = connections.poll()) != null) {
            try {
                c.close();
            } catch (SQLException ignored) {
                // closing anyway
            }
        }
    }
}
