package vn.egov.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.egov.deploy.DeployFiles.at;
import static vn.egov.deploy.DeployFiles.listAt;
import static vn.egov.deploy.DeployFiles.maps;
import static vn.egov.deploy.DeployFiles.name;
import static vn.egov.deploy.DeployFiles.ofKind;
import static vn.egov.deploy.DeployFiles.value;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.egov.embedded.kafka.KafkaAccess;
import vn.egov.embedded.kafka.KafkaUser;

/**
 * The invariants of issue 15, item 4, checked on what each overlay renders (deploy/k8s/rendered, written by
 * render.sh): what a cluster would receive, not the files it is assembled from.
 */
class RenderedManifestsTest {

    /** The platform's services in every environment; the local overlay adds the partner sandbox. */
    static final Set<String> SERVICES = Set.of(
            "gateway",
            "identity-service",
            "catalogue-service",
            "dossier-service",
            "payment-service",
            "notification-service",
            "web");

    /** Who calls whom over HTTP (Feign, the gateway's routes, the portal, token and key look-ups). */
    static final Map<String, Set<String>> CALLS = Map.of(
            "gateway",
                    Set.of(
                            "catalogue-service",
                            "dossier-service",
                            "payment-service",
                            "notification-service",
                            "web",
                            "identity-service"),
            "web", Set.of("gateway", "identity-service"),
            "catalogue-service", Set.of("identity-service"),
            "dossier-service", Set.of("catalogue-service", "identity-service"),
            "payment-service", Set.of("dossier-service", "identity-service"),
            "notification-service", Set.of("dossier-service", "catalogue-service", "identity-service"),
            "identity-service", Set.of());

    /** Each service's own database; the gateway's holds the rate limits' buckets. */
    static final Map<String, String> DATABASES = Map.of(
            "catalogue-service", "catalogue-db",
            "dossier-service", "dossier-db",
            "payment-service", "payment-db",
            "notification-service", "notification-db",
            "gateway", "gateway-db",
            "identity-service", "identity-db");

    /** The services that publish or consume events; identity-service keeps accounts but no events. */
    static final Set<String> KAFKA_CLIENTS =
            Set.of("catalogue-service", "dossier-service", "payment-service", "notification-service");

    /**
     * Services that keep state in one process's memory, so that a second pod would break sign-ins: identity-service
     * (Spring Authorization Server's in-memory authorization codes and sessions) and web (tokens in the HTTP session).
     */
    static final Set<String> IN_MEMORY_SESSIONS = Set.of("identity-service", "web");

    static final Set<String> TOPICS =
            Set.of("egov.catalogue.events", "egov.dossier.events", "egov.payment.events", "egov.notification.events");

    private static final Pattern SECRET_NAME =
            Pattern.compile("(?!.*_(URI|URL)$).*(PASSWORD|SECRET|TOKEN|PRIVATEKEY|ACCESSKEY|APIKEY|JAAS).*");

    static Set<String> servicesOf(String overlay) {
        Set<String> services = new TreeSet<>(SERVICES);
        if (overlay.equals("local")) {
            services.add("partner-sandbox");
        }
        return services;
    }

