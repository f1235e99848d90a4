package vn.egov.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FaultOptionsTest {

    @Test
    void allNamesEveryScenarioInItsFixedOrder() {
        assertThat(FaultScenario.parse("all"))
                .containsExactly(
                        FaultScenario.KILL, FaultScenario.KAFKA, FaultScenario.POSTGRES, FaultScenario.PARTNER);
    }

    @Test
    void aListKeepsTheFixedOrderAndDropsRepeats() {
        assertThat(FaultScenario.parse("postgres, kill,KILL"))
                .containsExactly(FaultScenario.KILL, FaultScenario.POSTGRES);
    }

    @Test
    void refusesAnUnknownScenario() {
        assertThatThrownBy(() -> FaultScenario.parse("disk"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("kill, kafka, postgres, partner or all");
    }

    @Test
    void readsTheFaultsOptions() {
        Map<String, String> options = new HashMap<>(Map.of(
                "faults-scenario", "kafka",
                "faults-rate", "10",
                "faults-action-rate", "3",
                "faults-callback-rate", "2.5",
                "faults-warmup", "15",
                "faults-after", "20",
                "faults-kills", "5",
                "faults-kafka-down", "10",
                "faults-partner-seconds", "8"));

        FaultsBenchmark.Settings settings = Benchmarks.faultSettings(options);

        assertThat(settings.scenarios()).containsExactly(FaultScenario.KAFKA);
        assertThat(settings.callbackRate()).isEqualTo(2.5);
        assertThat(settings.kafkaDown()).isEqualTo(Duration.ofSeconds(10));
        assertThat(settings.partnerFault()).isEqualTo(Duration.ofSeconds(8));
        assertThat(settings.kills()).isEqualTo(5);
    }

    @Test
    void refusesARateOfZero() {
        Map<String, String> options = new HashMap<>(Map.of(
                "faults-scenario", "all",
                "faults-rate", "0",
                "faults-action-rate", "3",
                "faults-callback-rate", "10",
                "faults-warmup", "15",
                "faults-after", "20",
                "faults-kills", "5",
                "faults-kafka-down", "10",
                "faults-partner-seconds", "10"));

        assertThatThrownBy(() -> Benchmarks.faultSettings(options)).hasMessageContaining("--faults-rate");
    }
}
