package vn.egov.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Prometheus's own checks of deploy/prometheus: the alert rules are valid and behave as their unit tests
 * (tests/egov-alerts-test.yml) say, both scrape configurations load, and every dashboard query parses.
 */
class PrometheusRulesTest {

    static final String INSTALL = "sudo apt-get install -y --no-install-recommends prometheus";

    @BeforeAll
    static void promtoolIsInstalled() {
        assertThat(Commands.onPath("promtool"))
                .as("promtool (Debian's prometheus package) is needed to check deploy/prometheus: " + INSTALL)
                .isTrue();
    }

    @Test
    void alertRulesAreValid() {
        assertSucceeds(List.of("promtool", "check", "rules", "deploy/prometheus/rules/egov-alerts.yml"));
    }

    @Test
    void alertRulesPassTheirUnitTests() {
        Commands.Result result =
                assertSucceeds(List.of("promtool", "test", "rules", "deploy/prometheus/tests/egov-alerts-test.yml"));
        assertThat(result.output()).contains("SUCCESS");
    }

    @Test
    void theUnitTestsFailWhenAnAlertDoesNotFire(@TempDir Path copy) throws IOException {
        // The rule tests must be able to fail: with the refused-callback threshold out of reach, they do.
        Path rules = Files.createDirectories(copy.resolve("rules"));
        Path tests = Files.createDirectories(copy.resolve("tests"));
        String alerts = DeployFiles.read("deploy/prometheus/rules/egov-alerts.yml");
        String raised = alerts.replaceFirst(Pattern.quote("[15m])) > 5"), "[15m])) > 5000");
        assertThat(raised).isNotEqualTo(alerts);
        Files.writeString(rules.resolve("egov-alerts.yml"), raised, StandardCharsets.UTF_8);
        Files.copy(DeployFiles.path("deploy/prometheus/tests/egov-alerts-test.yml"), tests.resolve("t.yml"));
        Commands.Result result = Commands.run(
                List.of("promtool", "test", "rules", tests.resolve("t.yml").toString()));
        assertThat(result.exitCode()).as(result.output()).isNotZero();
        assertThat(result.output()).contains("PaymentCallbacksRefused");
    }

    @Test
    void dockerComposeScrapeConfigurationLoads() {
        assertSucceeds(List.of("promtool", "check", "config", "deploy/prometheus/prometheus.yml"));
    }

    @Test
    void kubernetesScrapeConfigurationLoads() {
        assertSucceeds(List.of("promtool", "check", "config", "deploy/prometheus/prometheus-kubernetes.yml"));
    }

    @Test
    void everyDashboardQueryParses(@TempDir Path directory) throws IOException {
        // promtool has no query parser of its own in Debian's version: each query becomes a recording rule.
        List<String> lines = new ArrayList<>(List.of("groups:", "  - name: dashboards", "    rules:"));
        List<String> queries = Dashboards.queries();
        assertThat(queries).isNotEmpty();
        for (int i = 0; i < queries.size(); i++) {
            lines.add("      - record: dashboard:query:" + i);
            lines.add("        expr: '" + queries.get(i).replace("'", "''") + "'");
        }
        Path file = directory.resolve("dashboards.yml");
        Files.write(file, lines, StandardCharsets.UTF_8);
        Commands.Result result = assertSucceeds(List.of("promtool", "check", "rules", file.toString()));
        assertThat(result.output()).contains(queries.size() + " rules found");
    }

    private static Commands.Result assertSucceeds(List<String> command) {
        Commands.Result result = Commands.run(command);
        assertThat(result.exitCode())
                .as(String.join(" ", command) + " said:\n" + result.output())
                .isZero();
        return result;
    }
}
