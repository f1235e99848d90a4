package vn.egov.embedded.kafka;

import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.common.acl.AclOperation;
import org.apache.kafka.common.resource.PatternType;
import org.apache.kafka.common.resource.ResourceType;

/**
 * A SCRAM user of the platform's Kafka and what its ACLs allow. A service writes its own topic and the dead-letter
 * topics of what it consumes ({@code <topic>.<service>.dlt}, service-defaults' error handler), and reads the topics it
 * consumes in its own consumer group (the service's name, service-defaults' {@code spring.kafka.consumer.group-id}). A
 * ministry reads the public event topics in consumer groups under its own prefix and can do nothing else.
 *
 * <p>Idempotent producers need no cluster ACL: since Kafka 3.0 (KIP-679) WRITE on a topic allows them.
 */
public record KafkaUser(String name, Kind kind, List<KafkaGrant> grants) {

    /** Who the user is. */
    public enum Kind {
        SERVICE,
        MINISTRY
    }

    public KafkaUser {
        grants = List.copyOf(grants);
    }

    /** A service with no grant yet: add them with {@link #writes}, {@link #consumes} and the other methods. */
    public static KafkaUser service(String name) {
        return new KafkaUser(name, Kind.SERVICE, List.of());
    }

    /**
     * Ministry {@code id} (e.g. {@code justice}): user {@code ministry-<id>}, consumer groups {@code ministry.<id>.*},
     * read-only on {@code publicTopics}.
     */
    public static KafkaUser ministry(String id, List<String> publicTopics) {
        List<KafkaGrant> grants = new ArrayList<>();
        publicTopics.forEach(topic -> grants.add(KafkaGrant.topic(topic, AclOperation.READ, AclOperation.DESCRIBE)));
        grants.add(KafkaGrant.groupsPrefixed(ministryGroupPrefix(id)));
        return new KafkaUser("ministry-" + id, Kind.MINISTRY, grants);
    }

    /** The prefix every consumer group of ministry {@code id} must start with. */
    public static String ministryGroupPrefix(String id) {
        return "ministry." + id + ".";
    }

    /** The service publishes on {@code topic} (its outbox relay, an idempotent producer). */
    public KafkaUser writes(String topic) {
        return with(KafkaGrant.topic(topic, AclOperation.WRITE, AclOperation.DESCRIBE));
    }

    /** The service consumes {@code topic} in its own group (its name) and dead-letters to {@code <topic>.<name>.dlt}. */
    public KafkaUser consumes(String topic) {
        return consumes(topic, KafkaGrant.group(name));
    }

    /**
     * The service consumes {@code topic} with one group per instance, each starting with {@code groupPrefix} (a cache
     * every instance fills from the whole topic), and dead-letters to {@code <topic>.<name>.dlt}.
     */
    public KafkaUser consumesPerInstance(String topic, String groupPrefix) {
        return consumes(topic, KafkaGrant.groupsPrefixed(groupPrefix));
    }

    /** The service consumes {@code topic} in {@code group}, dead-lettering elsewhere than {@code <topic>.<name>.dlt}. */
    public KafkaUser consumesInGroup(String topic, String group) {
        return with(KafkaGrant.topic(topic, AclOperation.READ, AclOperation.DESCRIBE))
                .with(KafkaGrant.group(group));
    }

    /**
     * The service owns every topic starting with {@code prefix}: it creates, writes and reads them (retry and
     * dead-letter topics it names itself), in its consumer groups starting with {@code <name>.}.
     */
    public KafkaUser ownsTopicsPrefixed(String prefix) {
        return with(KafkaGrant.topicsPrefixed(
                        prefix, AclOperation.CREATE, AclOperation.WRITE, AclOperation.READ, AclOperation.DESCRIBE))
                .with(KafkaGrant.groupsPrefixed(name + "."));
    }

    /** The topics this user's grants name literally. */
    public List<String> literalTopics() {
        return grants.stream()
                .filter(grant -> grant.resource() == ResourceType.TOPIC)
                .filter(grant -> grant.pattern() == PatternType.LITERAL)
                .map(KafkaGrant::name)
                .toList();
    }

    /** The password this user has on the local stack and in tests; never a production value. */
    public String localPassword() {
        return name + "-kafka-secret";
    }

    private KafkaUser consumes(String topic, KafkaGrant group) {
        return with(KafkaGrant.topic(topic, AclOperation.READ, AclOperation.DESCRIBE))
                .with(group)
                .with(KafkaGrant.topic(deadLetterTopic(topic, name), AclOperation.WRITE, AclOperation.DESCRIBE));
    }

    /** Where service-defaults' error handler puts what {@code service} could not consume from {@code topic}. */
    public static String deadLetterTopic(String topic, String service) {
        return topic + "." + service + ".dlt";
    }

    private KafkaUser with(KafkaGrant grant) {
        List<KafkaGrant> more = new ArrayList<>(grants);
        more.add(grant);
        return new KafkaUser(name, kind, more);
    }
}
