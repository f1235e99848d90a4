package vn.egov.testsupport.architecture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import java.util.List;
import org.junit.jupiter.api.Test;

class EgovArchitectureRulesTest {

    private static final JavaClasses FIXTURE = new ClassFileImporter().importPackages("vn.egov.catalogue.archfixture");

    @Test
    void findsADrawerADomainThatKnowsItsAdaptersKafkaOutsideMessagingAndAnotherService() {
        List<String> failures = EgovArchitectureRules.forService("vn.egov.catalogue").rules().stream()
                .map(rule -> rule.evaluate(FIXTURE))
                .filter(EvaluationResult::hasViolation)
                .map(result -> result.getFailureReport().toString())
                .toList();

        assertThat(String.join("\n", failures))
                .contains("Class <vn.egov.catalogue.archfixture.util.Strings> does not reside")
                .contains("Shop.controller> has type <vn.egov.catalogue.archfixture.web.ShopController>")
                .contains("Shop.listener> has type <vn.egov.catalogue.archfixture.messaging.ShopListener>")
                .contains("Shop.record> has type <org.apache.kafka.clients.producer.ProducerRecord>")
                .contains("Shop.otherService> has type <vn.egov.dossier.archfixture.Dossier>")
                .doesNotContain("ShopListener.size");
        assertThat(failures)
                .as("drawer, layout, web, messaging, Kafka, other service")
                .hasSize(6);
    }

    @Test
    void aDepartureIsNamedWithItsReason() {
        List<ArchRule> rules = EgovArchitectureRules.forService("vn.egov.catalogue")
                .allowingSubPackages("legacy drawer", "vn.egov.catalogue.archfixture.util")
                .rules();

        assertThat(rules.get(1).evaluate(FIXTURE).hasViolation()).isFalse();
        assertThat(rules.get(1).getDescription()).contains("vn.egov.catalogue.archfixture.util: legacy drawer");
    }

    @Test
    void refusesAnUnknownDeployable() {
        assertThatThrownBy(() -> EgovArchitectureRules.forService("vn.egov.billing"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
