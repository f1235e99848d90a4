package vn.egov.embedded.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.kafka.common.acl.AclOperation;
import org.apache.kafka.common.resource.PatternType;
import org.apache.kafka.common.resource.ResourceType;
import org.junit.jupiter.api.Test;
import vn.egov.contracts.Topics;

class KafkaAccessTest {

    private static final KafkaAccess PLATFORM = KafkaAccess.platform();

    @Test
    void aMinistryReadsTheDossierAndCatalogueEventsInItsOwnGroupsAndNothingElse() {
        for (KafkaUser ministry : List.of(
                PLATFORM.user("ministry-justice").orElseThrow(),
                PLATFORM.user("ministry-health").orElseThrow())) {
            String id = ministry.name().substring("ministry-".length());
            assertThat(ministry.kind()).isEqualTo(KafkaUser.Kind.MINISTRY);
            assertThat(ministry.grants())
                    .containsExactlyInAnyOrder(
                            KafkaGrant.topic(Topics.DOSSIER_EVENTS, AclOperation.READ, AclOperation.DESCRIBE),
                            KafkaGrant.topic(Topics.CATALOGUE_EVENTS, AclOperation.READ, AclOperation.DESCRIBE),
                            KafkaGrant.groupsPrefixed("ministry." + id + "."));
        }
    }

    @Test
    void everyServiceWritesItsOwnTopicAndOnlyItsDeadLettersBeside() {
        Map<String, String> owners = Map.of(
                "catalogue-service", Topics.CATALOGUE_EVENTS,
                "dossier-service", Topics.DOSSIER_EVENTS,
                "payment-service", Topics.PAYMENT_EVENTS,
                "notification-service", Topics.NOTIFICATION_EVENTS);
        owners.forEach((service, own) -> {
            List<KafkaGrant> writes = PLATFORM.user(service).orElseThrow().grants().stream()
                    .filter(grant -> grant.operations().contains(AclOperation.WRITE))
                    .toList();
            assertThat(writes).extracting(KafkaGrant::name).contains(own);
            assertThat(writes)
                    .as(service)
                    .allMatch(grant -> grant.name().equals(own)
                            || grant.name().endsWith("." + service + ".dlt")
                            // notification-service owns its prefix (the national portal sync's retry topics)
                            || (grant.pattern() == PatternType.PREFIXED && own.startsWith(grant.name())));
        });
    }

    @Test
    void theNationalPortalSyncHasItsGroupAndDeadLetterTopic() {
        KafkaUser notification = PLATFORM.user("notification-service").orElseThrow();
        assertThat(notification.grants())
                .contains(new KafkaGrant(
                        ResourceType.GROUP,
                        "notification-service.national-portal",
                        PatternType.LITERAL,
                        Set.of(AclOperation.READ)));
        assertThat(PLATFORM.topics()).contains("egov.notification.national-portal.dlt");
    }

    @Test
    void theBrokerCreatesEveryTopicAGrantNamesLiterally() {
        assertThat(PLATFORM.topics())
                .contains(
                        Topics.CATALOGUE_EVENTS,
                        Topics.DOSSIER_EVENTS,
                        Topics.PAYMENT_EVENTS,
                        Topics.NOTIFICATION_EVENTS,
                        "egov.dossier.events.notification-service.dlt",
                        "egov.catalogue.events.dossier-service.dlt");
    }
}