    @ParameterizedTest
    @ValueSource(strings = {"local", "production"})
    void everyServiceHasADeploymentAServiceAnAutoscalerAndADisruptionBudget(String overlay) {
        List<Map<String, Object>> objects = DeployFiles.rendered(overlay);
        for (String kind : List.of("Deployment", "Service", "HorizontalPodAutoscaler", "PodDisruptionBudget")) {
            assertThat(names(ofKind(objects, kind)))
                    .as("%s objects of the %s overlay", kind, overlay)
                    .containsAll(servicesOf(overlay));
        }
        for (Map<String, Object> hpa : ofKind(objects, "HorizontalPodAutoscaler")) {
            assertThat(value(hpa, "spec.scaleTargetRef.name").toString()).isEqualTo(name(hpa));
            assertThat(listAt(hpa, "spec.metrics"))
                    .as("%s scales on CPU", name(hpa))
                    .isNotEmpty();
        }
        for (Map<String, Object> pdb : ofKind(objects, "PodDisruptionBudget")) {
            assertThat(value(pdb, "spec.selector.matchLabels").toString())
                    .isEqualTo(Map.of("app.kubernetes.io/name", name(pdb)).toString());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"production"})
    void productionKeepsTwoReplicasOfEveryStatelessServiceThroughADisruption(String overlay) {
        for (Map<String, Object> hpa : ofKind(DeployFiles.rendered(overlay), "HorizontalPodAutoscaler")) {
            if (!IN_MEMORY_SESSIONS.contains(name(hpa))) {
                assertThat((Integer) at(hpa, "spec.minReplicas")).as(name(hpa)).isGreaterThanOrEqualTo(2);
                assertThat((Integer) at(hpa, "spec.maxReplicas")).as(name(hpa)).isGreaterThan(2);
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"local", "production"})
    void servicesThatKeepSessionsInMemoryRunExactlyOnePod(String overlay) {
        for (Map<String, Object> hpa : ofKind(DeployFiles.rendered(overlay), "HorizontalPodAutoscaler")) {
            if (IN_MEMORY_SESSIONS.contains(name(hpa))) {
                assertThat(List.of(value(hpa, "spec.minReplicas"), value(hpa, "spec.maxReplicas")))
                        .as(name(hpa))
                        .containsExactly(1, 1);
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"local", "production"})
    void everyServiceIsProbedOnItsManagementPortWhoseNumberItIsTold(String overlay) {
        for (Map<String, Object> deployment : deployments(overlay, servicesOf(overlay))) {
            Map<String, Object> container = onlyContainer(deployment);
            Map<String, Integer> ports = ports(container);
            assertThat(ports).as("ports of %s", name(deployment)).containsKeys("http", "management");
            assertThat(ports.get("management")).isNotEqualTo(ports.get("http"));
            assertThat(env(container))
                    .as("%s is told its management port", name(deployment))
                    .containsEntry(
                            "MANAGEMENT_SERVER_PORT", ports.get("management").toString());
            assertThat(probe(container, "livenessProbe")).isEqualTo("/actuator/health/liveness on management");
            assertThat(probe(container, "readinessProbe")).isEqualTo("/actuator/health/readiness on management");
            assertThat(probe(container, "startupProbe")).isEqualTo("/actuator/health/liveness on management");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"local", "production"})
    void everyImageIsTheBuildsOwn(String overlay) {
        String version = System.getProperty("egov.version", "0.1.0-SNAPSHOT");
        for (Map<String, Object> deployment : deployments(overlay, servicesOf(overlay))) {
            assertThat(value(onlyContainer(deployment), "image").toString())
                    .isEqualTo("egov/" + name(deployment) + ":" + version);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"local", "production"})
    void everyContainerRequestsAndIsLimitedInCpuAndMemory(String overlay) {
        for (Map<String, Object> deployment : ofKind(DeployFiles.rendered(overlay), "Deployment")) {
            for (Map<String, Object> container : containers(deployment)) {
                for (String bound : List.of("requests", "limits")) {
                    Map<String, Object> resources = at(container, "resources." + bound);
                    assertThat(resources)
                            .as("%s of %s", bound, name(deployment))
                            .isNotNull()
                            .containsKeys("cpu", "memory");
                }
                // A JVM's heap is a share of the limit (MaxRAMPercentage): the request must be all of it.
                assertThat(value(container, "resources.requests.memory").toString())
                        .as("memory of %s", name(deployment))
                        .isEqualTo(at(container, "resources.limits.memory").toString());
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"local", "production"})
    void everyContainerRunsAsNonRootOnAReadOnlyFileSystemWithoutPrivileges(String overlay) {
        for (Map<String, Object> deployment : ofKind(DeployFiles.rendered(overlay), "Deployment")) {
            Map<String, Object> pod = at(deployment, "spec.template.spec");
            assertThat(value(pod, "securityContext.runAsNonRoot"))
                    .as(name(deployment))
                    .isEqualTo(true);
            assertThat((Integer) at(pod, "securityContext.runAsUser"))
                    .as(name(deployment))
                    .isPositive();
            assertThat(value(pod, "securityContext.seccompProfile.type")).isEqualTo("RuntimeDefault");
            assertThat(value(pod, "automountServiceAccountToken"))
                    .as(name(deployment))
                    .isEqualTo(false);
            for (Map<String, Object> container : containers(deployment)) {
                assertThat(value(container, "securityContext.readOnlyRootFilesystem"))
                        .as(name(deployment))
                        .isEqualTo(true);
                assertThat(value(container, "securityContext.allowPrivilegeEscalation"))
                        .as(name(deployment))
                        .isEqualTo(false);
                assertThat(listAt(container, "securityContext.capabilities.drop"))
                        .as(name(deployment))
                        .containsExactly("ALL");
                assertThat(value(container, "securityContext.privileged")).isNotEqualTo(true);
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"local", "production"})
    void theNamespaceDeniesEverythingThatNoPolicyAllows(String overlay) {
        List<Map<String, Object>> policies = ofKind(DeployFiles.rendered(overlay), "NetworkPolicy");
        assertThat(policies).anySatisfy(policy -> {
            assertThat((Map<?, ?>) at(policy, "spec.podSelector")).isEmpty();
            assertThat(listAt(policy, "spec.policyTypes")).containsExactlyInAnyOrder("Ingress", "Egress");
            assertThat(listAt(policy, "spec.ingress")).isEmpty();
            assertThat(listAt(policy, "spec.egress")).isEmpty();
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"local", "production"})
    void onlyTheGatewayAndTheSignInPagesAreReachableFromOutside(String overlay) {
        NetworkPolicies policies = new NetworkPolicies(DeployFiles.rendered(overlay));
        Set<String> expected = new TreeSet<>(Set.of("gateway", "identity-service"));
        if (overlay.equals("local")) {
            // Browsers open the simulated partners' payment pages.
            expected.add("partner-sandbox");
        }
        assertThat(policies.reachableFromOutside()).isEqualTo(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"local", "production"})
    void servicesReachOnlyTheServicesTheyCall(String overlay) {
        NetworkPolicies policies = new NetworkPolicies(DeployFiles.rendered(overlay));
        Map<String, Set<String>> expected = new LinkedHashMap<>();
        CALLS.forEach((caller, callees) -> expected.put(caller, new TreeSet<>(callees)));
        if (overlay.equals("local")) {
            expected.put("partner-sandbox", new TreeSet<>(Set.of("gateway")));
            expected.get("payment-service").add("partner-sandbox");
            expected.get("notification-service").add("partner-sandbox");
        }
        assertThat(policies.serviceToServiceCalls()).isEqualTo(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"local", "production"})
    void servicesReachTheirOwnDatabaseAndKafkaOnly(String overlay) {
        NetworkPolicies policies = new NetworkPolicies(DeployFiles.rendered(overlay));
        for (String service : servicesOf(overlay)) {
            Set<String> expected = new TreeSet<>();
            if (DATABASES.containsKey(service)) {
                expected.add("cnpg.io/cluster=" + DATABASES.get(service));
            }
            if (KAFKA_CLIENTS.contains(service)) {
                expected.add("strimzi.io/cluster=egov-kafka");
            }
            assertThat(policies.infrastructureReachedBy(service)).as(service).isEqualTo(expected);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"local", "production"})
    void onlyTheServicesThatCallPartnersLeaveTheCluster(String overlay) {
        NetworkPolicies policies = new NetworkPolicies(DeployFiles.rendered(overlay));
        assertThat(policies.leavingTheCluster())
                .isEqualTo(Set.of("dossier-service", "payment-service", "notification-service"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"local", "production"})
    void secretsAreReferencedNeverWrittenIntoAnEnvironment(String overlay) {
        for (Map<String, Object> deployment : ofKind(DeployFiles.rendered(overlay), "Deployment")) {
            for (Map<String, Object> container : containers(deployment)) {
                for (Map<String, Object> variable : maps(container, "env")) {
                    String name = variable.get("name").toString();
                    if (SECRET_NAME.matcher(name).matches()) {
                        assertThat(variable)
                                .as("%s of %s", name, name(deployment))
                                .doesNotContainKey("value")
                                .containsKey("valueFrom");
                        assertThat(value(variable, "valueFrom.secretKeyRef.name"))
                                .as("%s of %s", name, name(deployment))
                                .isNotNull();
                    }
                }
            }
        }
        for (Map<String, Object> configMap : ofKind(DeployFiles.rendered(overlay), "ConfigMap")) {
            Map<String, Object> data = at(configMap, "data");
            if (data != null) {
                assertThat(data.keySet())
                        .as("keys of ConfigMap %s", name(configMap))
                        .noneMatch(key -> SECRET_NAME.matcher(key).matches());
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"production"})
    void productionCarriesNoSecretAndNamesOnlySecretsTheReadmeOrAnOperatorCreates(String overlay) {
        List<Map<String, Object>> objects = DeployFiles.rendered(overlay);
        assertThat(ofKind(objects, "Secret")).isEmpty();
        Set<String> byOperators = new TreeSet<>();
        ofKind(objects, "Cluster").forEach(cluster -> byOperators.add(name(cluster) + "-app"));
        ofKind(objects, "KafkaUser").forEach(user -> byOperators.add(name(user)));
        ofKind(objects, "Kafka").forEach(kafka -> byOperators.add(name(kafka) + "-cluster-ca-cert"));
        String readme = DeployFiles.read("deploy/k8s/README.md");
        for (String secret : referencedSecrets(objects)) {
            if (!byOperators.contains(secret)) {
                assertThat(readme)
                        .as("deploy/k8s/README.md tells how to create Secret %s", secret)
                        .contains("`" + secret + "`");
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"local", "production"})
    void kafkaAndPostgresqlAreRunByTheirOperators(String overlay) {
        List<Map<String, Object>> objects = DeployFiles.rendered(overlay);
        assertThat(ofKind(objects, "StatefulSet")).isEmpty();
        assertThat(names(ofKind(objects, "Kafka"))).containsExactly("egov-kafka");
        assertThat(ofKind(objects, "KafkaNodePool")).hasSize(1);
        assertThat(ofKind(objects, "KafkaTopic").stream()
                        .map(topic -> at(topic, "spec.topicName").toString())
                        .toList())
                .containsAll(TOPICS);
        assertThat(names(ofKind(objects, "KafkaUser")))
                .isEqualTo(KafkaAccess.platform().users().stream()
                        .map(KafkaUser::name)
                        .sorted()
                        .toList());
        assertThat(names(ofKind(objects, "Cluster")))
                .isEqualTo(new TreeSet<>(DATABASES.values()).stream().toList());
        for (Map<String, Object> cluster : ofKind(objects, "Cluster")) {
            assertThat(value(cluster, "apiVersion").toString()).startsWith("postgresql.cnpg.io/");
        }
        for (String kind : List.of("Kafka", "KafkaNodePool", "KafkaTopic", "KafkaUser")) {
            for (Map<String, Object> object : ofKind(objects, kind)) {
                assertThat(value(object, "apiVersion").toString()).startsWith("kafka.strimzi.io/");
            }
        }
        for (Map<String, Object> deployment : ofKind(objects, "Deployment")) {
            assertThat(value(onlyContainer(deployment), "image").toString())
                    .doesNotContain("postgres")
                    .doesNotContain("kafka");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"local", "production"})
    void everyKafkaUserMayWriteItsOwnTopicOnly(String overlay) {
        Map<String, String> owners = Map.of(
                "catalogue-service", "egov.catalogue.events",
                "dossier-service", "egov.dossier.events",
                "payment-service", "egov.payment.events",
                "notification-service", "egov.notification.events");
        for (Map<String, Object> user : ofKind(DeployFiles.rendered(overlay), "KafkaUser")) {
            Set<String> written = new TreeSet<>();
            for (Map<String, Object> acl : maps(user, "spec.authorization.acls")) {
                if (listAt(acl, "operations").contains("Write")) {
                    written.add(at(acl, "resource.name").toString());
                }
            }
            String own = owners.get(name(user));
            if (own == null) {
                assertThat(written)
                        .as("%s, a ministry, writes nothing", name(user))
                        .isEmpty();
                continue;
            }
            assertThat(written).as(name(user)).contains(own);
            // notification-service also owns the topics under its own prefix (the national portal sync's retries).
            String ownPrefix = own.substring(0, own.lastIndexOf('.') + 1);
            assertThat(written.stream().filter(topic -> !topic.equals(own)))
                    .as("%s writes only its own topic, its dead-letter topics and its own prefix", name(user))
                    .allMatch(topic -> topic.endsWith("." + name(user) + ".dlt") || topic.equals(ownPrefix));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"local", "production"})
    void prometheusAndGrafanaGetTheRulesAndDashboardsOfDeploy(String overlay) {
        List<Map<String, Object>> objects = DeployFiles.rendered(overlay);
        assertThat(names(ofKind(objects, "Deployment"))).contains("prometheus", "grafana");
        Map<String, Object> prometheusConfig = at(configMap(objects, "prometheus-config"), "data");
        assertThat(prometheusConfig)
                .containsEntry("prometheus.yml", DeployFiles.read("deploy/prometheus/prometheus-kubernetes.yml"))
                .containsEntry("egov-alerts.yml", DeployFiles.read("deploy/prometheus/rules/egov-alerts.yml"));
        Map<String, Object> dashboards = at(configMap(objects, "grafana-dashboards"), "data");
        for (var file : DeployFiles.files("deploy/grafana/dashboards", ".json")) {
            assertThat(dashboards).containsKey(file.getFileName().toString());
        }
    }

    // Helpers

    static List<String> names(List<Map<String, Object>> objects) {
        return objects.stream().map(DeployFiles::name).sorted().toList();
    }

    private static Map<String, Object> configMap(List<Map<String, Object>> objects, String prefix) {
        List<Map<String, Object>> found = ofKind(objects, "ConfigMap").stream()
                .filter(c -> name(c).equals(prefix) || name(c).matches(Pattern.quote(prefix) + "-[a-z0-9]{10}"))
                .toList();
        assertThat(found).as("ConfigMap %s", prefix).hasSize(1);
        return found.get(0);
    }

    private static List<Map<String, Object>> deployments(String overlay, Set<String> names) {
        List<Map<String, Object>> deployments = ofKind(DeployFiles.rendered(overlay), "Deployment").stream()
                .filter(d -> names.contains(name(d)))
                .toList();
        assertThat(deployments).hasSize(names.size());
        return deployments;
    }

    static List<Map<String, Object>> containers(Map<String, Object> deployment) {
        return listAt(deployment, "spec.template.spec.containers");
    }

    private static Map<String, Object> onlyContainer(Map<String, Object> deployment) {
        List<Map<String, Object>> containers = containers(deployment);
        assertThat(containers).as("containers of %s", name(deployment)).hasSize(1);
        return containers.get(0);
    }

    static Map<String, Integer> ports(Map<String, Object> container) {
        Map<String, Integer> ports = new LinkedHashMap<>();
        for (Map<String, Object> port : maps(container, "ports")) {
            ports.put(port.get("name").toString(), (Integer) port.get("containerPort"));
        }
        return ports;
    }

    private static Map<String, String> env(Map<String, Object> container) {
        Map<String, String> env = new LinkedHashMap<>();
        for (Map<String, Object> variable : maps(container, "env")) {
            if (variable.containsKey("value")) {
                env.put(variable.get("name").toString(), variable.get("value").toString());
            }
        }
        return env;
    }

    private static String probe(Map<String, Object> container, String probe) {
        Map<String, Object> get = at(container, probe + ".httpGet");
        return get == null ? probe + " missing" : get.get("path") + " on " + get.get("port");
    }

    private static Set<String> referencedSecrets(List<Map<String, Object>> objects) {
        Set<String> secrets = new TreeSet<>();
        for (Map<String, Object> deployment : ofKind(objects, "Deployment")) {
            for (Map<String, Object> container : containers(deployment)) {
                listAt(container, "env").forEach(variable -> {
                    Object secret = at(variable, "valueFrom.secretKeyRef.name");
                    if (secret != null) {
                        secrets.add(secret.toString());
                    }
                });
                listAt(container, "envFrom").forEach(source -> {
                    Object secret = at(source, "secretRef.name");
                    if (secret != null) {
                        secrets.add(secret.toString());
                    }
                });
            }
            listAt(deployment, "spec.template.spec.volumes").forEach(volume -> {
                Object secret = at(volume, "secret.secretName");
                if (secret != null) {
                    secrets.add(secret.toString());
                }
            });
        }
        for (Map<String, Object> ingress : ofKind(objects, "Ingress")) {
            listAt(ingress, "spec.tls")
                    .forEach(tls -> secrets.add(at(tls, "secretName").toString()));
        }
        return secrets;
    }
}
