package vn.egov.deploy;

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

/**
 * What the NetworkPolicies of one rendered overlay allow between the platform's services, evaluated as Kubernetes
 * does for pods of one namespace: a pod selected by a policy of a direction accepts only what some such policy allows;
 * a connection needs the caller's egress and the callee's ingress. Peers with a namespace selector or an IP block are
 * outside the namespace.
 */
final class NetworkPolicies {

    private record Pod(String app, Map<String, String> labels, Map<String, Integer> ports) {}

    private final List<Map<String, Object>> policies;
    private final Map<String, Pod> services = new LinkedHashMap<>();

    NetworkPolicies(List<Map<String, Object>> objects) {
        this.policies = ofKind(objects, "NetworkPolicy");
        for (Map<String, Object> deployment : ofKind(objects, "Deployment")) {
            Map<String, String> labels = at(deployment, "spec.template.metadata.labels");
            if ("service".equals(labels.get("app.kubernetes.io/component"))) {
                Map<String, Integer> ports = RenderedManifestsTest.ports(
                        RenderedManifestsTest.containers(deployment).get(0));
                services.put(name(deployment), new Pod(name(deployment), labels, ports));
            }
        }
    }

    /** For every service, the services it can open a connection to on their service port. */
    Map<String, Set<String>> serviceToServiceCalls() {
        Map<String, Set<String>> calls = new LinkedHashMap<>();
        for (Pod caller : services.values()) {
            Set<String> callees = new TreeSet<>();
            for (Pod callee : services.values()) {
                int port = callee.ports().get("http");
                if (caller != callee
                        && allows(caller, "Egress", callee, port)
                        && allows(callee, "Ingress", caller, port)) {
                    callees.add(callee.app());
                }
            }
            calls.put(caller.app(), callees);
        }
        return calls;
    }

    /** The services that accept connections on their service port from outside the namespace. */
    Set<String> reachableFromOutside() {
        Set<String> reachable = new TreeSet<>();
        for (Pod pod : services.values()) {
            for (Map<String, Object> rule : rules(pod, "Ingress")) {
                if (portMatches(rule, pod, pod.ports().get("http")) && reachesOutside(rule, "from")) {
                    reachable.add(pod.app());
                }
            }
        }
        return reachable;
    }

    /** The services that may open connections to addresses outside the cluster. */
    Set<String> leavingTheCluster() {
        Set<String> leaving = new TreeSet<>();
        for (Pod pod : services.values()) {
            for (Map<String, Object> rule : rules(pod, "Egress")) {
                List<Map<String, Object>> peers = listAt(rule, "to");
                if (peers.isEmpty() || peers.stream().anyMatch(peer -> peer.containsKey("ipBlock"))) {
                    leaving.add(pod.app());
                }
            }
        }
        return leaving;
    }

    /** The operator-run pods (Kafka brokers, PostgreSQL instances) a service may call, by their cluster label. */
    Set<String> infrastructureReachedBy(String service) {
        Set<String> reached = new TreeSet<>();
        for (Map<String, Object> rule : rules(services.get(service), "Egress")) {
            for (Map<String, Object> peer : maps(rule, "to")) {
                Map<String, String> labels = at(peer, "podSelector.matchLabels");
                if (labels != null) {
                    labels.forEach((key, value) -> {
                        if (key.equals("cnpg.io/cluster") || key.equals("strimzi.io/cluster")) {
                            reached.add(key + "=" + value);
                        }
                    });
                }
            }
        }
        return reached;
    }

    private boolean allows(Pod subject, String direction, Pod peer, int port) {
        for (Map<String, Object> rule : rules(subject, direction)) {
            Pod portOwner = direction.equals("Ingress") ? subject : peer;
            if (!portMatches(rule, portOwner, port)) {
                continue;
            }
            List<Map<String, Object>> peers = listAt(rule, direction.equals("Ingress") ? "from" : "to");
            if (peers.isEmpty()) {
                return true;
            }
            for (Map<String, Object> candidate : peers) {
                if (!candidate.containsKey("namespaceSelector")
                        && !candidate.containsKey("ipBlock")
                        && selects(at(candidate, "podSelector"), peer.labels())) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The rules of one direction from the policies that select the pod. */
    private List<Map<String, Object>> rules(Pod pod, String direction) {
        return policies.stream()
                .filter(policy -> listAt(policy, "spec.policyTypes").contains(direction))
                .filter(policy -> selects(at(policy, "spec.podSelector"), pod.labels()))
                .flatMap(policy -> DeployFiles.<Map<String, Object>>listAt(
                        policy, direction.equals("Ingress") ? "spec.ingress" : "spec.egress")
                        .stream())
                .toList();
    }

    private static boolean reachesOutside(Map<String, Object> rule, String peersKey) {
        List<Map<String, Object>> peers = listAt(rule, peersKey);
        return peers.isEmpty()
                || peers.stream()
                        .anyMatch(peer -> peer.containsKey("ipBlock") || peer.containsKey("namespaceSelector"));
    }

    private static boolean portMatches(Map<String, Object> rule, Pod owner, int port) {
        List<Map<String, Object>> ports = listAt(rule, "ports");
        if (ports.isEmpty()) {
            return true;
        }
        for (Map<String, Object> candidate : ports) {
            Object value = candidate.get("port");
            if (value == null
                    || value.equals(port)
                    || (value instanceof String name
                            && Integer.valueOf(port).equals(owner.ports().get(name)))) {
                return true;
            }
        }
        return false;
    }

    @SuppressWarnings("unchecked")
    private static boolean selects(Map<String, Object> selector, Map<String, String> labels) {
        if (selector == null) {
            return true;
        }
        Map<String, String> matchLabels = (Map<String, String>) selector.getOrDefault("matchLabels", Map.of());
        for (var entry : matchLabels.entrySet()) {
            if (!entry.getValue().equals(labels.get(entry.getKey()))) {
                return false;
            }
        }
        for (Map<String, Object> expression : maps(selector, "matchExpressions")) {
            String key = expression.get("key").toString();
            List<String> values = (List<String>) expression.getOrDefault("values", List.of());
            boolean matches =
                    switch (expression.get("operator").toString()) {
                        case "In" -> values.contains(labels.get(key));
                        case "NotIn" -> !values.contains(labels.get(key));
                        case "Exists" -> labels.containsKey(key);
                        case "DoesNotExist" -> !labels.containsKey(key);
                        default -> throw new IllegalArgumentException("operator " + expression.get("operator"));
                    };
            if (!matches) {
                return false;
            }
        }
        return true;
    }
}
