package vn.egov.embedded;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PostgresServerTest {

    @Test
    void readsTheCommandLineFromPostmasterOpts() {
        String opts = "/tmp/embedded-pg/PG-1/bin/postgres \"-D\" \"/tmp/data dir/postgres\" \"-p\" \"37683\" \"-F\""
                + " \"-c\" \"synchronous_commit=off\" \"-c\" \"listen_addresses=127.0.0.1\"\n";

        assertThat(PostgresServer.commandLine(opts))
                .containsExactly(
                        "/tmp/embedded-pg/PG-1/bin/postgres",
                        "-D",
                        "/tmp/data dir/postgres",
                        "-p",
                        "37683",
                        "-F",
                        "-c",
                        "synchronous_commit=off",
                        "-c",
                        "listen_addresses=127.0.0.1");
    }
}
