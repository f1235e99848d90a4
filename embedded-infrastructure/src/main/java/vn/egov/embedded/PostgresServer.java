package vn.egov.embedded;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

/**
 * A real PostgreSQL server from the zonky binaries, on a fixed or free port, with a persistent or throw-away data
 * directory. One server holds one database per service, as in production each service owns its schema.
 */
public final class PostgresServer implements AutoCloseable {

    public static final String USER = "postgres";
    public static final String PASSWORD = "postgres";
    private static final Pattern DATABASE_NAME = Pattern.compile("[a-z][a-z0-9_]{0,62}");

    private final EmbeddedPostgres postgres;
    /** The cluster's directory, or null for a throw-away one. */
    private final Path dataDir;

    private PostgresServer(EmbeddedPostgres postgres, Path dataDir) {
        this.postgres = postgres;
        this.dataDir = dataDir;
    }

    /**
     * Starts PostgreSQL.
     *
     * @param dataDir where the cluster lives; {@code null} for a throw-away one
     * @param port a fixed port, or 0 for a free one
     * @param reset wipe {@code dataDir} first
     */
    public static PostgresServer start(Path dataDir, int port, boolean reset) {
        try {
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                    .setPort(port == 0 ? FreePorts.next() : port)
                    .setServerConfig("max_connections", "300")
                    .setServerConfig("fsync", dataDir == null ? "off" : "on")
                    .setServerConfig("listen_addresses", "127.0.0.1")
                    .setPGStartupWait(java.time.Duration.ofSeconds(60));
            if (dataDir != null) {
                // zonky's "clean" flag also deletes the directory on close, so a reset is done here instead.
                if (reset) {
                    deleteRecursively(dataDir);
                }
                builder.setDataDirectory(dataDir).setCleanDataDirectory(false);
            }
            return new PostgresServer(builder.start(), dataDir);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start embedded PostgreSQL", e);
        }
    }

    private static void deleteRecursively(Path dir) throws IOException {
        if (!java.nio.file.Files.exists(dir)) {
            return;
        }
        try (java.util.stream.Stream<Path> paths = java.nio.file.Files.walk(dir)) {
            for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                java.nio.file.Files.delete(path);
            }
        }
    }

    public int port() {
        return postgres.getPort();
    }

    /** Creates the database unless it exists, and returns its JDBC URL. */
    public String database(String name) {
        if (!DATABASE_NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("not a database name: " + name);
        }
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
                PreparedStatement exists = connection.prepareStatement("select 1 from pg_database where datname = ?")) {
            exists.setString(1, name);
            try (ResultSet rows = exists.executeQuery()) {
                if (!rows.next()) {
                    try (Statement create = connection.createStatement()) {
                        create.execute("create database " + name);
                    }
                }
            }
        } catch (SQLException e) {
            if (!"42P04".equals(e.getSQLState())) { // created concurrently: fine
                throw new IllegalStateException("cannot create database " + name, e);
            }
        }
        return jdbcUrl(name);
    }

    public String jdbcUrl(String database) {
        return "jdbc:postgresql://127.0.0.1:" + port() + "/" + database;
    }

    /**
     * Stops the server with {@code pg_ctl stop -m immediate}: the postmaster and every backend end at once, without a
     * checkpoint, so the next start runs crash recovery. For fault-injection tools; only for a server with a data
     * directory of its own.
     */
    public void stopImmediately() {
        pgCtl("stop", "-m", "immediate");
    }

    /**
     * Starts the server stopped by {@link #stopImmediately()} again, on the same port and data directory with the
     * options it ran with ({@code pg_ctl restart} reads them from {@code postmaster.opts}), and returns when it accepts
     * connections. Its log goes to {@code postgres-restarted.log} beside the data directory.
     */
    public void startAgain() {
        pgCtl(
                "restart",
                "-t",
                "120",
                "-l",
                requireDataDir().resolveSibling("postgres-restarted.log").toString());
    }

    /** Runs the zonky binaries' {@code pg_ctl} (beside the {@code postgres} that {@code postmaster.opts} names). */
    private void pgCtl(String command, String... options) {
        Path cluster = requireDataDir();
        try {
            String opts = Files.readString(cluster.resolve("postmaster.opts")).strip();
            String postgresBinary =
                    opts.startsWith("\"") ? opts.substring(1, opts.indexOf('"', 1)) : opts.split("\\s+", 2)[0];
            List<String> line = new ArrayList<>(List.of(
                    Path.of(postgresBinary).resolveSibling("pg_ctl").toString(), "-D", cluster.toString(), "-w"));
            line.addAll(List.of(options));
            line.add(command);
            Process pgCtl = new ProcessBuilder(line)
                    .redirectErrorStream(true)
                    .redirectOutput(cluster.resolveSibling("pg_ctl.log").toFile())
                    .start();
            if (!pgCtl.waitFor(150, TimeUnit.SECONDS)) {
                pgCtl.destroyForcibly();
                throw new IllegalStateException("pg_ctl " + command + " did not finish in 150 s");
            }
            if (pgCtl.exitValue() != 0) {
                throw new IllegalStateException("pg_ctl " + command + " failed with exit code " + pgCtl.exitValue()
                        + " (see " + cluster.resolveSibling("pg_ctl.log") + ")");
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot run pg_ctl " + command, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while running pg_ctl " + command, e);
        }
    }

    private Path requireDataDir() {
        if (dataDir == null) {
            throw new IllegalStateException("a throw-away PostgreSQL cannot be stopped and started again");
        }
        return dataDir.toAbsolutePath();
    }

    @Override
    public void close() {
        try {
            postgres.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
