package vn.egov.embedded.kafka;

import java.util.Set;
import java.util.stream.Collectors;
import org.apache.kafka.common.acl.AccessControlEntry;
import org.apache.kafka.common.acl.AclBinding;
import org.apache.kafka.common.acl.AclOperation;
import org.apache.kafka.common.acl.AclPermissionType;
import org.apache.kafka.common.resource.PatternType;
import org.apache.kafka.common.resource.ResourcePattern;
import org.apache.kafka.common.resource.ResourceType;

/**
 * Operations a user may perform on the topics or consumer groups a name (or a name prefix) designates.
 *
 * @param resource {@link ResourceType#TOPIC} or {@link ResourceType#GROUP}
 * @param pattern {@link PatternType#LITERAL} or {@link PatternType#PREFIXED}
 */
public record KafkaGrant(ResourceType resource, String name, PatternType pattern, Set<AclOperation> operations) {

    public KafkaGrant {
        if (resource != ResourceType.TOPIC && resource != ResourceType.GROUP) {
            throw new IllegalArgumentException("topics and groups only: " + resource);
        }
        if (pattern != PatternType.LITERAL && pattern != PatternType.PREFIXED) {
            throw new IllegalArgumentException("literal or prefixed names only: " + pattern);
        }
        if (name.isBlank() || operations.isEmpty()) {
            throw new IllegalArgumentException("a grant names a resource and at least one operation");
        }
        operations = Set.copyOf(operations);
    }

    static KafkaGrant topic(String name, AclOperation... operations) {
        return new KafkaGrant(ResourceType.TOPIC, name, PatternType.LITERAL, Set.of(operations));
    }

    static KafkaGrant topicsPrefixed(String prefix, AclOperation... operations) {
        return new KafkaGrant(ResourceType.TOPIC, prefix, PatternType.PREFIXED, Set.of(operations));
    }

    static KafkaGrant group(String name) {
        return new KafkaGrant(ResourceType.GROUP, name, PatternType.LITERAL, Set.of(AclOperation.READ));
    }

    static KafkaGrant groupsPrefixed(String prefix) {
        return new KafkaGrant(ResourceType.GROUP, prefix, PatternType.PREFIXED, Set.of(AclOperation.READ));
    }

    /** The grant as Kafka ACL bindings for {@code User:<user>}, one per operation, allowed from any host. */
    public Set<AclBinding> bindings(String user) {
        ResourcePattern target = new ResourcePattern(resource, name, pattern);
        return operations.stream()
                .map(operation -> new AclBinding(
                        target, new AccessControlEntry("User:" + user, "*", operation, AclPermissionType.ALLOW)))
                .collect(Collectors.toUnmodifiableSet());
    }
}
