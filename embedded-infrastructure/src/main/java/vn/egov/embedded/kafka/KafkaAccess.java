package vn.egov.embedded.kafka;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.kafka.common.acl.AclBinding;
import vn.egov.contracts.Topics;

/**
 * Every Kafka user of the platform and its ACLs. The embedded broker applies it (devstack, tests, benchmarks);
 * {@code deploy/k8s/base/kafka/users.yaml} and {@code docker-compose.yml} say the same, which deploy-checks tests.
 */
public record KafkaAccess(List<KafkaUser> users) {

    /**
     * What a ministry may read: the dossier events (the integration surface) and the catalogue events (public
     * information). Payment events carry amounts and payment references of individual citizens and stay inside the
     * platform; the notification topic is internal.
     */
    public static final List<String> MINISTRY_TOPICS = List.of(Topics.DOSSIER_EVENTS, Topics.CATALOGUE_EVENTS);

    /** The dead-letter topic of the national portal sync (notification-service). */
    public static final String NATIONAL_PORTAL_DEAD_LETTERS = "egov.notification.national-portal.dlt";

    /** The consumer group of the national portal sync (notification-service). */
    public static final String NATIONAL_PORTAL_GROUP = "notification-service.national-portal";

    public KafkaAccess {
        users = List.copyOf(users);
    }

    /** The platform's services and the demo ministries. */
    public static KafkaAccess platform() {
        return new KafkaAccess(List.of(
                KafkaUser.service("catalogue-service")
                        .writes(Topics.CATALOGUE_EVENTS)
                        .consumes(Topics.DOSSIER_EVENTS),
                KafkaUser.service("dossier-service")
                        .writes(Topics.DOSSIER_EVENTS)
                        .consumes(Topics.PAYMENT_EVENTS)
                        // CatalogueEventsListener: every instance evicts its own procedure cache.
                        .consumesPerInstance(Topics.CATALOGUE_EVENTS, "dossier-service-cache-"),
                KafkaUser.service("payment-service")
                        .writes(Topics.PAYMENT_EVENTS)
                        .consumes(Topics.DOSSIER_EVENTS),
                KafkaUser.service("notification-service")
                        .writes(Topics.NOTIFICATION_EVENTS)
                        .consumes(Topics.DOSSIER_EVENTS)
                        .consumes(Topics.PAYMENT_EVENTS)
                        // The national portal sync: its own group, and its retry and dead-letter topics, which it
                        // names under egov.notification. and may create.
                        .consumesInGroup(Topics.DOSSIER_EVENTS, NATIONAL_PORTAL_GROUP)
                        .ownsTopicsPrefixed("egov.notification."),
                KafkaUser.ministry("justice", MINISTRY_TOPICS),
                KafkaUser.ministry("health", MINISTRY_TOPICS)));
    }

    public Optional<KafkaUser> user(String name) {
        return users.stream().filter(user -> user.name().equals(name)).findFirst();
    }

    /** The topics a broker creates before any user connects: every topic a grant names literally. */
    public Set<String> topics() {
        Set<String> topics = new LinkedHashSet<>();
        users.forEach(user -> topics.addAll(user.literalTopics()));
        topics.add(NATIONAL_PORTAL_DEAD_LETTERS);
        return topics;
    }

    /** Every ACL binding of every user. */
    public Set<AclBinding> aclBindings() {
        Set<AclBinding> bindings = new LinkedHashSet<>();
        users.forEach(user -> user.grants().forEach(grant -> bindings.addAll(grant.bindings(user.name()))));
        return bindings;
    }
}
