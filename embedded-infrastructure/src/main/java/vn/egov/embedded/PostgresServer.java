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
     * Stops the server as {@code pg_ctl stop -m immediate} does, by sending the postmaster SIGQUIT: it and every
     * backend end at once, without a checkpoint, so the next start runs crash recovery. Returns when the postmaster has exited. For fault-injection tools;
     * only for a server with a data directory of its own.
     */
    public void stopImmediately() {
        Path cluster = requireDataDir();
        try {
            long pid = Long.parseLong(
                    Files.readAllLines(cluster.resolve("postmaster.pid")).get(0).trim());
            ProcessHandle postmaster = ProcessHandle.of(pid)
                    .orElseThrow(() -> new IllegalStateException("PostgreSQL is not running (pid " + pid + ")"));
            Process kill = new ProcessBuilder("kill", "-QUIT", Long.toString(pid)).start();
            if (!kill.waitFor(10, TimeUnit.SECONDS) || kill.exitValue() != 0) {
                throw new IllegalStateException("could not send SIGQUIT to PostgreSQL (pid " + pid + ")");
            }
            postmaster.onExit().get(60, TimeUnit.SECONDS);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot stop PostgreSQL", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while stopping PostgreSQL", e);
        } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
            throw new IllegalStateException("PostgreSQL did not exit within 60 s of SIGQUIT", e);
        }
    }

    /**
     * Starts the server stopped by {@link #stopImmediately()} again, on the same port and data directory with the
     * command line it ran with ({@code postmaster.opts}), and returns when it accepts connections (after crash
     * recovery). Its output goes to {@code postgres-restarted.log} beside the data directory.
     */
    public void startAgain() {
        Path cluster = requireDataDir();
        try {
            List<String> command = new ArrayList<>();
            if ("root".equals(System.getProperty("user.name"))) {
                // PostgreSQL refuses to run as root; zonky starts it in a user namespace of its own, and so does this.
                command.addAll(List.of("unshare", "-U"));
            }
            command.addAll(commandLine(Files.readString(cluster.resolve("postmaster.opts"))));
            Process postmaster = new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(
                            cluster.resolveSibling("postgres-restarted.log").toFile()))
                    .start();
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
            while (true) {
                try (Connection ignored = postgres.getPostgresDatabase().getConnection()) {
                    return;
                } catch (SQLException notYet) {
                    if (!postmaster.isAlive() || System.nanoTime() > deadline) {
                        throw new IllegalStateException(
                                "PostgreSQL did not start again (see "
                                        + cluster.resolveSibling("postgres-restarted.log") + ")",
                                notYet);
                    }
                    Thread.sleep(200);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start PostgreSQL again", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while starting PostgreSQL", e);
        }
    }

    /** {@code /path/postgres "-D" "/data" "-p" "5433" ...}, as PostgreSQL writes {@code postmaster.opts}. */
    static List<String> commandLine(String postmasterOpts) {
        String line = postmasterOpts.strip();
        int firstQuote = line.indexOf('"');
        List<String> command = new ArrayList<>();
        command.add((firstQuote < 0 ? line : line.substring(0, firstQuote)).strip());
        java.util.regex.Matcher argument =
                Pattern.compile("\"((?:[^\"\\\\]|\\\\.)*)\"").matcher(line);
        while (argument.find()) {
            command.add(argument.group(1).replaceAll("\\\\(.)", "$1"));
        }
        return command;
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
