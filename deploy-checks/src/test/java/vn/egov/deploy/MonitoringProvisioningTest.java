package vn.egov.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.egov.deploy.DeployFiles.at;
import static vn.egov.deploy.DeployFiles.listAt;
import static vn.egov.deploy.DeployFiles.maps;
import static vn.egov.deploy.DeployFiles.name;
import static vn.egov.deploy.DeployFiles.ofKind;

import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** docker-compose.yml and the Kubernetes overlays provision Prometheus and Grafana with the files of deploy/. */
class MonitoringProvisioningTest {

    static final String DASHBOARDS_PATH = providerPath();

    private static String providerPath() {
        Map<String, Object> providers = DeployFiles.yamlFile("deploy/grafana/provisioning/dashboards/egov.yml");
        return at(maps(providers, "providers").get(0), "options.path");
    }

    @Test
    void dockerComposeMountsTheRulesTheDashboardsAndTheQueries() {
        Map<String, Object> services = at(DeployFiles.yamlFile("docker-compose.yml"), "services");
        assertThat(volumes(services, "prometheus"))
                .contains(
                        "./deploy/prometheus/prometheus.yml:/etc/prometheus/prometheus.yml:ro",
                        "./deploy/prometheus/rules:/etc/prometheus/rules:ro");
        assertThat(volumes(services, "grafana"))
                .contains(
                        "./deploy/grafana/provisioning:/etc/grafana/provisioning:ro",
                        "./deploy/grafana/dashboards:" + DASHBOARDS_PATH + ":ro");
        assertThat(volumes(services, "postgres-exporter-dossier"))
                .contains("./deploy/k8s/base/postgres/dossier-queries.yaml:/etc/postgres-exporter/queries.yaml:ro");
        assertThat(volumes(services, "postgres-exporter-payment"))
                .contains("./deploy/k8s/base/postgres/payment-queries.yaml:/etc/postgres-exporter/queries.yaml:ro");
        for (Object service : services.keySet()) {
            for (String volume : volumes(services, service.toString())) {
                if (volume.startsWith("./")) {
                    String hostPath = volume.substring(2, volume.indexOf(':'));
                    assertThat(Files.exists(DeployFiles.path(hostPath)))
                            .as("%s of %s exists", hostPath, service)
                            .isTrue();
                }
            }
        }
    }

    @Test
    void dockerComposePrometheusScrapesEveryServiceOnItsManagementPort() {
        Map<String, Object> services = at(DeployFiles.yamlFile("docker-compose.yml"), "services");
        Map<String, Object> config = DeployFiles.yamlFile("deploy/prometheus/prometheus.yml");
        Map<String, Object> job = maps(config, "scrape_configs").stream()
                .filter(j -> "egov-services".equals(j.get("job_name")))
                .findFirst()
                .orElseThrow();
        Set<String> targets = new TreeSet<>();
        maps(job, "static_configs").forEach(c -> targets.addAll(listAt(c, "targets")));
        Set<String> expected = new TreeSet<>();
        // Actuator answers on the management port, the service's port + 1000 unless MANAGEMENT_SERVER_PORT says.
        for (String service : List.of(
                "gateway", "catalogue-service", "dossier-service", "payment-service", "notification-service", "web")) {
            Map<String, Object> environment = at(services, service + ".environment");
            Object port = environment.getOrDefault("SERVER_PORT", environment.get("EGOV_GATEWAY_PORT"));
            Object management =
                    environment.getOrDefault("MANAGEMENT_SERVER_PORT", Integer.parseInt(String.valueOf(port)) + 1000);
            expected.add(service + ":" + management);
        }
        assertThat(targets).isEqualTo(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"local", "production"})
    void kubernetesGrafanaReadsItsDashboardsWhereTheProviderLooks(String overlay) {
        Map<String, Object> grafana = ofKind(DeployFiles.rendered(overlay), "Deployment").stream()
                .filter(d -> name(d).equals("grafana"))
                .findFirst()
                .orElseThrow();
        Map<String, Object> container =
                maps(grafana, "spec.template.spec.containers").get(0);
        List<Map<String, Object>> volumes = maps(grafana, "spec.template.spec.volumes");
        Map<String, Object> mount = maps(container, "volumeMounts").stream()
                .filter(m -> DASHBOARDS_PATH.equals(m.get("mountPath")))
                .findFirst()
                .orElseThrow();
        Map<String, Object> volume = volumes.stream()
                .filter(v -> mount.get("name").equals(v.get("name")))
                .findFirst()
                .orElseThrow();
        assertThat(at(volume, "configMap.name").toString()).startsWith("grafana-dashboards-");
    }

    private static List<String> volumes(Map<String, Object> services, String service) {
        return listAt(services, service + ".volumes");
    }
}
