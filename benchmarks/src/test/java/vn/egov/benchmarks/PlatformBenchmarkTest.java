package vn.egov.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import org.HdrHistogram.Histogram;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import vn.egov.devstack.PlatformService;

class PlatformBenchmarkTest {

    static final Benchmarks.Context CONTEXT = new Benchmarks.Context(
            Path.of("."),
            Path.of("docs/benchmarks"),
            line -> {},
            "java -jar benchmarks/target/benchmarks.jar demo",
            2.5,
            Duration.ofMinutes(1),
            List.of());

    /** A benchmark that only writes: each part of the report says which part it is. */
    static final class Demo extends PlatformBenchmark {

        Demo() {
            super(
                    CONTEXT,
                    "Demo benchmark",
                    "demo.md",
                    EnumSet.of(PlatformService.GATEWAY, PlatformService.IDENTITY, PlatformService.CATALOGUE),
                    false);
        }

        @Override
        void measure(Benchmarks.Started started) {}

        @Override
        void verdict(StringBuilder md, Run run) {
            md.append("- VERDICT\n\n");
        }

        @Override
        void sections(StringBuilder md, Run run) {
            md.append("## SECTIONS\n\n");
        }

        @Override
        String postgresUse() {
            return ", POSTGRES-USE";
        }

        @Override
        void runRows(StringBuilder md, Run run) {
            md.append("| ROWS | measured ").append(run.measured().toSeconds()).append(" s |\n");
        }

        @Override
        void closing(StringBuilder md, Run run) {
            md.append("CLOSING\n\n");
        }
    }

    static PlatformBenchmark.Run run(boolean quiet) {
        return new PlatformBenchmark.Run(
                "0.10 0.20 0.30",
                "0.40 0.50 0.60",
                "1.70 1.80 1.90",
                quiet,
                Duration.ofSeconds(42),
                List.of("-Xmx384m"));
    }

    @Nested
    class Report {

        @Test
        void putsTheBenchmarksPartsInTheSharedFrameInOrder() {
            String md = new Demo().report(run(true));

            assertThat(md)
                    .startsWith("# Demo benchmark\n\nWritten by `benchmarks`")
                    .containsSubsequence(
                            "## Verdict\n\n- VERDICT\n\n## SECTIONS\n\n## Run\n\n| | |",
                            "| command | `java -jar benchmarks/target/benchmarks.jar demo` |\n",
                            "| PostgreSQL | the devstack's embedded PostgreSQL 17 (zonky binaries), run with"
                                    + " synchronous_commit off: commits do not wait for the disk, POSTGRES-USE |\n",
                            "| service JVM options | `-Xmx384m` |\n| ROWS | measured 42 s |\n",
                            "| `/proc/loadavg` before the platform started | 0.10 0.20 0.30 |\n",
                            "| `/proc/loadavg` when measuring started | 0.40 0.50 0.60 |\n",
                            "| `/proc/loadavg` at the end | 1.70 1.80 1.90 |\n\nCLOSING\n\n")
                    .endsWith("See [README.md](README.md) for the method.\n");
        }

        @Test
        void namesTheServicesStartedInThePlatformsOrder() {
            assertThat(new Demo().report(run(true)))
                    .contains("| services started | identity-service, catalogue-service, gateway (devstack, free ports,"
                            + " temporary data directory; PostgreSQL 17 and Kafka embedded) |\n");
        }

        @Test
        void cautionsOnlyWhenTheMachineNeverBecameQuiet() {
            String caution = "**Caution:** the machine's load average did not come below the threshold";

            assertThat(new Demo().report(run(true))).doesNotContain(caution);
            assertThat(new Demo().report(run(false))).contains("- VERDICT\n\n" + caution);
        }
    }

    @Nested
    class Errors {

        @Test
        void listsTheSamplesOfEachPhaseThatFailed() {
            StringBuilder md = new StringBuilder();

            PlatformBenchmark.appendErrors(
                    md,
                    List.of(result("raw index", 0, List.of()), result("gateway", 2, List.of("HTTP 503", "timeout"))));

            assertThat(md.toString()).isEqualTo("Errors of gateway (open 500/s): HTTP 503; timeout\n\n");
        }

        static LoadResult result(String target, long errors, List<String> samples) {
            return new LoadResult(target, "open 500/s", new Histogram(3), 100, errors, 1.0, 0, 0, samples);
        }
    }
}
