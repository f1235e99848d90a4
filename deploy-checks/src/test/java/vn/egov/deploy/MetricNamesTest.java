package vn.egov.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The alerts and dashboards read only metrics the platform exports: every name they use is listed in
 * deploy/metrics.txt with its source, and each source still defines it.
 */
class MetricNamesTest {

    record Metric(String name, String source, String detail) {}

    static Map<String, Metric> curated() {
        Map<String, Metric> metrics = new LinkedHashMap<>();
        for (String line : DeployFiles.read("deploy/metrics.txt").split("\n")) {
            String trimmed = line.strip();
            if (trimmed.isEmpty() || trimmed.startsWith("#")) {
                continue;
            }
            String[] fields = trimmed.split("\\s+");
            assertThat(fields).as("deploy/metrics.txt: %s", line).hasSize(3);
            metrics.put(fields[0], new Metric(fields[0], fields[1], fields[2]));
        }
        return metrics;
    }

    static Set<String> used() {
        Set<String> used = new TreeSet<>();
        Stream.concat(Dashboards.queries().stream(), Dashboards.alertExpressions().stream())
                .forEach(expression -> used.addAll(Dashboards.metricNames(expression)));
        return used;
    }

    @Test
    void findsTheMetricNamesOfAnExpression() {
        assertThat(Dashboards.metricNames("histogram_quantile(0.95, sum by (application, le) "
                        + "(rate(http_server_requests_seconds_bucket{uri!~\"/actuator.*\"}[5m]))) > 1e3"))
                .containsExactly("http_server_requests_seconds_bucket");
        assertThat(Dashboards.metricNames("max(a_b{x=\"y\"}) and on (x) c_total offset 5m unless d"))
                .containsExactly("a_b", "c_total", "d");
    }

    @Test
    void everyMetricTheAlertsAndDashboardsReadIsListed() {
        assertThat(used()).isNotEmpty().isSubsetOf(curated().keySet());
    }

    @Test
    void everyListedMetricIsRead() {
        assertThat(curated().keySet()).isSubsetOf(used());
    }

    @Test
    void everyMeterOfTheListIsStillDefinedByTheCode() {
        String code = mainSources();
        for (Metric metric : curated().values()) {
            if (metric.source().equals("meter")) {
                assertThat(code)
                        .as("a meter named \"%s\" in src/main/java", metric.detail())
                        .contains("\"" + metric.detail() + "\"");
                String prometheusName = metric.detail().replace('.', '_');
                assertThat(metric.name()).isIn(prometheusName, prometheusName + "_total");
            }
        }
    }

    @Test
    void everyDatabaseFigureOfTheListIsAQueryColumn() {
        for (Metric metric : curated().values()) {
            if (metric.source().equals("query")) {
                Map<String, Object> queries = DeployFiles.yamlFile("deploy/" + metric.detail());
                Set<String> names = new TreeSet<>();
                queries.forEach((query, definition) -> {
                    for (Map<String, Map<String, Object>> column :
                            DeployFiles.<Map<String, Map<String, Object>>>listAt(definition, "metrics")) {
                        column.forEach((columnName, usage) -> {
                            if (!"LABEL".equals(usage.get("usage"))) {
                                names.add("cnpg_" + query + "_" + columnName);
                            }
                        });
                    }
                });
                assertThat(names).as(metric.detail()).contains(metric.name());
            }
        }
    }

    @Test
    void everySpringMeterThatMustBeSwitchedOnIsSwitchedOnWhereverTheServicesRun() {
        Map<String, Object> platform =
                DeployFiles.yamlDocuments(DeployFiles.read("deploy/k8s/base/platform-config.yaml")).stream()
                        .filter(document -> "egov-platform".equals(DeployFiles.name(document)))
                        .findFirst()
                        .orElseThrow();
        Map<String, Object> compose = DeployFiles.yamlFile("docker-compose.yml");
        for (Metric metric : curated().values()) {
            if (metric.source().equals("spring") && !metric.detail().equals("-")) {
                assertThat(DeployFiles.<Object>at(platform, "data." + metric.detail()))
                        .as("%s in deploy/k8s/base/platform-config.yaml", metric.detail())
                        .isEqualTo("true");
                Map<String, Object> gateway = DeployFiles.at(compose, "services.gateway.environment");
                assertThat(gateway)
                        .as("%s of the gateway in docker-compose.yml", metric.detail())
                        .containsEntry(metric.detail(), "true");
            }
        }
    }

    @Test
    void kafkaExporterRunsWhereverTheAlertsDo() {
        assertThat(DeployFiles.<Map<String, Object>>at(DeployFiles.yamlFile("docker-compose.yml"), "services"))
                .containsKey("kafka-exporter");
        Map<String, Object> kafka =
                DeployFiles.yamlDocuments(DeployFiles.read("deploy/k8s/base/kafka/kafka.yaml")).stream()
                        .filter(document -> "Kafka".equals(document.get("kind")))
                        .findFirst()
                        .orElseThrow();
        assertThat(DeployFiles.<Object>at(kafka, "spec.kafkaExporter")).isNotNull();
    }

    private static String mainSources() {
        StringBuilder all = new StringBuilder();
        try (Stream<Path> files = Files.walk(DeployFiles.root())) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java"))
                    .filter(f -> f.toString().contains("/src/main/java/"))
                    .toList()) {
                all.append(Files.readString(file, StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return all.toString();
    }

    static List<String> sources() {
        return List.of("meter", "query", "spring", "kafka-client", "kafka-exporter", "prometheus");
    }

    @Test
    void everyListedSourceIsOneThisTestKnows() {
        assertThat(curated().values())
                .allSatisfy(metric -> assertThat(metric.source()).isIn(sources()));
    }
}
