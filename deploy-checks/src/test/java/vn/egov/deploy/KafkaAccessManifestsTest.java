package vn.egov.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.egov.deploy.DeployFiles.at;
import static vn.egov.deploy.DeployFiles.listAt;
import static vn.egov.deploy.DeployFiles.maps;
import static vn.egov.deploy.DeployFiles.name;
import static vn.egov.deploy.DeployFiles.ofKind;

import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.egov.embedded.kafka.KafkaAccess;
import vn.egov.embedded.kafka.KafkaUser;

/**
 * Kubernetes (Strimzi KafkaUsers) and docker-compose (deploy/kafka/acls.txt) grant exactly what the devstack and the
 * tests grant (embedded-infrastructure's KafkaAccess): the same users, the same ACLs, the same topics.
 */
class KafkaAccessManifestsTest {

    private static final KafkaAccess PLATFORM = KafkaAccess.platform();

    @ParameterizedTest
    @ValueSource(strings = {"local", "production"})
    void strimziUsersGrantWhatThePlatformGrants(String overlay) {
        Set<String> granted = new TreeSet<>();
        for (Map<String, Object> user : ofKind(DeployFiles.rendered(overlay), "KafkaUser")) {
            assertThat(at(user, "spec.authentication.type").toString()).isEqualTo("scram-sha-512");
            for (Map<String, Object> acl : maps(user, "spec.authorization.acls")) {
                String pattern = at(acl, "resource.patternType").toString().equals("prefix") ? "prefixed" : "literal";
                for (Object operation : listAt(acl, "operations")) {
                    granted.add(grant(
                            name(user),
                            at(acl, "resource.type").toString(),
                            pattern,
                            at(acl, "resource.name").toString(),
                            operation.toString()));
                }
            }
        }
        assertThat(granted).isEqualTo(platformGrants());
    }

    @ParameterizedTest
    @ValueSource(strings = {"local", "production"})
    void strimziCreatesEveryTopicThePlatformNames(String overlay) {
        Set<String> topics = ofKind(DeployFiles.rendered(overlay), "KafkaTopic").stream()
                .map(topic -> at(topic, "spec.topicName").toString())
                .collect(Collectors.toCollection(TreeSet::new));
        assertThat(topics).containsAll(PLATFORM.topics());
    }

    @Test
    void dockerComposeGrantsWhatThePlatformGrants() {
        Set<String> granted = new TreeSet<>();
        for (String line : DeployFiles.read("deploy/kafka/acls.txt").lines().toList()) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] fields = line.trim().split("\\s+");
            assertThat(fields).as(line).hasSize(5);
            Arrays.stream(fields[4].split(","))
                    .forEach(operation -> granted.add(grant(fields[0], fields[1], fields[2], fields[3], operation)));
        }
        assertThat(granted).isEqualTo(platformGrants());
    }

    @Test
    void dockerComposeGivesEveryUserAPasswordAndEveryServiceItsOwn() {
        Map<String, Object> services = at(DeployFiles.yamlFile("docker-compose.yml"), "services");
        Map<String, Object> setup = at(services, "kafka-setup.environment");
        for (KafkaUser user : PLATFORM.users()) {
            String variable =
                    "KAFKA_PASSWORD_" + user.name().toUpperCase(Locale.ROOT).replace('-', '_');
            assertThat(setup).as("kafka-setup's %s", variable).containsKey(variable);
            if (user.kind() == KafkaUser.Kind.SERVICE) {
                Map<String, Object> service = at(services, user.name() + ".environment");
                assertThat(service.get("EGOV_KAFKA_PASSWORD"))
                        .as("EGOV_KAFKA_PASSWORD of %s", user.name())
                        .isEqualTo(setup.get(variable));
            }
        }
    }

    private static Set<String> platformGrants() {
        Set<String> grants = new TreeSet<>();
        for (KafkaUser user : PLATFORM.users()) {
            user.grants().forEach(grant -> grant.operations()
                    .forEach(operation -> grants.add(grant(
                            user.name(),
                            grant.resource().name(),
                            grant.pattern().name(),
                            grant.name(),
                            operation.name()))));
        }
        return grants;
    }

    private static String grant(String user, String resource, String pattern, String name, String operation) {
        return String.join(
                " ",
                user,
                resource.toLowerCase(Locale.ROOT),
                pattern.toLowerCase(Locale.ROOT),
                name,
                operation.toUpperCase(Locale.ROOT));
    }
}
